"""The sync and async clients every generated API client is built on.

`BaseAPIClient` holds everything that does no I/O: configuration, request
building, retry decisions, error mapping, parsing, logging. `SyncAPIClient`
and `AsyncAPIClient` add only the loops that touch the network (send with
retries, stream a download), as httpx splits `BaseClient` from `Client` and
`AsyncClient`. Generated clients subclass them and set `_profile`.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import time
from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

import httpx

from clientkit.auth import HeaderAuth
from clientkit.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    ConfigurationError,
    ErrorClasses,
    ResponseTooLargeError,
)
from clientkit.limits import DEADLINE, BodyReader, DeadlineAuth, aread_into, read_into, with_deadline
from clientkit.logs import get_logger
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts
from clientkit.options import (
    NOT_GIVEN,
    ClientOptions,
    as_timeout,
    check_base_url,
    check_headers,
    check_max_retries,
    new_idempotency_key,
)
from clientkit.redaction import redact_headers, scrub
from clientkit.responses import ErrorReading, parse_answer, status_error
from clientkit.retries import RetryPolicy, parse_retry_after, should_retry_exception, should_retry_status

if TYPE_CHECKING:
    from clientkit.downloads import DownloadPlan, ProgressCallback
    from clientkit.profile import ApiProfile
    from clientkit.ratelimit import RateLimiter
    from clientkit.resource import RawResponse

T = TypeVar("T")
Transform = Callable[[Any, Any, httpx.Response], Any]  # (parsed value, client, answer) -> what the method returns


class BaseAPIClient:
    """Configuration, request building, retry decisions, errors and parsing: no I/O."""

    _profile: ClassVar[ApiProfile]
    _rate_limiter_class: ClassVar[type[RateLimiter] | None] = None  # the API's own, when its spec declares a quota
    _options: ClientOptions
    _auth: httpx.Auth | None
    _rate_limiter: RateLimiter | None  # shared by every `with_options()` view
    _parameters: dict[str, Any]
    _owns_http: bool

    # --- configuration ---------------------------------------------------------------------------
    def _configure(
        self,
        *,
        credential: object,
        auth: httpx.Auth | None,
        base_url: str | None,
        timeout: object,
        max_retries: object,
        allow_insecure: bool,
        default_headers: Mapping[str, str] | None,
        parameters: Mapping[str, Any],
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        limits: Mapping[str, Any] | None = None,
        rate_limit: object = None,
        unexpected: Mapping[str, Any] | None = None,
    ) -> None:
        """Resolve every option (arguments, then environment, then a given `http_client`'s base URL,
        then the spec's server) and check it. `rate_limit` (APIs whose spec declares a quota): see
        `RateLimiter.from_option`."""
        profile = self._profile
        try:
            if unexpected:
                names = ", ".join(repr(name) for name in sorted(unexpected))
                raise ConfigurationError(f"{type(self).__name__}() got unknown argument(s) {names}")
            if auth is None and profile.credential is not None:
                secret = profile.resolve_secret(credential)
                auth = HeaderAuth(profile.credential.header, secret, prefix=profile.credential.prefix)
            elif auth is not None and not isinstance(auth, httpx.Auth):
                raise ConfigurationError(f"auth must be an httpx.Auth, not {type(auth).__name__}")
            if not isinstance(allow_insecure, bool):
                raise ConfigurationError(f"allow_insecure must be True or False, not {allow_insecure!r}")
            if base_url is not None and not (isinstance(base_url, str) and base_url.strip()):
                check_base_url(base_url, allow_insecure=allow_insecure)  # refuses it: only None means "unset"
            url = base_url if base_url is not None else (os.environ.get(profile.base_url_env) or None)
            if http_client is not None and not isinstance(http_client, httpx.Client | httpx.AsyncClient):
                raise ConfigurationError(f"http_client must be an httpx client, not {type(http_client).__name__}")
            own = str(http_client.base_url).rstrip("/") if http_client is not None else ""
            if own:  # checked first: a refused one is never quoted below
                own = check_base_url(own, allow_insecure=allow_insecure, what="http_client.base_url")
            checked = check_base_url(url or own or profile.default_base_url, allow_insecure=allow_insecure)
            if own and own != checked:
                raise ConfigurationError(
                    f"http_client.base_url ({own}) differs from base_url ({checked}); pass one of them only"
                )
            headers = {"user-agent": profile.user_agent, "accept": "application/json"}
            headers.update(check_headers(default_headers, "default_headers"))
            self._options = ClientOptions(
                base_url=checked,
                timeout=as_timeout(timeout),
                retry=RetryPolicy(max_retries=check_max_retries(max_retries)),
                headers=headers,
            ).evolve(**(limits or {}))
            self._parameters = {p.name: p.resolve(parameters.get(p.name), profile.errors) for p in profile.parameters}
            limiter_class = self._rate_limiter_class
            self._rate_limiter = limiter_class.from_option(rate_limit) if limiter_class is not None else None
        except ConfigurationError as exc:
            raise self._errors.get(ConfigurationError)(str(exc)) from None
        self._auth = auth

    @property
    def _errors(self) -> ErrorClasses:
        return self._profile.errors

    @cached_property
    def _reading(self) -> ErrorReading:
        return self._profile.error_reading

    @cached_property
    def _logger(self) -> logging.Logger:
        return get_logger(self._profile.package, self._profile.log_env)

    def _with(
        self, *, options: Mapping[str, Any], parameters: Mapping[str, Any], unexpected: Mapping[str, Any] | None = None
    ) -> Self:
        """A view of this client with other defaults, sharing (and never closing) its pool."""
        if unexpected:
            names = ", ".join(repr(name) for name in sorted(unexpected))
            raise self._errors.get(ArgumentError)(f"with_options() got unknown option(s) {names}")
        clone = copy.copy(self)
        try:
            clone._options = self._options.evolve(**options)
        except ConfigurationError as exc:
            raise self._errors.get(ConfigurationError)(str(exc)) from None
        if parameters:
            unknown = set(parameters) - set(self._parameters)
            if unknown:
                raise self._errors.get(ArgumentError)(f"with_options() got unknown option(s): {', '.join(unknown)}")
            clone._parameters = {
                **self._parameters,
                **{
                    name: self._profile.parameter(name).resolve(value, self._errors)
                    for name, value in parameters.items()
                    if value is not NOT_GIVEN
                },
            }
        clone._owns_http = False
        # Resources (cached properties) are bound to the client they were made for: make new ones lazily.
        for name, value in list(vars(clone).items()):
            if getattr(value, "_is_resource", False) or name in {"_reading", "_logger"}:
                del vars(clone)[name]
        return clone

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.retry.max_retries

    def _parameter(self, name: str, *, required: bool) -> Any:
        """A client-level parameter for one call; a clear error when the call needs it and it is unset."""
        value = self._parameters.get(name)
        if value is None and required:
            raise self._profile.parameter(name).missing(self._errors)
        return value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={scrub(self.base_url)!r}, credentials=****)"

    # --- one request -----------------------------------------------------------------------------
    def _prepare(
        self,
        operation: Operation,
        parts: RequestParts,
        *,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
        timeout: object,
        idempotency_key: str | None,
    ) -> dict[str, Any]:
        """The keyword arguments of `httpx.Client.build_request` for one call (the same for every attempt)."""
        if extra_headers or extra_query or extra_body:
            parts = self._with_extras(parts, extra_headers, extra_query, extra_body)
        headers = dict(parts.headers) if parts.headers else {}
        if not self._owns_http:  # a pool we were given does not carry our default headers
            headers = {**self._options.headers, **headers}
        if operation.idempotency_header is not None:
            key = idempotency_key if idempotency_key is not None else new_idempotency_key()
            headers[operation.idempotency_header] = self._profile.arguments.header_value(key, "idempotency_key")
        kwargs: dict[str, Any] = {"method": operation.method, "url": parts.url}
        if parts.params:
            kwargs["params"] = parts.params
        if parts.json is not NO_BODY:
            kwargs["content"] = self._encode(parts.json)
            headers["content-type"] = "application/json"
        if headers:
            kwargs["headers"] = headers
        kwargs["timeout"] = self._options.timeout if timeout is NOT_GIVEN else self._call_timeout(timeout)
        return kwargs

    def _with_extras(
        self,
        parts: RequestParts,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
    ) -> RequestParts:
        arguments = self._profile.arguments
        try:
            headers = check_headers(extra_headers, "extra_headers") if extra_headers is not None else None
        except ConfigurationError as exc:
            raise arguments.error(str(exc)) from None
        query = arguments.query(extra_query, "extra_query") if extra_query is not None else None
        body = arguments.mapping(extra_body, "extra_body") if extra_body is not None else None
        if body is not None and parts.json is not NO_BODY and not isinstance(parts.json, dict):
            raise arguments.error("extra_body needs an operation whose body is a JSON object")
        return parts.merged(extra_headers=headers, extra_query=query, extra_body=body)

    def _call_timeout(self, timeout: object) -> httpx.Timeout:
        try:
            return as_timeout(timeout)
        except ConfigurationError as exc:
            raise self._errors.get(ArgumentError)(str(exc)) from None

    def _encode(self, body: Any) -> bytes:
        try:
            return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
        except (TypeError, ValueError) as exc:
            raise self._errors.get(ArgumentError)(f"the request body cannot be sent as JSON: {exc}") from None

    def _finish(self, endpoint: Endpoint[Any], response: httpx.Response, transform: Transform | None) -> Any:
        value = parse_answer(endpoint.parse, response, self._errors)
        return transform(value, self, response) if transform is not None else value

    def _raw(self, endpoint: Endpoint[Any], response: httpx.Response, transform: Transform | None) -> RawResponse[Any]:
        from clientkit.resource import RawResponse  # noqa: PLC0415 -- only raw calls need it

        return RawResponse(response, lambda: self._finish(endpoint, response, transform), self._reading)

    # --- bounds --------------------------------------------------------------------------------
    def _budget(self, timeout: object, *, download: bool = False) -> float | None:
        """Seconds one attempt may take end to end (connect, headers and body): the call's `timeout`,
        else the client's (`download_timeout` for downloads); None: no limit."""
        if timeout is not NOT_GIVEN:
            return self._call_timeout(timeout).read
        return self._options.download_timeout if download else self._options.timeout.read

    def _read_already(self, response: httpx.Response) -> bool:
        """The body was read before us (an in-memory transport) and is within the limit: nothing left to do."""
        return response.is_stream_consumed and len(response.content) <= self._options.max_response_bytes

    def _body_reader(
        self,
        response: httpx.Response,
        *,
        sink: Callable[[bytes], None] | None = None,
        limit: int | None = None,
        option: str | None = None,
    ) -> BodyReader:
        if limit is None:
            limit = self._options.max_download_bytes if sink is not None else self._options.max_response_bytes
        return BodyReader(response, limit, sink=sink, error=self._errors.get(ResponseTooLargeError), option=option)

    def _download_plan(
        self,
        endpoint: Endpoint[Any],
        parts: RequestParts,
        path: object,
        *,
        progress: ProgressCallback | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        timeout: object,
        max_bytes: int | None,
    ) -> DownloadPlan:
        """Where the file goes, the request, its bounds: all checked before anything is sent."""
        operation = endpoint.operation
        assert operation.download is not None
        from clientkit.downloads import DownloadPlan, DownloadTarget  # noqa: PLC0415 -- loaded with the first download

        target = DownloadTarget.of(path, self._errors)
        if max_bytes is not None:
            self._profile.arguments.integer(max_bytes, "max_bytes", minimum=1)
        if progress is not None and not callable(progress):
            raise self._profile.arguments.invalid("progress", "a callable progress(done, total)", progress)
        kwargs = self._prepare(
            operation,
            parts,
            extra_headers={"accept": operation.download.accept, **(extra_headers or {})},
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            idempotency_key=None,
        )
        limit = max_bytes or self._options.max_download_bytes
        return DownloadPlan(target, kwargs, limit, self._budget(timeout, download=True), progress)

    @staticmethod
    def _follow(operation: Operation, link: str) -> Operation:
        return Operation(operation.id, "GET", link, sends_credentials=False, download=operation.download)

    # --- retries, errors and logs ----------------------------------------------------------------
    def _auth_for(self, operation: Operation, *, counted: bool = True) -> httpx.Auth | None:
        """The auth of one call: the client's (none for an operation the spec marks `security: []`),
        behind the rate limiter when there is one and the request spends the API's quota (`counted`:
        a file fetched from a link elsewhere does not)."""
        auth = self._auth if operation.sends_credentials else None
        if counted and self._rate_limiter is not None:
            from clientkit.ratelimit import RateLimitedAuth  # noqa: PLC0415 -- only APIs with a quota need it

            return RateLimitedAuth(auth, self._rate_limiter)
        return auth

    def _delay_after_error(
        self, request: httpx.Request, operation: Operation, exc: httpx.TransportError, attempt: int
    ) -> float:
        """The wait before retrying after a transport failure; raises the typed error when not retried."""
        retry = self._options.retry
        if attempt < retry.max_retries and should_retry_exception(request.method, exc):
            return retry.backoff(attempt)
        raise self._connection_error(exc, request, operation)

    def _delay_after_answer(self, response: httpx.Response, operation: Operation, attempt: int) -> float | None:
        """None for an answer to return (below 400); the wait before retrying an error answer; raises
        the API's status error when it is not retried (including a server asking for too long a wait)."""
        if response.status_code < 400:
            if operation.sensitive_body:
                response.request = _safe_request(response.request, operation)
            return None
        retry = self._options.retry
        if attempt < retry.max_retries and should_retry_status(response.request.method, response.status_code):
            delay = retry.delay_for_response(response, attempt)
            if delay is not None:
                return delay
            advised = parse_retry_after(response.headers)
            note = (
                f"the server asked to wait {advised:,.0f} s before retrying, over the client's "
                f"{retry.max_retry_after:g} s cap on such waits; not retried"
            )
            raise self._status_error(response, operation, note=note)
        raise self._status_error(response, operation)

    def _connection_error(self, exc: httpx.TransportError, request: httpx.Request, operation: Operation) -> Exception:
        """The typed error for a transport failure; the httpx error is kept as `.cause`, not chained,
        so a traceback never prints its unscrubbed text."""
        where = f"{request.method} {request.url.path}"
        kept = _safe_request(request, operation)
        host = f"{request.url.scheme}://{request.url.netloc.decode('ascii', 'replace')}"
        error: APIConnectionError
        if isinstance(exc, httpx.TimeoutException):
            message = f"{where} timed out ({type(exc).__name__}; server {host})"
            error = self._errors.get(APITimeoutError)(message, request=kept)
        else:
            detail = scrub(f"{type(exc).__name__}: {exc}")
            error = self._errors.get(APIConnectionError)(f"{where} failed: {detail} (server {host})", request=kept)
        error.cause = exc
        return error

    def _status_error(self, response: httpx.Response, operation: Operation, note: str | None = None) -> APIStatusError:
        response.request = _safe_request(response.request, operation)
        return status_error(response, self._reading, self._errors, note=note)

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if self._logger.isEnabledFor(logging.DEBUG):
            self._logger.debug(
                "request %s %s attempt=%d headers=%s",
                request.method,
                request.url,
                attempt + 1,
                redact_headers(request.headers),
            )

    def _log_response(self, response: httpx.Response, started: float) -> None:
        if self._logger.isEnabledFor(logging.DEBUG):
            self._logger.debug(
                "response %s %s -> %d in %.1f ms",
                response.request.method,
                response.request.url.path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
            )

    def _log_retry(self, request: httpx.Request, reason: str, delay: float, attempt: int) -> None:
        self._logger.info(
            "retrying %s %s in %.2f s after %s (retry %d of %d)",
            request.method,
            request.url.path,
            delay,
            reason,
            attempt + 1,
            self._options.retry.max_retries,
        )


def _safe_request(request: httpx.Request, operation: Operation) -> httpx.Request:
    """The request to keep on an exception: without its body when that body carries secrets."""
    if not operation.sensitive_body:
        return request
    return httpx.Request(request.method, request.url, headers=redact_headers(request.headers))


def _follow_kwargs(link: str, operation: Operation, first: Mapping[str, Any]) -> dict[str, Any]:
    """The request for a file behind a link: absolute URL, the file's media types, the same timeout."""
    accept = operation.download.accept if operation.download is not None else "*/*"
    return {"method": "GET", "url": link, "headers": {"accept": accept}, "timeout": first["timeout"]}


def _pool_kwargs(options: ClientOptions) -> dict[str, Any]:
    return {
        "base_url": options.base_url,
        "headers": dict(options.headers),
        "timeout": options.timeout,
        "follow_redirects": False,
    }


class SyncAPIClient(BaseAPIClient):
    """Synchronous client: one `httpx.Client` (pool) shared by every `with_options()` view."""

    def _open(self, http_client: httpx.Client | None, transport: httpx.BaseTransport | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise self._errors.get(ConfigurationError)(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}"
            )
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise self._errors.get(ConfigurationError)(
                f"transport must be an httpx.BaseTransport, not {type(transport).__name__}"
            )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport, **_pool_kwargs(self._options))
        # httpx's own pools (ours, or under the http_client or transport passed in) obey the deadline
        # in every read, write and connect; other transports are checked between body chunks.
        with_deadline(self._http._transport)
        self._sleep: Callable[[float], None] = time.sleep

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

    # --- I/O -------------------------------------------------------------------------------------
    def _read(self, response: httpx.Response, reader: BodyReader) -> None:
        """Feed the body to `reader` chunk by chunk, stopping at the deadline."""
        read_into(response, reader)

    def _send(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        *,
        stream: bool = False,
        budget: float | None = None,
        counted: bool = True,
    ) -> httpx.Response:
        """Send with retries; return a 2xx/3xx response, raise the API's status or connection error otherwise.

        Each attempt gets `budget` seconds end to end (`DEADLINE`), from when its request goes out (after a
        rate-limiter wait); bodies are read within the size limit. `counted`: see `_auth_for`.
        """
        auth = DeadlineAuth(self._auth_for(operation, counted=counted), budget)
        attempt = 0
        while True:
            request = self._http.build_request(**kwargs)
            self._log_request(request, attempt)
            started = time.perf_counter()
            DEADLINE.set(None)  # started by `auth` once the attempt's first request goes out
            failure: httpx.TransportError | None = None
            try:
                response = self._http.send(request, auth=auth, stream=True)
                if not stream or response.status_code >= 400:
                    try:
                        if not self._read_already(response):
                            reader = self._body_reader(response)
                            self._read(response, reader)
                            reader.finish()
                    finally:
                        response.close()
            except httpx.TransportError as exc:
                failure = exc
            except ResponseTooLargeError as exc:
                exc.request = _safe_request(request, operation)
                raise
            if failure is not None:  # handled outside the except block: the error chains nothing
                backoff = self._delay_after_error(request, operation, failure, attempt)
                self._log_retry(request, type(failure).__name__, backoff, attempt)
                self._sleep(backoff)
                attempt += 1
                continue
            self._log_response(response, started)
            delay = self._delay_after_answer(response, operation, attempt)
            if delay is None:
                return response
            self._log_retry(request, f"status {response.status_code}", delay, attempt)
            self._sleep(delay)
            attempt += 1

    def _request(
        self,
        endpoint: Endpoint[Any],
        parts: RequestParts,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: object = NOT_GIVEN,
        idempotency_key: str | None = None,
        transform: Transform | None = None,
        raw: bool = False,
    ) -> Any:
        operation = endpoint.operation
        kwargs = self._prepare(
            operation,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )
        previous = DEADLINE.get()
        try:
            response = self._send(operation, kwargs, budget=self._budget(timeout))
        finally:
            DEADLINE.set(previous)
        if raw:
            return self._raw(endpoint, response, transform)
        return self._finish(endpoint, response, transform)

    def _download(
        self,
        endpoint: Endpoint[Any],
        parts: RequestParts,
        path: str | os.PathLike[str],
        *,
        progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: object = NOT_GIVEN,
        max_bytes: int | None = None,
    ) -> Path:
        """Stream the file to `path` (a unique temporary file, then an atomic rename) and return it."""
        operation = endpoint.operation
        plan = self._download_plan(
            endpoint,
            parts,
            path,
            progress=progress,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_bytes=max_bytes,
        )
        previous = DEADLINE.get()
        try:
            link = self._save(operation, plan.kwargs, plan, first=True)
            if link is not None:  # fetched without our credentials: the link points elsewhere
                self._save(self._follow(operation, link), _follow_kwargs(link, operation, plan.kwargs), plan)
        finally:
            DEADLINE.set(previous)
        return plan.target.path

    def _save(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        plan: DownloadPlan,
        *,
        first: bool = False,
    ) -> str | None:
        """One download request: the link it answered with (first request only), or None once saved."""
        from clientkit.downloads import MAX_LINK_ANSWER, check_file_answer, is_link_answer, link_from  # noqa: PLC0415

        response = self._send(operation, kwargs, stream=True, budget=plan.budget, counted=first)
        try:
            if first and operation.download is not None and is_link_answer(response, operation.download):
                reader = self._body_reader(response, limit=MAX_LINK_ANSWER, option="")
                self._read(response, reader)
                reader.finish()
                return link_from(response, operation.download, self._errors)
            assert operation.download is not None
            check_file_answer(response, operation.download, self._errors)
            with plan.target.writer(response, plan.progress) as write:
                self._read(response, self._body_reader(response, sink=write, limit=plan.limit))
            return None
        except httpx.TransportError as exc:
            raise self._connection_error(exc, response.request, operation) from None
        finally:
            response.close()


class AsyncAPIClient(BaseAPIClient):
    """Asynchronous client: the same behaviour as `SyncAPIClient` on one `httpx.AsyncClient`."""

    def _open(self, http_client: httpx.AsyncClient | None, transport: httpx.AsyncBaseTransport | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise self._errors.get(ConfigurationError)(
                f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}"
            )
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise self._errors.get(ConfigurationError)(
                f"transport must be an httpx.AsyncBaseTransport, not {type(transport).__name__}"
            )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport, **_pool_kwargs(self._options))
        # httpx's own pools (ours, or under the http_client or transport passed in) obey the deadline
        # in every read, write and connect; other transports are checked between body chunks.
        with_deadline(self._http._transport)
        import asyncio  # noqa: PLC0415 -- here, not at the top: sync users never pay for asyncio

        self._sleep: Callable[[float], Any] = asyncio.sleep

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

    # --- I/O -------------------------------------------------------------------------------------
    async def _read(self, response: httpx.Response, reader: BodyReader) -> None:
        """Feed the body to `reader` chunk by chunk, stopping at the deadline."""
        await aread_into(response, reader)

    async def _send(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        *,
        stream: bool = False,
        budget: float | None = None,
        counted: bool = True,
    ) -> httpx.Response:
        """Send with retries; return a 2xx/3xx response, raise the API's status or connection error otherwise.

        Each attempt gets `budget` seconds end to end (`DEADLINE`), from when its request goes out (after a
        rate-limiter wait); bodies are read within the size limit. `counted`: see `_auth_for`.
        """
        auth = DeadlineAuth(self._auth_for(operation, counted=counted), budget)
        attempt = 0
        while True:
            request = self._http.build_request(**kwargs)
            self._log_request(request, attempt)
            started = time.perf_counter()
            DEADLINE.set(None)  # started by `auth` once the attempt's first request goes out
            failure: httpx.TransportError | None = None
            try:
                response = await self._http.send(request, auth=auth, stream=True)
                if not stream or response.status_code >= 400:
                    try:
                        if not self._read_already(response):
                            reader = self._body_reader(response)
                            await self._read(response, reader)
                            reader.finish()
                    finally:
                        await response.aclose()
            except httpx.TransportError as exc:
                failure = exc
            except ResponseTooLargeError as exc:
                exc.request = _safe_request(request, operation)
                raise
            if failure is not None:  # handled outside the except block: the error chains nothing
                backoff = self._delay_after_error(request, operation, failure, attempt)
                self._log_retry(request, type(failure).__name__, backoff, attempt)
                await self._sleep(backoff)
                attempt += 1
                continue
            self._log_response(response, started)
            delay = self._delay_after_answer(response, operation, attempt)
            if delay is None:
                return response
            self._log_retry(request, f"status {response.status_code}", delay, attempt)
            await self._sleep(delay)
            attempt += 1

    async def _request(
        self,
        endpoint: Endpoint[Any],
        parts: RequestParts,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: object = NOT_GIVEN,
        idempotency_key: str | None = None,
        transform: Transform | None = None,
        raw: bool = False,
    ) -> Any:
        operation = endpoint.operation
        kwargs = self._prepare(
            operation,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )
        previous = DEADLINE.get()
        try:
            response = await self._send(operation, kwargs, budget=self._budget(timeout))
        finally:
            DEADLINE.set(previous)
        if raw:
            return self._raw(endpoint, response, transform)
        return self._finish(endpoint, response, transform)

    async def _download(
        self,
        endpoint: Endpoint[Any],
        parts: RequestParts,
        path: str | os.PathLike[str],
        *,
        progress: ProgressCallback | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: object = NOT_GIVEN,
        max_bytes: int | None = None,
    ) -> Path:
        """Stream the file to `path` (a unique temporary file, then an atomic rename) and return it."""
        operation = endpoint.operation
        plan = self._download_plan(
            endpoint,
            parts,
            path,
            progress=progress,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_bytes=max_bytes,
        )
        previous = DEADLINE.get()
        try:
            link = await self._save(operation, plan.kwargs, plan, first=True)
            if link is not None:  # fetched without our credentials: the link points elsewhere
                await self._save(self._follow(operation, link), _follow_kwargs(link, operation, plan.kwargs), plan)
        finally:
            DEADLINE.set(previous)
        return plan.target.path

    async def _save(
        self,
        operation: Operation,
        kwargs: Mapping[str, Any],
        plan: DownloadPlan,
        *,
        first: bool = False,
    ) -> str | None:
        """One download request: the link it answered with (first request only), or None once saved."""
        from clientkit.downloads import MAX_LINK_ANSWER, check_file_answer, is_link_answer, link_from  # noqa: PLC0415

        response = await self._send(operation, kwargs, stream=True, budget=plan.budget, counted=first)
        try:
            if first and operation.download is not None and is_link_answer(response, operation.download):
                reader = self._body_reader(response, limit=MAX_LINK_ANSWER, option="")
                await self._read(response, reader)
                reader.finish()
                return link_from(response, operation.download, self._errors)
            assert operation.download is not None
            check_file_answer(response, operation.download, self._errors)
            with plan.target.writer(response, plan.progress) as write:
                await self._read(response, self._body_reader(response, sink=write, limit=plan.limit))
            return None
        except httpx.TransportError as exc:
            raise self._connection_error(exc, response.request, operation) from None
        finally:
            await response.aclose()
