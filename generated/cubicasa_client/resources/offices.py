"""`client.offices`: Offices of the company; users belong to an office.

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Never

from clientkit.operation import Operation
from clientkit.options import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from clientkit.pagination import AsyncPaginator, SyncPaginator
from clientkit.resource import (
    AsyncResource,
    SyncResource,
    async_raw_response,
    lazy_module,
    operations_of,
    raw_response,
)

if TYPE_CHECKING:
    from ..api.offices import create_office as _create_office
    from ..api.offices import list_offices as _list_offices
    from ..models.office import Office
    from ..models.paginated_offices import PaginatedOffices
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _list_offices = lazy_module(
        "..api.offices.list_offices", __package__, globals(), "_list_offices"
    )
    _create_office = lazy_module(
        "..api.offices.create_office", __package__, globals(), "_create_office"
    )


class Offices(SyncResource):
    """`client.offices`: Offices of the company; users belong to an office."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_offices,
            "list_page": _list_offices,
            "create": _create_office,
        }
    )

    @cached_property
    def with_raw_response(self) -> OfficesWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return OfficesWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> SyncPaginator[PaginatedOffices, Office]:
        """List all offices

        Lists the company's offices, newest first. Inferred: the path is the plural collection like
        `/users`; the envelope follows the docs' statement that all list endpoints page with
        `limit`/`offset`.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        return self._paginate(
            _list_offices.ENDPOINT,
            _list_offices.build_request,
            {
                "limit": limit,
                "offset": offset,
            },
            _list_offices.PAGING,
            max_pages=max_pages,
            dedupe=dedupe,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def list_page(
        self,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> PaginatedOffices:
        """List all offices

        Lists the company's offices, newest first. Inferred: the path is the plural collection like
        `/users`; the envelope follows the docs' statement that all list endpoints page with
        `limit`/`offset`.

        Returns one page; `list()` iterates every page for you.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        parts = _list_offices.build_request(
            limit=limit,
            offset=offset,
        )
        return self._call(
            _list_offices.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def create(
        self,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Office:
        """Add new office

        Adds an office to the company. Inferred: method and path follow `POST /users`; the body is not
        published (a `name` is likely).

        A POST is never retried once sent (it could act twice).

        Args:
            name: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("create", unexpected)
        parts = _create_office.build_request(
            name=name,
        )
        return self._call(
            _create_office.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class OfficesWithRawResponse:
    """`client.offices.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: Offices) -> None:
        self.list_page = raw_response(resource.list_page)
        self.create = raw_response(resource.create)


class AsyncOffices(AsyncResource):
    """`client.offices` (async): Offices of the company; users belong to an office."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_offices,
            "list_page": _list_offices,
            "create": _create_office,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncOfficesWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncOfficesWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> AsyncPaginator[PaginatedOffices, Office]:
        """List all offices

        Lists the company's offices, newest first. Inferred: the path is the plural collection like
        `/users`; the envelope follows the docs' statement that all list endpoints page with
        `limit`/`offset`.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        return self._paginate(
            _list_offices.ENDPOINT,
            _list_offices.build_request,
            {
                "limit": limit,
                "offset": offset,
            },
            _list_offices.PAGING,
            max_pages=max_pages,
            dedupe=dedupe,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def list_page(
        self,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> PaginatedOffices:
        """List all offices

        Lists the company's offices, newest first. Inferred: the path is the plural collection like
        `/users`; the envelope follows the docs' statement that all list endpoints page with
        `limit`/`offset`.

        Returns one page; `list()` iterates every page for you.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        parts = _list_offices.build_request(
            limit=limit,
            offset=offset,
        )
        return await self._call(
            _list_offices.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Office:
        """Add new office

        Adds an office to the company. Inferred: method and path follow `POST /users`; the body is not
        published (a `name` is likely).

        A POST is never retried once sent (it could act twice).

        Args:
            name: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("create", unexpected)
        parts = _create_office.build_request(
            name=name,
        )
        return await self._call(
            _create_office.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncOfficesWithRawResponse:
    """`client.offices.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncOffices) -> None:
        self.list_page = async_raw_response(resource.list_page)
        self.create = async_raw_response(resource.create)
