"""`client.change_requests`: ask for a fix on a delivered order, list and read them."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from clientkit import AsyncPaginator, SyncPaginator
from clientkit.arguments import as_uuid, positive, require_text
from clientkit.resource import ArgumentError, AsyncResource, Call, SyncResource
from cubicasa._paging import DEFAULT_LIMIT, by_id, strategy
from cubicasa.resources._common import extra
from cubicasa_client.api.change_requests import create_change_request, get_change_request, list_change_requests
from cubicasa_client.models import ChangeRequest, ChangeRequestCreate, PaginatedChangeRequests

PAGES = strategy(PaginatedChangeRequests)


def create_call(order_id: UUID | str, fields: dict[str, Any]) -> Call[ChangeRequest]:
    if not fields:
        raise ArgumentError("a change request needs at least one field describing the change")
    body = extra(ChangeRequestCreate(), fields)
    return Call(create_change_request, ChangeRequest, {"order_id": as_uuid(order_id, "order_id"), "body": body})


def list_page_call(order_id: UUID | str, *, offset: int, limit: int) -> Call[PaginatedChangeRequests]:
    params = {
        "order_id": as_uuid(order_id, "order_id"),
        "offset": positive(offset, "offset", minimum=0),
        "limit": positive(limit, "limit"),
    }
    return Call(list_change_requests, PaginatedChangeRequests, params)


def get_call(order_id: UUID | str, change_request_id: str) -> Call[ChangeRequest]:
    params = {
        "order_id": as_uuid(order_id, "order_id"),
        "change_request_id": require_text(change_request_id, "change_request_id"),
    }
    return Call(get_change_request, ChangeRequest, params)


class ChangeRequests(SyncResource):
    def create(self, order_id: UUID | str, **fields: Any) -> ChangeRequest:
        """Ask for a change; the order moves to Fixing. Fields are sent as given (not published)."""
        return self._run(create_call(order_id, fields))

    def list(
        self, order_id: UUID | str, *, limit: int = DEFAULT_LIMIT, max_pages: int | None = None, dedupe: bool = False
    ) -> SyncPaginator[PaginatedChangeRequests, ChangeRequest]:
        first = list_page_call(order_id, offset=0, limit=limit)
        return SyncPaginator(
            lambda cursor: self._run(Call(list_change_requests, PaginatedChangeRequests, cursor)),
            PAGES,
            dict(first.params),
            max_pages=max_pages,
            dedupe_key=by_id if dedupe else None,
        )

    def list_page(
        self, order_id: UUID | str, *, offset: int = 0, limit: int = DEFAULT_LIMIT
    ) -> PaginatedChangeRequests:
        return self._run(list_page_call(order_id, offset=offset, limit=limit))

    def get(self, order_id: UUID | str, change_request_id: str) -> ChangeRequest:
        return self._run(get_call(order_id, change_request_id))


class AsyncChangeRequests(AsyncResource):
    async def create(self, order_id: UUID | str, **fields: Any) -> ChangeRequest:
        return await self._run(create_call(order_id, fields))

    def list(
        self,
        order_id: UUID | str,
        *,
        limit: int = DEFAULT_LIMIT,
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
    ) -> AsyncPaginator[PaginatedChangeRequests, ChangeRequest]:
        first = list_page_call(order_id, offset=0, limit=limit)
        return AsyncPaginator(
            lambda cursor: self._run(Call(list_change_requests, PaginatedChangeRequests, cursor)),
            PAGES,
            dict(first.params),
            max_pages=max_pages,
            dedupe_key=by_id if dedupe else None,
            prefetch=prefetch,
        )

    async def list_page(
        self, order_id: UUID | str, *, offset: int = 0, limit: int = DEFAULT_LIMIT
    ) -> PaginatedChangeRequests:
        return await self._run(list_page_call(order_id, offset=offset, limit=limit))

    async def get(self, order_id: UUID | str, change_request_id: str) -> ChangeRequest:
        return await self._run(get_call(order_id, change_request_id))
