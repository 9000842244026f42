"""`client.orders`: list (filter by status), get, upgrade, re-deliver, redraw, combined PDF download."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NotRequired, TypedDict, Unpack
from uuid import UUID

import httpx

from clientkit import AsyncPaginator, ResponseValidationError, SyncPaginator
from clientkit.arguments import as_enum, as_str_list, as_uuid, positive, require_text
from clientkit.base_client import ProgressCallback
from clientkit.resource import AsyncResource, Call, SyncResource
from cubicasa._paging import DEFAULT_LIMIT, by_id, strategy
from cubicasa.resources._common import idempotency, unset
from cubicasa_client.api.orders import (
    create_redraw_order,
    get_combined_pdf,
    get_order,
    list_orders,
    redeliver_order,
    upgrade_order,
)
from cubicasa_client.models import (
    Order,
    OrderPreferences,
    OrderStatus,
    PaginatedOrders,
    RedeliverOrderRequest,
    RedrawOrderRequest,
    UpgradeOrderRequest,
)

PAGES = strategy(PaginatedOrders)
StatusFilter = Iterable[OrderStatus | str] | OrderStatus | str | None


def _statuses(status: StatusFilter) -> list[OrderStatus] | None:
    if status is None:
        return None
    values = [status] if isinstance(status, str) else list(status)
    return [as_enum(s, OrderStatus, "status") for s in values]


def list_page_call(*, offset: int, limit: int, status: StatusFilter) -> Call[PaginatedOrders]:
    params: dict[str, Any] = {"offset": positive(offset, "offset", minimum=0), "limit": positive(limit, "limit")}
    statuses = _statuses(status)
    if statuses:
        params["status"] = statuses
    return Call(list_orders, PaginatedOrders, params)


def get_call(order_id: UUID | str) -> Call[Order]:
    return Call(get_order, Order, {"id": as_uuid(order_id, "order_id")})


def upgrade_call(
    order_id: UUID | str, *, package_type: str | None, add_ons: Iterable[str], idempotency_key: str | None
) -> Call[Order]:
    body = UpgradeOrderRequest(package_type=package_type, add_ons=as_str_list(add_ons, "add_ons") or [])
    params = {"order_id": as_uuid(order_id, "order_id"), "body": body, "idempotency_key": idempotency(idempotency_key)}
    return Call(upgrade_order, Order, params)


def redeliver_call(
    order_id: UUID | str, *, order_preferences: OrderPreferences | dict[str, Any] | None, idempotency_key: str | None
) -> Call[Order]:
    prefs = OrderPreferences.from_dict(order_preferences) if isinstance(order_preferences, dict) else order_preferences
    body = RedeliverOrderRequest(order_preferences=unset(prefs))
    params = {"order_id": as_uuid(order_id, "order_id"), "body": body, "idempotency_key": idempotency(idempotency_key)}
    return Call(redeliver_order, Order, params)


class RedrawFields(TypedDict):
    """Body fields of a redraw order; `street`, `city`, `country` and `source` are required."""

    street: str
    city: str
    country: str
    source: str
    suite: NotRequired[str]
    state: NotRequired[str]
    postal_code: NotRequired[str]
    info: NotRequired[str]
    external_id: NotRequired[str]
    package_type: NotRequired[str]
    add_ons: NotRequired[list[str]]


def redraw_call(fields: RedrawFields, idempotency_key: str | None) -> Call[Order]:
    for name in ("street", "city", "country", "source"):
        require_text(fields.get(name), name)
    if "add_ons" in fields:
        as_str_list(fields["add_ons"], "add_ons")
    body = RedrawOrderRequest(**fields)
    return Call(create_redraw_order, Order, {"body": body, "idempotency_key": idempotency(idempotency_key)})


PDF_ACCEPT = {"accept": "application/pdf, application/json;q=0.5"}


def pdf_request(order_id: UUID | str) -> dict[str, Any]:
    """Ask for the PDF itself; the API may still answer JSON holding a link to it."""
    kwargs = get_combined_pdf._get_kwargs(id=as_uuid(order_id, "order_id"))
    kwargs["headers"] = {**kwargs.get("headers", {}), **PDF_ACCEPT}
    return kwargs


def link_request(url: str) -> dict[str, Any]:
    return {"method": "GET", "url": url, "headers": {"accept": "application/pdf, */*"}}


def pdf_paths(path: str | Path) -> tuple[Path, Path]:
    """Where the PDF goes, and where the API's first answer (the PDF, or JSON with its link) lands."""
    destination = Path(path)
    return destination, destination.with_name(destination.name + ".answer")


def pdf_link(saved: Path, headers: httpx.Headers) -> str | None:
    """When the API answered with JSON holding the PDF's URL (instead of the PDF), that URL."""
    if "json" not in headers.get("content-type", ""):
        return None
    try:
        url = json.loads(saved.read_bytes())["url"]
    except (ValueError, KeyError, TypeError):
        raise ResponseValidationError("the combined-PDF answer is JSON but holds no `url`") from None
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise ResponseValidationError(f"the combined-PDF answer holds no usable URL: {url!r}")
    return url


class Orders(SyncResource):
    def list(
        self,
        *,
        status: StatusFilter = None,
        limit: int = DEFAULT_LIMIT,
        offset: int = 0,
        max_pages: int | None = None,
        dedupe: bool = False,
    ) -> SyncPaginator[PaginatedOrders, Order]:
        """Every order (newest first), optionally only some statuses, fetched lazily."""
        first = list_page_call(offset=offset, limit=limit, status=status)
        return SyncPaginator(
            lambda cursor: self._run(Call(list_orders, PaginatedOrders, cursor)),
            PAGES,
            dict(first.params),
            max_pages=max_pages,
            dedupe_key=by_id if dedupe else None,
        )

    def list_page(self, *, offset: int = 0, limit: int = DEFAULT_LIMIT, status: StatusFilter = None) -> PaginatedOrders:
        return self._run(list_page_call(offset=offset, limit=limit, status=status))

    def get(self, order_id: UUID | str) -> Order:
        return self._run(get_call(order_id))

    def upgrade(
        self,
        order_id: UUID | str,
        *,
        add_ons: Iterable[str] = (),
        package_type: str | None = None,
        idempotency_key: str | None = None,
    ) -> Order:
        """Buy a higher package and/or add-ons. This charges money: it is never retried once sent."""
        return self._run(
            upgrade_call(order_id, package_type=package_type, add_ons=add_ons, idempotency_key=idempotency_key)
        )

    def redeliver(
        self,
        order_id: UUID | str,
        *,
        order_preferences: OrderPreferences | dict[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> Order:
        return self._run(redeliver_call(order_id, order_preferences=order_preferences, idempotency_key=idempotency_key))

    def redraw(self, *, idempotency_key: str | None = None, **fields: Unpack[RedrawFields]) -> Order:
        """Order a plan redrawn from a source file. This charges money: never retried once sent."""
        return self._run(redraw_call(fields, idempotency_key))

    def combined_pdf(self, order_id: UUID | str, path: str | Path, *, progress: ProgressCallback | None = None) -> Path:
        """Stream the order's combined PDF to `path` (never half-written) and return the path."""
        destination, answer = pdf_paths(path)
        try:
            headers = self._engine.download(pdf_request(order_id), answer, progress=progress)
            link = pdf_link(answer, headers)
            if link is None:
                answer.replace(destination)
            else:  # fetched without our credentials: the link points elsewhere
                self._engine.download(link_request(link), destination, progress=progress, credentials=False)
        finally:
            answer.unlink(missing_ok=True)
        return destination


class AsyncOrders(AsyncResource):
    def list(
        self,
        *,
        status: StatusFilter = None,
        limit: int = DEFAULT_LIMIT,
        offset: int = 0,
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
    ) -> AsyncPaginator[PaginatedOrders, Order]:
        first = list_page_call(offset=offset, limit=limit, status=status)
        return AsyncPaginator(
            lambda cursor: self._run(Call(list_orders, PaginatedOrders, cursor)),
            PAGES,
            dict(first.params),
            max_pages=max_pages,
            dedupe_key=by_id if dedupe else None,
            prefetch=prefetch,
        )

    async def list_page(
        self, *, offset: int = 0, limit: int = DEFAULT_LIMIT, status: StatusFilter = None
    ) -> PaginatedOrders:
        return await self._run(list_page_call(offset=offset, limit=limit, status=status))

    async def get(self, order_id: UUID | str) -> Order:
        return await self._run(get_call(order_id))

    async def upgrade(
        self,
        order_id: UUID | str,
        *,
        add_ons: Iterable[str] = (),
        package_type: str | None = None,
        idempotency_key: str | None = None,
    ) -> Order:
        return await self._run(
            upgrade_call(order_id, package_type=package_type, add_ons=add_ons, idempotency_key=idempotency_key)
        )

    async def redeliver(
        self,
        order_id: UUID | str,
        *,
        order_preferences: OrderPreferences | dict[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> Order:
        return await self._run(
            redeliver_call(order_id, order_preferences=order_preferences, idempotency_key=idempotency_key)
        )

    async def redraw(self, *, idempotency_key: str | None = None, **fields: Unpack[RedrawFields]) -> Order:
        return await self._run(redraw_call(fields, idempotency_key))

    async def combined_pdf(
        self, order_id: UUID | str, path: str | Path, *, progress: ProgressCallback | None = None
    ) -> Path:
        destination, answer = pdf_paths(path)
        try:
            headers = await self._engine.download(pdf_request(order_id), answer, progress=progress)
            link = pdf_link(answer, headers)
            if link is None:
                answer.replace(destination)
            else:
                await self._engine.download(link_request(link), destination, progress=progress, credentials=False)
        finally:
            answer.unlink(missing_ok=True)
        return destination
