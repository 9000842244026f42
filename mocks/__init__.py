"""Stateful, spec-validated mock servers for the APIs this project wraps.

``create_app("cubicasa", **options)`` returns the ASGI app;
``with running("cubicasa") as base_url:`` serves it on a free loopback port.
Options are the fields of :class:`mocks.engine.api.MockOptions`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from mocks.engine.api import MockApi, MockOptions
from mocks.engine.factory import create_app
from mocks.engine.server import serve

__all__ = ["MockApi", "MockOptions", "create_app", "running", "serve"]


@contextmanager
def running(api: str | type[MockApi], host: str = "127.0.0.1", port: int = 0, **options: Any) -> Iterator[str]:
    """Serve a fresh mock of ``api`` for the duration of the block; yields its base URL.

    Strict response validation is on unless ``strict=False`` is passed.
    """
    options.setdefault("strict", True)
    with serve(create_app(api, **options), host=host, port=port) as base_url:
        yield base_url
