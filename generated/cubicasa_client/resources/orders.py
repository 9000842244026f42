"""`client.orders`: Floor-plan orders.

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Never
from uuid import UUID

from clientkit.downloads import ProgressCallback
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
    from ..api.orders import create_redraw_order as _create_redraw_order
    from ..api.orders import get_combined_pdf as _get_combined_pdf
    from ..api.orders import get_order as _get_order
    from ..api.orders import list_orders as _list_orders
    from ..api.orders import redeliver_order as _redeliver_order
    from ..api.orders import upgrade_order as _upgrade_order
    from ..models.order import Order
    from ..models.order_preferences import OrderPreferences
    from ..models.order_status import OrderStatus
    from ..models.paginated_orders import PaginatedOrders
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _list_orders = lazy_module(
        "..api.orders.list_orders", __package__, globals(), "_list_orders"
    )
    _upgrade_order = lazy_module(
        "..api.orders.upgrade_order", __package__, globals(), "_upgrade_order"
    )
    _redeliver_order = lazy_module(
        "..api.orders.redeliver_order", __package__, globals(), "_redeliver_order"
    )
    _get_order = lazy_module(
        "..api.orders.get_order", __package__, globals(), "_get_order"
    )
    _get_combined_pdf = lazy_module(
        "..api.orders.get_combined_pdf", __package__, globals(), "_get_combined_pdf"
    )
    _create_redraw_order = lazy_module(
        "..api.orders.create_redraw_order",
        __package__,
        globals(),
        "_create_redraw_order",
    )


class Orders(SyncResource):
    """`client.orders`: Floor-plan orders."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_orders,
            "list_page": _list_orders,
            "upgrade": _upgrade_order,
            "redeliver": _redeliver_order,
            "get": _get_order,
            "combined_pdf": _get_combined_pdf,
            "redraw": _create_redraw_order,
        }
    )

    @cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return OrdersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        status: OrderStatus | str | Sequence[OrderStatus | str] | None = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> SyncPaginator[PaginatedOrders, Order]:
        """List orders

        Lists the company's orders, newest first, 20 per page by default. List rows carry no
        `delivery_assets`; fetch one order for those.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).
            status: Only orders in these statuses; repeat the parameter for several
                (`?status=Pending&status=Ready`). The allowed values are inferred to be the order status
                enum.

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
            _list_orders.ENDPOINT,
            _list_orders.build_request,
            {
                "limit": limit,
                "offset": offset,
                "status": status,
            },
            _list_orders.PAGING,
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
        status: OrderStatus | str | Sequence[OrderStatus | str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> PaginatedOrders:
        """List orders

        Lists the company's orders, newest first, 20 per page by default. List rows carry no
        `delivery_assets`; fetch one order for those.

        Returns one page; `list()` iterates every page for you.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).
            status: Only orders in these statuses; repeat the parameter for several
                (`?status=Pending&status=Ready`). The allowed values are inferred to be the order status
                enum.

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
        parts = _list_orders.build_request(
            limit=limit,
            offset=offset,
            status=status,
        )
        return self._call(
            _list_orders.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def upgrade(
        self,
        order_id: UUID | str,
        *,
        package_type: str | None = None,
        add_ons: Sequence[str] = (),
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Upgrade order

        Moves an existing order to a higher package and/or buys extra add-ons. This charges the company: the
        client never retries it after the request was sent. This operation owns every `POST
        /orders/{order_id}/post-purchase`, including `/orders/draft/post-purchase` (which also fits the
        template of `/orders/draft/{order_id}`, where POST is not declared): `draft` is not an order id, so
        that call is a `400`.

        A POST is never retried once sent (it could act twice); it carries an
        `Idempotency-Key` (pass `idempotency_key` to reuse yours).

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            package_type: New package; `null` keeps the current one. Open set.
            add_ons: Add-ons to buy; open set.

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
        if unexpected:
            raise self._unexpected("upgrade", unexpected)
        parts = _upgrade_order.build_request(
            order_id,
            package_type=package_type,
            add_ons=add_ons,
        )
        return self._call(
            _upgrade_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )

    def redeliver(
        self,
        order_id: UUID | str,
        *,
        order_preferences: OrderPreferences | Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Re-deliver order with styling options

        Asks CubiCasa to deliver the order again with other styling options. The method is seen; the path
        and body are inferred: the path follows `/orders/{order_id}/post-purchase`, the body reuses the
        draft order's `order_preferences`, and the response is taken to be the Order.

        A POST is never retried once sent (it could act twice); it carries an
        `Idempotency-Key` (pass `idempotency_key` to reuse yours).

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            order_preferences: Styling preferences for the deliverables.

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
        if unexpected:
            raise self._unexpected("redeliver", unexpected)
        parts = _redeliver_order.build_request(
            order_id,
            order_preferences=order_preferences,
        )
        return self._call(
            _redeliver_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        order_id: UUID | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Get order by ID

        Returns the full order, including the download links of what has been delivered (`delivery_assets`).
        The path parameter is named `id` here (elsewhere `order_id`).

        Args:
            order_id: Id of the order.

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
        parts = _get_order.build_request(
            order_id,
        )
        return self._call(
            _get_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def combined_pdf(
        self,
        order_id: UUID | str,
        path: str | os.PathLike[str],
        *,
        progress: ProgressCallback | None = None,
        max_bytes: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Path:
        """Get combined PDF document

        Returns one PDF combining the order's deliverables. The method is seen; the path is inferred from a
        public JavaScript integration that calls it "best-effort" and accepts either a PDF stream or JSON
        holding a URL, so both media types are declared.

        Args:
            order_id: Id of the order.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).

        The file is streamed to `path` (a temporary file beside it, renamed once complete);
        `progress(done, total)` is called as bytes arrive. Returns `path`.
        """
        if unexpected:
            raise self._unexpected("combined_pdf", unexpected)
        parts = _get_combined_pdf.build_request(
            order_id,
        )
        return self._download(
            _get_combined_pdf.ENDPOINT,
            parts,
            path,
            progress=progress,
            max_bytes=max_bytes,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def redraw(
        self,
        *,
        street: str,
        city: str,
        country: str,
        source: str,
        suite: str | None = None,
        state: str | None = None,
        postal_code: str | None = None,
        info: str | None = None,
        external_id: str | None = None,
        package_type: str | None = None,
        add_ons: Sequence[str] | None = None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Create a redraw order

        Orders a floor plan redrawn from a source file (a blueprint or an existing plan) rather than from a
        scan. This charges the company: the client never retries it after the request was sent. Inferred:
        the path follows `/orders/draft`; the body follows what a public integration saw `POST /orders`
        validate (`street`, `city`, `country`, `source` required, `info` a string).

        A POST is never retried once sent (it could act twice); it carries an
        `Idempotency-Key` (pass `idempotency_key` to reuse yours).

        Args:
            street: (not described)
            city: (not described)
            country: (not described)
            source: Inferred: where the plan to redraw comes from (a file URL or id).
            suite: (not described)
            state: (not described)
            postal_code: (not described)
            info: (not described)
            external_id: (not described)
            package_type: (not described)
            add_ons: (not described)

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
            raise self._unexpected("redraw", unexpected)
        parts = _create_redraw_order.build_request(
            street=street,
            city=city,
            country=country,
            source=source,
            suite=suite,
            state=state,
            postal_code=postal_code,
            info=info,
            external_id=external_id,
            package_type=package_type,
            add_ons=add_ons,
        )
        return self._call(
            _create_redraw_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )


class OrdersWithRawResponse:
    """`client.orders.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: Orders) -> None:
        self.list_page = raw_response(resource.list_page)
        self.upgrade = raw_response(resource.upgrade)
        self.redeliver = raw_response(resource.redeliver)
        self.get = raw_response(resource.get)
        self.redraw = raw_response(resource.redraw)


class AsyncOrders(AsyncResource):
    """`client.orders` (async): Floor-plan orders."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_orders,
            "list_page": _list_orders,
            "upgrade": _upgrade_order,
            "redeliver": _redeliver_order,
            "get": _get_order,
            "combined_pdf": _get_combined_pdf,
            "redraw": _create_redraw_order,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncOrdersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        status: OrderStatus | str | Sequence[OrderStatus | str] | None = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> AsyncPaginator[PaginatedOrders, Order]:
        """List orders

        Lists the company's orders, newest first, 20 per page by default. List rows carry no
        `delivery_assets`; fetch one order for those.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).
            status: Only orders in these statuses; repeat the parameter for several
                (`?status=Pending&status=Ready`). The allowed values are inferred to be the order status
                enum.

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
            _list_orders.ENDPOINT,
            _list_orders.build_request,
            {
                "limit": limit,
                "offset": offset,
                "status": status,
            },
            _list_orders.PAGING,
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
        status: OrderStatus | str | Sequence[OrderStatus | str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> PaginatedOrders:
        """List orders

        Lists the company's orders, newest first, 20 per page by default. List rows carry no
        `delivery_assets`; fetch one order for those.

        Returns one page; `list()` iterates every page for you.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).
            status: Only orders in these statuses; repeat the parameter for several
                (`?status=Pending&status=Ready`). The allowed values are inferred to be the order status
                enum.

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
        parts = _list_orders.build_request(
            limit=limit,
            offset=offset,
            status=status,
        )
        return await self._call(
            _list_orders.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def upgrade(
        self,
        order_id: UUID | str,
        *,
        package_type: str | None = None,
        add_ons: Sequence[str] = (),
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Upgrade order

        Moves an existing order to a higher package and/or buys extra add-ons. This charges the company: the
        client never retries it after the request was sent. This operation owns every `POST
        /orders/{order_id}/post-purchase`, including `/orders/draft/post-purchase` (which also fits the
        template of `/orders/draft/{order_id}`, where POST is not declared): `draft` is not an order id, so
        that call is a `400`.

        A POST is never retried once sent (it could act twice); it carries an
        `Idempotency-Key` (pass `idempotency_key` to reuse yours).

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            package_type: New package; `null` keeps the current one. Open set.
            add_ons: Add-ons to buy; open set.

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
        if unexpected:
            raise self._unexpected("upgrade", unexpected)
        parts = _upgrade_order.build_request(
            order_id,
            package_type=package_type,
            add_ons=add_ons,
        )
        return await self._call(
            _upgrade_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )

    async def redeliver(
        self,
        order_id: UUID | str,
        *,
        order_preferences: OrderPreferences | Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Re-deliver order with styling options

        Asks CubiCasa to deliver the order again with other styling options. The method is seen; the path
        and body are inferred: the path follows `/orders/{order_id}/post-purchase`, the body reuses the
        draft order's `order_preferences`, and the response is taken to be the Order.

        A POST is never retried once sent (it could act twice); it carries an
        `Idempotency-Key` (pass `idempotency_key` to reuse yours).

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            order_preferences: Styling preferences for the deliverables.

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
        if unexpected:
            raise self._unexpected("redeliver", unexpected)
        parts = _redeliver_order.build_request(
            order_id,
            order_preferences=order_preferences,
        )
        return await self._call(
            _redeliver_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        order_id: UUID | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Get order by ID

        Returns the full order, including the download links of what has been delivered (`delivery_assets`).
        The path parameter is named `id` here (elsewhere `order_id`).

        Args:
            order_id: Id of the order.

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
        parts = _get_order.build_request(
            order_id,
        )
        return await self._call(
            _get_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def combined_pdf(
        self,
        order_id: UUID | str,
        path: str | os.PathLike[str],
        *,
        progress: ProgressCallback | None = None,
        max_bytes: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Path:
        """Get combined PDF document

        Returns one PDF combining the order's deliverables. The method is seen; the path is inferred from a
        public JavaScript integration that calls it "best-effort" and accepts either a PDF stream or JSON
        holding a URL, so both media types are declared.

        Args:
            order_id: Id of the order.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).

        The file is streamed to `path` (a temporary file beside it, renamed once complete);
        `progress(done, total)` is called as bytes arrive. Returns `path`.
        """
        if unexpected:
            raise self._unexpected("combined_pdf", unexpected)
        parts = _get_combined_pdf.build_request(
            order_id,
        )
        return await self._download(
            _get_combined_pdf.ENDPOINT,
            parts,
            path,
            progress=progress,
            max_bytes=max_bytes,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def redraw(
        self,
        *,
        street: str,
        city: str,
        country: str,
        source: str,
        suite: str | None = None,
        state: str | None = None,
        postal_code: str | None = None,
        info: str | None = None,
        external_id: str | None = None,
        package_type: str | None = None,
        add_ons: Sequence[str] | None = None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Create a redraw order

        Orders a floor plan redrawn from a source file (a blueprint or an existing plan) rather than from a
        scan. This charges the company: the client never retries it after the request was sent. Inferred:
        the path follows `/orders/draft`; the body follows what a public integration saw `POST /orders`
        validate (`street`, `city`, `country`, `source` required, `info` a string).

        A POST is never retried once sent (it could act twice); it carries an
        `Idempotency-Key` (pass `idempotency_key` to reuse yours).

        Args:
            street: (not described)
            city: (not described)
            country: (not described)
            source: Inferred: where the plan to redraw comes from (a file URL or id).
            suite: (not described)
            state: (not described)
            postal_code: (not described)
            info: (not described)
            external_id: (not described)
            package_type: (not described)
            add_ons: (not described)

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
            raise self._unexpected("redraw", unexpected)
        parts = _create_redraw_order.build_request(
            street=street,
            city=city,
            country=country,
            source=source,
            suite=suite,
            state=state,
            postal_code=postal_code,
            info=info,
            external_id=external_id,
            package_type=package_type,
            add_ons=add_ons,
        )
        return await self._call(
            _create_redraw_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )


class AsyncOrdersWithRawResponse:
    """`client.orders.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncOrders) -> None:
        self.list_page = async_raw_response(resource.list_page)
        self.upgrade = async_raw_response(resource.upgrade)
        self.redeliver = async_raw_response(resource.redeliver)
        self.get = async_raw_response(resource.get)
        self.redraw = async_raw_response(resource.redraw)
