"""The sync and async HTTP engines every API client is built on.

They own the httpx connection pool, authentication, timeouts, retries,
logging and the mapping of error answers to exceptions. API clients only
say which generated operation to call and which model they expect back; the
generated code builds the request and parses the answer.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Self, TypeVar

import httpx

from clientkit.errors import APIConnectionError, APIStatusError, APITimeoutError
from clientkit.options import ClientOptions, TimeoutTypes
from clientkit.redaction import redact_headers, scrub
from clientkit.responses import ErrorReading, GeneratedOperation, parse_success, status_error
from clientkit.retries import should_retry_exception, should_retry_status

T = TypeVar("T")
ProgressCallback = Callable[[int, int | None], None]  # (bytes so far, total if known)
DOWNLOAD_CHUNK = 64 * 1024


def connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The typed error for a transport failure; the httpx error is kept as `.cause`, not chained,
    so a traceback never prints its unscrubbed text."""
    where = f"{request.method} {request.url.path}"
    error: APIConnectionError
    if isinstance(exc, httpx.TimeoutException):
        error = APITimeoutError(f"{where} timed out ({type(exc).__name__})", request=request)
    else:
        error = APIConnectionError(scrub(f"{where} failed: {type(exc).__name__}: {exc}"), request=request)
    error.cause = exc
    return error


class _Engine:
    """What the sync and async engines share: options, logging, request building."""

    def __init__(
        self,
        *,
        options: ClientOptions,
        auth: httpx.Auth,
        errors: ErrorReading,
        logger: logging.Logger,
        headers_on_client: bool = False,
    ) -> None:
        self.options = options
        self.auth = auth
        self.errors = errors
        self.logger = logger
        # True when the pool was built with `options.headers` as its default headers (a pool we own):
        # then requests need not carry them, which saves httpx a header merge per request.
        self.headers_on_client = headers_on_client

    def evolve(self, *, timeout: TimeoutTypes, max_retries: int) -> _Engine:
        """The same engine with other timeout/retry defaults (`with_options()`); headers never change."""
        return _Engine(
            options=self.options.evolve(timeout=timeout, max_retries=max_retries),
            auth=self.auth,
            errors=self.errors,
            logger=self.logger,
            headers_on_client=self.headers_on_client,
        )

    def request_kwargs(self, kwargs: Mapping[str, Any], extra_headers: Mapping[str, str] | None) -> dict[str, Any]:
        built = dict(kwargs)
        built["method"] = str(built["method"]).upper()
        defaults = {} if self.headers_on_client else self.options.headers
        headers = {**defaults, **(built.get("headers") or {}), **(extra_headers or {})}
        if headers:
            built["headers"] = headers
        built["timeout"] = self.options.timeout
        return built

    def log_request(self, request: httpx.Request, attempt: int) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "request %s %s attempt=%d headers=%s",
                request.method,
                request.url,
                attempt + 1,
                redact_headers(request.headers),
            )

    def log_response(self, response: httpx.Response, started: float) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "response %s %s -> %d in %.1f ms",
                response.request.method,
                response.request.url.path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
            )

    def log_retry(self, request: httpx.Request, reason: str, delay: float, attempt: int) -> None:
        self.logger.info(
            "retrying %s %s in %.2f s after %s (retry %d of %d)",
            request.method,
            request.url.path,
            delay,
            reason,
            attempt + 1,
            self.options.retry.max_retries,
        )

    def retry_delay_after_error(self, method: str, exc: httpx.TransportError, attempt: int) -> float | None:
        if attempt < self.options.retry.max_retries and should_retry_exception(method, exc):
            return self.options.retry.backoff(attempt)
        return None

    def retry_delay_after_status(self, response: httpx.Response, attempt: int) -> float | None:
        method = response.request.method
        if attempt < self.options.retry.max_retries and should_retry_status(method, response.status_code):
            return self.options.retry.delay_for_response(response, attempt)
        return None


class SyncAPIClient:
    """Synchronous engine: one httpx.Client (pool) shared by every `with_options()` view."""

    def __init__(
        self,
        *,
        options: ClientOptions,
        auth: httpx.Auth,
        errors: ErrorReading,
        logger: logging.Logger,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._owns_http = http_client is None
        self._engine = _Engine(
            options=options, auth=auth, errors=errors, logger=logger, headers_on_client=self._owns_http
        )
        self._http = http_client or httpx.Client(
            base_url=options.base_url,
            headers=dict(options.headers),
            transport=transport,
            timeout=options.timeout,
            follow_redirects=False,
        )
        self._sleep: Callable[[float], None] = time.sleep

    # --- lifecycle -----------------------------------------------------------------------------
    def with_engine_options(self, *, timeout: TimeoutTypes, max_retries: int) -> SyncAPIClient:
        clone = copy.copy(self)  # keeps subclasses and shares the pool
        clone._engine = self._engine.evolve(timeout=timeout, max_retries=max_retries)
        clone._owns_http = False  # the original closes the shared pool
        return clone

    @property
    def options(self) -> ClientOptions:
        return self._engine.options

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- requests ------------------------------------------------------------------------------
    def call(
        self,
        operation: GeneratedOperation,
        expect: type[T],
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> T:
        """Run one generated operation and return its success model, or raise a typed error."""
        response = self.send(operation._get_kwargs(**params), extra_headers=extra_headers)
        return parse_success(operation, expect, response)

    def send(
        self,
        kwargs: Mapping[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        stream: bool = False,
        credentials: bool = True,
    ) -> httpx.Response:
        """Send with retries; return a 2xx/3xx response, raise `APIStatusError`/`APIConnectionError` otherwise."""
        engine = self._engine
        request_kwargs = engine.request_kwargs(kwargs, extra_headers)
        attempt = 0
        while True:
            request = self._http.build_request(**request_kwargs)
            engine.log_request(request, attempt)
            started = time.perf_counter()
            try:
                response = self._http.send(request, auth=engine.auth if credentials else None, stream=stream)
            except httpx.TransportError as exc:
                delay = engine.retry_delay_after_error(request.method, exc, attempt)
                if delay is None:
                    raise connection_error(exc, request) from None
                engine.log_retry(request, type(exc).__name__, delay, attempt)
                self._sleep(delay)
                attempt += 1
                continue
            engine.log_response(response, started)
            if response.status_code < 400:
                return response
            delay = engine.retry_delay_after_status(response, attempt)
            if delay is None:
                raise self._status_error(response)
            response.close()
            engine.log_retry(request, f"status {response.status_code}", delay, attempt)
            self._sleep(delay)
            attempt += 1

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        try:
            response.read()
        except httpx.TransportError:
            pass  # a cut-off error body still gets a typed error, with whatever arrived
        finally:
            response.close()
        return status_error(response, self._engine.errors)

    def download(
        self,
        kwargs: Mapping[str, Any],
        destination: Path,
        *,
        progress: ProgressCallback | None = None,
        credentials: bool = True,
    ) -> httpx.Headers:
        """Stream a response body to `destination` (written to a temporary file, then renamed)."""
        response = self.send(kwargs, stream=True, credentials=credentials)
        partial = destination.with_name(destination.name + ".part")
        try:
            total = _content_length(response)
            done = 0
            with partial.open("wb") as out:
                for chunk in response.iter_bytes(DOWNLOAD_CHUNK):
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
            partial.replace(destination)
        except httpx.TransportError as exc:
            raise connection_error(exc, response.request) from None
        finally:
            response.close()
            partial.unlink(missing_ok=True)
        return response.headers


class AsyncAPIClient:
    """Asynchronous engine: the same behaviour as `SyncAPIClient` on one httpx.AsyncClient."""

    def __init__(
        self,
        *,
        options: ClientOptions,
        auth: httpx.Auth,
        errors: ErrorReading,
        logger: logging.Logger,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._owns_http = http_client is None
        self._engine = _Engine(
            options=options, auth=auth, errors=errors, logger=logger, headers_on_client=self._owns_http
        )
        self._http = http_client or httpx.AsyncClient(
            base_url=options.base_url,
            headers=dict(options.headers),
            transport=transport,
            timeout=options.timeout,
            follow_redirects=False,
        )
        import asyncio  # noqa: PLC0415 -- here, not at the top: `import cubicasa` stays free of asyncio for sync users

        self._sleep: Callable[[float], Any] = asyncio.sleep

    def with_engine_options(self, *, timeout: TimeoutTypes, max_retries: int) -> AsyncAPIClient:
        clone = copy.copy(self)  # keeps subclasses and shares the pool
        clone._engine = self._engine.evolve(timeout=timeout, max_retries=max_retries)
        clone._owns_http = False
        return clone

    @property
    def options(self) -> ClientOptions:
        return self._engine.options

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def call(
        self,
        operation: GeneratedOperation,
        expect: type[T],
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> T:
        response = await self.send(operation._get_kwargs(**params), extra_headers=extra_headers)
        return parse_success(operation, expect, response)

    async def send(
        self,
        kwargs: Mapping[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        stream: bool = False,
        credentials: bool = True,
    ) -> httpx.Response:
        engine = self._engine
        request_kwargs = engine.request_kwargs(kwargs, extra_headers)
        attempt = 0
        while True:
            request = self._http.build_request(**request_kwargs)
            engine.log_request(request, attempt)
            started = time.perf_counter()
            try:
                response = await self._http.send(request, auth=engine.auth if credentials else None, stream=stream)
            except httpx.TransportError as exc:
                delay = engine.retry_delay_after_error(request.method, exc, attempt)
                if delay is None:
                    raise connection_error(exc, request) from None
                engine.log_retry(request, type(exc).__name__, delay, attempt)
                await self._sleep(delay)
                attempt += 1
                continue
            engine.log_response(response, started)
            if response.status_code < 400:
                return response
            delay = engine.retry_delay_after_status(response, attempt)
            if delay is None:
                raise await self._status_error(response)
            await response.aclose()
            engine.log_retry(request, f"status {response.status_code}", delay, attempt)
            await self._sleep(delay)
            attempt += 1

    async def _status_error(self, response: httpx.Response) -> APIStatusError:
        try:
            await response.aread()
        except httpx.TransportError:
            pass
        finally:
            await response.aclose()
        return status_error(response, self._engine.errors)

    async def download(
        self,
        kwargs: Mapping[str, Any],
        destination: Path,
        *,
        progress: ProgressCallback | None = None,
        credentials: bool = True,
    ) -> httpx.Headers:
        response = await self.send(kwargs, stream=True, credentials=credentials)
        partial = destination.with_name(destination.name + ".part")
        try:
            total = _content_length(response)
            done = 0
            with partial.open("wb") as out:
                async for chunk in response.aiter_bytes(DOWNLOAD_CHUNK):
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
            partial.replace(destination)
        except httpx.TransportError as exc:
            raise connection_error(exc, response.request) from None
        finally:
            await response.aclose()
            partial.unlink(missing_ok=True)
        return response.headers


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length")
    return int(value) if value and value.isdigit() else None
