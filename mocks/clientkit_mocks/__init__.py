"""Stateful, spec-validated mock servers for the APIs this project wraps, and a pytest test kit.

``create_app("cubicasa", **options)`` returns the ASGI app;
``with running("cubicasa") as base_url:`` serves it on a free loopback port;
``with start("cubicasa") as mock:`` gives a :class:`MockHandle` (URL, client credentials,
faults, order status). Options are the fields of :class:`clientkit_mocks.engine.api.MockOptions`.

Everything here needs the ``mock`` extra; importing this package does not (the pytest plugin
it registers loads in any test run), using it without the extra says how to install it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clientkit_mocks.engine.api import MockApi, MockOptions
    from clientkit_mocks.engine.factory import create_app
    from clientkit_mocks.engine.server import serve
    from clientkit_mocks.handle import MockHandle, start

__all__ = ["MockApi", "MockHandle", "MockOptions", "create_app", "running", "serve", "start"]

_LAZY = {
    "MockApi": "clientkit_mocks.engine.api",
    "MockOptions": "clientkit_mocks.engine.api",
    "create_app": "clientkit_mocks.engine.factory",
    "serve": "clientkit_mocks.engine.server",
    "MockHandle": "clientkit_mocks.handle",
    "start": "clientkit_mocks.handle",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'clientkit_mocks' has no attribute {name!r}")


@contextmanager
def running(api: str | type[MockApi], host: str = "127.0.0.1", port: int = 0, **options: Any) -> Iterator[str]:
    """Serve a fresh mock of ``api`` for the duration of the block; yields its base URL.

    Strict response validation is on unless ``strict=False`` is passed.
    """
    from clientkit_mocks.engine.factory import create_app  # noqa: PLC0415 -- needs the `mock` extra
    from clientkit_mocks.engine.server import serve  # noqa: PLC0415

    options.setdefault("strict", True)
    with serve(create_app(api, **options), host=host, port=port) as base_url:
        yield base_url
