"""Base classes for the public `Client`/`AsyncClient` of each API: lifecycle, `with_options()`, config.

An API client subclasses one of these, builds its engine in `__init__` and
attaches its resources in `_bind_resources()`; everything else is here.
"""

from __future__ import annotations

import copy
import logging
import os
from typing import Self

import httpx

from clientkit.base_client import AsyncAPIClient, SyncAPIClient
from clientkit.errors import ConfigurationError
from clientkit.options import NOT_GIVEN, ClientOptions, TimeoutTypes
from clientkit.redaction import Secret
from clientkit.responses import ErrorReading


def resolve_secret(value: str | Secret | None, env_var: str, what: str) -> Secret:
    """The credential passed in, else the one in `env_var`; a clear error when there is none."""
    if isinstance(value, Secret):
        return value
    raw = value if value is not None else os.environ.get(env_var)
    if not raw:
        raise ConfigurationError(f"no {what}: pass it to the client or set the {env_var} environment variable")
    if not isinstance(raw, str) or raw != raw.strip():
        raise ConfigurationError(f"the {what} must be a string without surrounding whitespace")
    return Secret(raw)


def resolve_base_url(value: str | None, env_var: str, default: str) -> str:
    return value or os.environ.get(env_var) or default


class SyncClientBase:
    """Context manager, `close()`, and `with_options()` that shares the connection pool."""

    _engine: SyncAPIClient

    def _start(
        self,
        options: ClientOptions,
        auth: httpx.Auth,
        *,
        errors: ErrorReading,
        logger: logging.Logger,
        http_client: httpx.Client | None,
        transport: httpx.BaseTransport | None,
    ) -> None:
        """Build the engine from the resolved configuration, then attach the resources."""
        self._engine = SyncAPIClient(
            options=options, auth=auth, errors=errors, logger=logger, http_client=http_client, transport=transport
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        """Attach resource objects (users, orders, ...) that call through `self._engine`."""

    def with_options(self, *, timeout: TimeoutTypes = NOT_GIVEN, max_retries: int = NOT_GIVEN) -> Self:
        """A view of this client with other defaults; it shares (and does not close) the pool."""
        clone = copy.copy(self)
        clone._engine = self._engine.with_engine_options(timeout=timeout, max_retries=max_retries)
        clone._bind_resources()
        return clone

    @property
    def timeout(self) -> object:
        return self._engine.options.timeout

    @property
    def max_retries(self) -> int:
        return self._engine.options.retry.max_retries

    @property
    def base_url(self) -> str:
        return self._engine.options.base_url

    @property
    def is_closed(self) -> bool:
        return self._engine.is_closed

    def close(self) -> None:
        self._engine.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials=****)"


class AsyncClientBase:
    """The async twin of `SyncClientBase`."""

    _engine: AsyncAPIClient

    def _start(
        self,
        options: ClientOptions,
        auth: httpx.Auth,
        *,
        errors: ErrorReading,
        logger: logging.Logger,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        self._engine = AsyncAPIClient(
            options=options, auth=auth, errors=errors, logger=logger, http_client=http_client, transport=transport
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        """Attach resource objects that call through `self._engine`."""

    def with_options(self, *, timeout: TimeoutTypes = NOT_GIVEN, max_retries: int = NOT_GIVEN) -> Self:
        clone = copy.copy(self)
        clone._engine = self._engine.with_engine_options(timeout=timeout, max_retries=max_retries)
        clone._bind_resources()
        return clone

    @property
    def timeout(self) -> object:
        return self._engine.options.timeout

    @property
    def max_retries(self) -> int:
        return self._engine.options.retry.max_retries

    @property
    def base_url(self) -> str:
        return self._engine.options.base_url

    @property
    def is_closed(self) -> bool:
        return self._engine.is_closed

    async def close(self) -> None:
        await self._engine.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials=****)"
