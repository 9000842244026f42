"""`client.offices`: list (lazily) and add offices."""

from __future__ import annotations

from clientkit import AsyncPaginator, SyncPaginator
from clientkit.arguments import positive, require_text
from clientkit.resource import AsyncResource, Call, SyncResource
from cubicasa._paging import DEFAULT_LIMIT, by_id, strategy
from cubicasa_client.api.offices import create_office, list_offices
from cubicasa_client.models import Office, OfficeCreate, PaginatedOffices

PAGES = strategy(PaginatedOffices)


def list_page_call(*, offset: int, limit: int) -> Call[PaginatedOffices]:
    return Call(
        list_offices,
        PaginatedOffices,
        {"offset": positive(offset, "offset", minimum=0), "limit": positive(limit, "limit")},
    )


def create_call(name: str) -> Call[Office]:
    return Call(create_office, Office, {"body": OfficeCreate(name=require_text(name, "name"))})


class Offices(SyncResource):
    def list(
        self, *, limit: int = DEFAULT_LIMIT, max_pages: int | None = None, dedupe: bool = False
    ) -> SyncPaginator[PaginatedOffices, Office]:
        first = list_page_call(offset=0, limit=limit)
        return SyncPaginator(
            lambda cursor: self._run(Call(list_offices, PaginatedOffices, cursor)),
            PAGES,
            dict(first.params),
            max_pages=max_pages,
            dedupe_key=by_id if dedupe else None,
        )

    def list_page(self, *, offset: int = 0, limit: int = DEFAULT_LIMIT) -> PaginatedOffices:
        return self._run(list_page_call(offset=offset, limit=limit))

    def create(self, *, name: str) -> Office:
        return self._run(create_call(name))


class AsyncOffices(AsyncResource):
    def list(
        self, *, limit: int = DEFAULT_LIMIT, max_pages: int | None = None, dedupe: bool = False, prefetch: int = 0
    ) -> AsyncPaginator[PaginatedOffices, Office]:
        first = list_page_call(offset=0, limit=limit)
        return AsyncPaginator(
            lambda cursor: self._run(Call(list_offices, PaginatedOffices, cursor)),
            PAGES,
            dict(first.params),
            max_pages=max_pages,
            dedupe_key=by_id if dedupe else None,
            prefetch=prefetch,
        )

    async def list_page(self, *, offset: int = 0, limit: int = DEFAULT_LIMIT) -> PaginatedOffices:
        return await self._run(list_page_call(offset=offset, limit=limit))

    async def create(self, *, name: str) -> Office:
        return await self._run(create_call(name))
