"""Typed Python client for the CubiCasa Integrate API v3.

    from cubicasa import CubiCasa

    with CubiCasa(api_key="...") as client:
        for user in client.users.list():
            print(user.email)

The client is generated from openapi/cubicasa-integrate-v3.yaml (reference:
docs/reference/cubicasa.md); this package adds only what the spec cannot say
(`_hooks`: how error bodies name fields; `webhooks`: receiving the order-status callback).
"""

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

from clientkit import FieldError, RawResponse, Secret
from cubicasa_client import PROFILE as _PROFILE
from cubicasa_client import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    AsyncCubiCasa,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    CubiCasa,
    CubiCasaError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
    WebhookError,
    __version__,
)

PRODUCTION_URL, STAGING_URL = _PROFILE.servers  # the staging URL is inferred; see the spec

if TYPE_CHECKING:
    from cubicasa import models, webhooks


def __getattr__(name: str) -> ModuleType:
    """`cubicasa.models` and `cubicasa.webhooks` load on first use, keeping `import cubicasa` cheap."""
    if name in {"models", "webhooks"}:
        return importlib.import_module(f"cubicasa.{name}")
    raise AttributeError(f"module 'cubicasa' has no attribute {name!r}")


__all__ = [
    "PRODUCTION_URL",
    "STAGING_URL",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AsyncCubiCasa",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "CubiCasa",
    "CubiCasaError",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "Secret",
    "UnprocessableEntityError",
    "WebhookError",
    "__version__",
    "models",
    "webhooks",
]
