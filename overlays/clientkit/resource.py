"""Base classes of the generated resources (`client.users`, `client.orders`, ...) and raw responses.

A generated resource method checks its arguments with the endpoint module's
`build_request`, then hands the runtime one call: `self._call(...)`,
`self._paginate(...)` or `self._download(...)`. The sync and async bases
differ only in which client they hold; everything else is here once.

`client.users.with_raw_response.create(...)` gives a `RawResponse` (status,
headers, request id and `.parse()`) instead of the model: the wrappers below
keep each method's signature (ParamSpec) and call it on a raw-mode copy.
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast, overload

import httpx

from clientkit.errors import ArgumentError, PaginationError
from clientkit.operation import Endpoint, Operation, RequestParts
from clientkit.options import NOT_GIVEN
from clientkit.pagination import AsyncPaginator, Cursor, Paging, SyncPaginator
from clientkit.responses import ErrorReading, request_id_of

if TYPE_CHECKING:
    from pathlib import Path

    from clientkit.client import AsyncAPIClient, BaseAPIClient, SyncAPIClient, Transform
    from clientkit.downloads import ProgressCallback

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
MAX_PREFETCH = 64


class _LazyModule:
    """Stands for a module until one of its attributes is read; then imports it and takes its place in
    `namespace` (a generated resource module's globals), so later calls use the module itself."""

    __slots__ = ("_key", "_name", "_namespace", "_package")

    def __init__(self, name: str, package: str | None, namespace: dict[str, Any], key: str) -> None:
        self._name = name
        self._package = package
        self._namespace = namespace
        self._key = key

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self._name, self._package)
        self._namespace[self._key] = module
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, not loaded yet>"


def lazy_module(name: str, package: str | None, namespace: dict[str, Any], key: str) -> Any:
    """`namespace[key]`, standing for the module `name` (relative to `package`) until first used.

    Generated resources hold their endpoint modules this way: building `client.users` imports
    none of them, the first `client.users.list_page()` imports `list_users` and its models only.
    """
    return _LazyModule(name, package, namespace, key)


class _Operations(Mapping[str, Operation]):
    """A resource's `_operations`: method name -> `Operation`, read from each endpoint module only when asked,
    so declaring them loads no endpoint module (and no model) before a method is called."""

    __slots__ = ("_modules",)

    def __init__(self, modules: dict[str, Any]) -> None:
        self._modules = modules

    def __getitem__(self, name: str) -> Operation:
        operation: Operation = self._modules[name].OPERATION
        return operation

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


def operations_of(modules: dict[str, Any]) -> Mapping[str, Operation]:
    """What each method of a generated resource sends (`modules`: method name -> its endpoint module, lazy)."""
    return _Operations(modules)


class RawResponse(Generic[T]):
    """An answer before parsing: `status_code`, `headers`, `request_id`, `http_response`, and `parse()`."""

    def __init__(self, response: httpx.Response, parse: Callable[[], T], reading: ErrorReading) -> None:
        self.http_response = response
        self._parse = parse
        self._reading = reading
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response, self._reading)

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """The model the plain method returns (parsed once, then cached)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.url.path}>"


def raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """`method` of a sync resource, answering with a `RawResponse` instead of the model."""
    return cast(Callable[P, RawResponse[T]], _on_raw_copy(method))


def async_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """`method` of an async resource, answering with a `RawResponse` instead of the model."""
    return cast(Callable[P, Awaitable[RawResponse[T]]], _on_raw_copy(method))


def _on_raw_copy(method: Callable[..., Any]) -> Callable[..., Any]:
    resource = getattr(method, "__self__", None)
    if not isinstance(resource, _Resource):
        raise TypeError("raw responses wrap methods of a resource")
    clone = copy.copy(resource)
    clone._raw = True
    return cast(Callable[..., Any], getattr(clone, method.__name__))


class _Resource:
    """What both resource bases share: checks of the paging options, raw mode."""

    _is_resource = True  # `with_options()` views drop cached resources bound to the original client
    _client: BaseAPIClient
    _raw: bool

    def _unexpected(self, method: str, arguments: Mapping[str, Any]) -> Exception:
        """The error for keyword arguments the method does not take (raised before anything is sent)."""
        names = ", ".join(repr(name) for name in sorted(arguments))
        return self._client._profile.arguments.error(f"{method}() got unknown argument(s) {names}")

    def _paging_options(self, max_pages: object, dedupe: object, prefetch: object = 0) -> None:
        arguments = self._client._profile.arguments
        if max_pages is not None:
            arguments.integer(max_pages, "max_pages", minimum=1)
        arguments.boolean(dedupe, "dedupe")
        arguments.integer(prefetch, "prefetch", minimum=0, maximum=MAX_PREFETCH)


def _page_of(answer: RawResponse[Any], client: BaseAPIClient, transform: Transform | None) -> tuple[Any, Any]:
    """(the parsed page the paging rules read, the page users see)."""
    raw = answer.parse()
    return raw, (transform(raw, client, answer.http_response) if transform is not None else raw)


def _next_page(
    build: Callable[..., RequestParts], arguments: Mapping[str, Any], cursor: Cursor, client: BaseAPIClient
) -> RequestParts:
    """The request for the page at `cursor`. The caller's own arguments were checked when the paginator
    was made, so an argument error here is the server's cursor: a `PaginationError`, not the caller's."""
    try:
        return build(**{**arguments, **cursor})
    except ArgumentError as exc:
        shown = ", ".join(f"{k}={v!r}" for k, v in cursor.items())[:200]
        raise client._errors.get(PaginationError)(
            f"the server's next page ({shown}) cannot be requested: {exc}; stopping"
        ) from None


def _first_cursor(paging: Paging, arguments: Mapping[str, Any]) -> Cursor:
    param = getattr(paging, "offset_param", None) or getattr(paging, "page_param", None)
    return {param: arguments.get(param)} if param else {}


class SyncResource(_Resource):
    """Base of the generated sync resources."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client: SyncAPIClient = client
        self._raw = False

    @overload
    def _call(
        self,
        endpoint: Endpoint[T],
        parts: RequestParts,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        timeout: object = ...,
        idempotency_key: str | None = ...,
        transform: None = ...,
    ) -> T: ...

    @overload
    def _call(
        self,
        endpoint: Endpoint[T],
        parts: RequestParts,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        timeout: object = ...,
        idempotency_key: str | None = ...,
        transform: Callable[[T, Any, httpx.Response], R],
    ) -> R: ...

    def _call(
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
    ) -> Any:
        """One request; the parsed model (or what `transform` makes of it), a `RawResponse` in raw mode."""
        return self._client._request(
            endpoint,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
            transform=transform,
            raw=self._raw,
        )

    def _paginate(
        self,
        endpoint: Endpoint[Any],
        build: Callable[..., RequestParts],
        arguments: dict[str, Any],
        paging: Paging,
        *,
        max_pages: int | None,
        dedupe: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: object = NOT_GIVEN,
        transform: Transform | None = None,
        items_of: Callable[[Any], Sequence[Any]] | None = None,
    ) -> SyncPaginator[Any, Any]:
        self._paging_options(max_pages, dedupe)
        build(**arguments)  # check the arguments now, not on the first iteration
        client = self._client

        def fetch(cursor: Cursor) -> tuple[Any, Any]:
            parts = _next_page(build, arguments, cursor, client)
            answer = client._request(
                endpoint, parts, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, raw=True
            )
            return _page_of(answer, client, transform)

        return SyncPaginator(
            fetch,
            paging,
            _first_cursor(paging, arguments),
            max_pages=max_pages,
            dedupe=dedupe,
            items_of=items_of,
            error=client._errors.get(PaginationError),
        )

    def _download(
        self,
        endpoint: Endpoint[Any],
        parts: RequestParts,
        path: Any,
        *,
        progress: ProgressCallback | None = None,
        max_bytes: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: object = NOT_GIVEN,
    ) -> Path:
        return self._client._download(
            endpoint,
            parts,
            path,
            progress=progress,
            max_bytes=max_bytes,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncResource(_Resource):
    """Base of the generated async resources."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client: AsyncAPIClient = client
        self._raw = False

    @overload
    async def _call(
        self,
        endpoint: Endpoint[T],
        parts: RequestParts,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        timeout: object = ...,
        idempotency_key: str | None = ...,
        transform: None = ...,
    ) -> T: ...

    @overload
    async def _call(
        self,
        endpoint: Endpoint[T],
        parts: RequestParts,
        *,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        timeout: object = ...,
        idempotency_key: str | None = ...,
        transform: Callable[[T, Any, httpx.Response], R],
    ) -> R: ...

    async def _call(
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
    ) -> Any:
        """One request; the parsed model (or what `transform` makes of it), a `RawResponse` in raw mode."""
        return await self._client._request(
            endpoint,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
            transform=transform,
            raw=self._raw,
        )

    def _paginate(
        self,
        endpoint: Endpoint[Any],
        build: Callable[..., RequestParts],
        arguments: dict[str, Any],
        paging: Paging,
        *,
        max_pages: int | None,
        dedupe: bool,
        prefetch: int = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: object = NOT_GIVEN,
        transform: Transform | None = None,
        items_of: Callable[[Any], Sequence[Any]] | None = None,
    ) -> AsyncPaginator[Any, Any]:
        self._paging_options(max_pages, dedupe, prefetch)
        build(**arguments)
        client = self._client

        async def fetch(cursor: Cursor) -> tuple[Any, Any]:
            parts = _next_page(build, arguments, cursor, client)
            answer = await client._request(
                endpoint, parts, extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, raw=True
            )
            return _page_of(answer, client, transform)

        return AsyncPaginator(
            fetch,
            paging,
            _first_cursor(paging, arguments),
            max_pages=max_pages,
            dedupe=dedupe,
            prefetch=prefetch,
            items_of=items_of,
            error=client._errors.get(PaginationError),
        )

    async def _download(
        self,
        endpoint: Endpoint[Any],
        parts: RequestParts,
        path: Any,
        *,
        progress: ProgressCallback | None = None,
        max_bytes: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: object = NOT_GIVEN,
    ) -> Path:
        return await self._client._download(
            endpoint,
            parts,
            path,
            progress=progress,
            max_bytes=max_bytes,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )
