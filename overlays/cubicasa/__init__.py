"""Typed Python client for the CubiCasa Integrate API v3.

from cubicasa import CubiCasa
with CubiCasa(api_key="...") as client:
    for user in client.users.list():
        print(user.email)
"""

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

from clientkit import SDKError as CubiCasaError
from clientkit.public_errors import *  # noqa: F403
from clientkit.public_errors import __all__ as _error_names
from cubicasa._client import PRODUCTION_URL, STAGING_URL, AsyncCubiCasa, CubiCasa
from cubicasa._version import __version__

if TYPE_CHECKING:
    from cubicasa import models, webhooks


def __getattr__(name: str) -> ModuleType:
    """`cubicasa.models` and `cubicasa.webhooks` load on first use, keeping `import cubicasa` cheap."""
    if name in {"models", "webhooks"}:
        return importlib.import_module(f"cubicasa.{name}")
    raise AttributeError(f"module 'cubicasa' has no attribute {name!r}")


__all__ = [  # noqa: PLE0604
    *_error_names,
    "PRODUCTION_URL",
    "STAGING_URL",
    "AsyncCubiCasa",
    "CubiCasa",
    "CubiCasaError",
    "__version__",
    "models",
    "webhooks",
]
