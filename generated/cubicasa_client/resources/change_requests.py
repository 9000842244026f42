"""`client.change_requests`: Change (fix) requests on delivered orders.

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Never
from uuid import UUID

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
    from ..api.change_requests import create_change_request as _create_change_request
    from ..api.change_requests import get_change_request as _get_change_request
    from ..api.change_requests import list_change_requests as _list_change_requests
    from ..models.change_request import ChangeRequest
    from ..models.paginated_change_requests import PaginatedChangeRequests
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _list_change_requests = lazy_module(
        "..api.change_requests.list_change_requests",
        __package__,
        globals(),
        "_list_change_requests",
    )
    _create_change_request = lazy_module(
        "..api.change_requests.create_change_request",
        __package__,
        globals(),
        "_create_change_request",
    )
    _get_change_request = lazy_module(
        "..api.change_requests.get_change_request",
        __package__,
        globals(),
        "_get_change_request",
    )


class ChangeRequests(SyncResource):
    """`client.change_requests`: Change (fix) requests on delivered orders."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_change_requests,
            "list_page": _list_change_requests,
            "create": _create_change_request,
            "get": _get_change_request,
        }
    )

    @cached_property
    def with_raw_response(self) -> ChangeRequestsWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return ChangeRequestsWithRawResponse(self)

    def list(
        self,
        order_id: UUID | str,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> SyncPaginator[PaginatedChangeRequests, ChangeRequest]:
        """List all change requests of order

        Lists the change requests made on one order. The method is seen; the path, the `limit`/`offset`
        parameters and the envelope are inferred from the sibling operations and the pagination page.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        return self._paginate(
            _list_change_requests.ENDPOINT,
            _list_change_requests.build_request,
            {
                "order_id": order_id,
                "limit": limit,
                "offset": offset,
            },
            _list_change_requests.PAGING,
            max_pages=max_pages,
            dedupe=dedupe,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def list_page(
        self,
        order_id: UUID | str,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> PaginatedChangeRequests:
        """List all change requests of order

        Lists the change requests made on one order. The method is seen; the path, the `limit`/`offset`
        parameters and the envelope are inferred from the sibling operations and the pagination page.

        Returns one page; `list()` iterates every page for you.

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        parts = _list_change_requests.build_request(
            order_id,
            limit=limit,
            offset=offset,
        )
        return self._call(
            _list_change_requests.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def create(
        self,
        order_id: UUID | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **fields: Any,
    ) -> ChangeRequest:
        """Add new change request for an order

        Asks CubiCasa to fix or change a delivered order; the order moves to `Fixing` (webhook trigger
        `moved_to_fixing`). The request and response fields are not published: both are open objects.

        A POST is never retried once sent (it could act twice).

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        parts = _create_change_request.build_request(
            order_id,
            **fields,
        )
        return self._call(
            _create_change_request.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        order_id: UUID | str,
        change_request_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> ChangeRequest:
        """Get change request by ID

        Returns one change request of an order. Its fields are not published.

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            change_request_id: Id of the change request.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("get", unexpected)
        parts = _get_change_request.build_request(
            order_id,
            change_request_id,
        )
        return self._call(
            _get_change_request.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class ChangeRequestsWithRawResponse:
    """`client.change_requests.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: ChangeRequests) -> None:
        self.list_page = raw_response(resource.list_page)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)


class AsyncChangeRequests(AsyncResource):
    """`client.change_requests` (async): Change (fix) requests on delivered orders."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_change_requests,
            "list_page": _list_change_requests,
            "create": _create_change_request,
            "get": _get_change_request,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncChangeRequestsWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncChangeRequestsWithRawResponse(self)

    def list(
        self,
        order_id: UUID | str,
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
    ) -> AsyncPaginator[PaginatedChangeRequests, ChangeRequest]:
        """List all change requests of order

        Lists the change requests made on one order. The method is seen; the path, the `limit`/`offset`
        parameters and the envelope are inferred from the sibling operations and the pagination page.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        return self._paginate(
            _list_change_requests.ENDPOINT,
            _list_change_requests.build_request,
            {
                "order_id": order_id,
                "limit": limit,
                "offset": offset,
            },
            _list_change_requests.PAGING,
            max_pages=max_pages,
            dedupe=dedupe,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def list_page(
        self,
        order_id: UUID | str,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> PaginatedChangeRequests:
        """List all change requests of order

        Lists the change requests made on one order. The method is seen; the path, the `limit`/`offset`
        parameters and the envelope are inferred from the sibling operations and the pagination page.

        Returns one page; `list()` iterates every page for you.

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        parts = _list_change_requests.build_request(
            order_id,
            limit=limit,
            offset=offset,
        )
        return await self._call(
            _list_change_requests.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def create(
        self,
        order_id: UUID | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **fields: Any,
    ) -> ChangeRequest:
        """Add new change request for an order

        Asks CubiCasa to fix or change a delivered order; the order moves to `Fixing` (webhook trigger
        `moved_to_fixing`). The request and response fields are not published: both are open objects.

        A POST is never retried once sent (it could act twice).

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        parts = _create_change_request.build_request(
            order_id,
            **fields,
        )
        return await self._call(
            _create_change_request.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        order_id: UUID | str,
        change_request_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> ChangeRequest:
        """Get change request by ID

        Returns one change request of an order. Its fields are not published.

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            change_request_id: Id of the change request.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("get", unexpected)
        parts = _get_change_request.build_request(
            order_id,
            change_request_id,
        )
        return await self._call(
            _get_change_request.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncChangeRequestsWithRawResponse:
    """`client.change_requests.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncChangeRequests) -> None:
        self.list_page = async_raw_response(resource.list_page)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
