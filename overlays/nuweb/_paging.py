"""NU Web's page-number paging: `page=1, 2, ...` until `links.next` is null or `meta.total` is reached.

Each page is fetched lazily through the core's `PageNumberStrategy`. On top of
the core's guards (repeated cursor, empty page that claims more, `max_pages`)
iteration stops with `PaginationError` when the server's `links.next` points
back to a page already passed, or when a page repeats one already seen in this
iteration (a server or static mock that ignores `page` would otherwise be
paged through forever).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

import httpx

from clientkit import AsyncPaginator, PageNumberStrategy, PaginationError, SyncPaginator
from clientkit.pagination import Cursor
from nuweb._jsonapi import EMPTY, empty
from nuweb_client.models import JsonApiLinks, JsonApiMeta
from nuweb_client.types import Unset

DEFAULT_LIMIT = 100  # the vendor states no default or maximum for company users
ItemT = TypeVar("ItemT")


@dataclass(frozen=True, kw_only=True)
class Page(Generic[ItemT]):
    """One page of a list: its items, its number, `total` across all pages (if sent) and `raw`."""

    items: tuple[ItemT, ...]
    number: int
    limit: int
    total: int | None = None
    links: Mapping[str, str | None] = field(default_factory=empty, hash=False)
    raw: Any = field(default=None, hash=False, compare=False, repr=False)

    @property
    def next_url(self) -> str | None:
        return self.links.get("next")

    @property
    def has_next(self) -> bool:
        """Whether another page follows (raises `PaginationError` when the links make no sense)."""
        return has_next(self, self.number)

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def links_of(links: JsonApiLinks | Unset) -> Mapping[str, str | None]:
    """`first/last/prev/next/self` as sent; a key is absent when the server left it out."""
    if isinstance(links, Unset):
        return EMPTY
    return {key: value for key, value in links.to_dict().items() if value is None or isinstance(value, str)}


def total_of(meta: JsonApiMeta | Unset) -> int | None:
    if isinstance(meta, Unset) or not isinstance(meta.total, int) or isinstance(meta.total, bool):
        return None
    return meta.total


def _page_number(url: str) -> int | None:
    try:
        value = httpx.URL(url).params.get("page")
    except (httpx.InvalidURL, TypeError, ValueError):
        return None
    return int(value) if value is not None and value.isdigit() else None


def has_next(page: Page[Any], current: int) -> bool:
    """More pages follow unless: the page is empty, `links.next` is null, or `meta.total` is reached."""
    if not page.items:
        return False
    if "next" in page.links:
        next_url = page.links["next"]
        if not next_url:
            return False
        target = _page_number(next_url)
        if target is not None and target <= current:
            raise PaginationError(
                f"page {current} says the next page is page {target}; stopping instead of looping forever"
            )
    # Earlier pages were at least as long as this one, so `current * len(items)` positions are behind us:
    # reaching `meta.total` means this was the last page (a server-capped `limit` cannot stop us early).
    return not (page.total is not None and current * len(page.items) >= page.total)


def strategy() -> PageNumberStrategy[Page[Any], Any]:
    return PageNumberStrategy(get_items=lambda page: page.items, has_next=has_next)


class _RepeatGuard:
    """Refuses a page whose items are exactly those of a page already seen in this iteration."""

    def __init__(self, identity: Callable[[Any], Hashable]) -> None:
        self._identity = identity
        self._seen: dict[tuple[Hashable, ...], int] = {}

    def check(self, page: Page[Any]) -> None:
        if not page.items:
            return
        fingerprint = tuple(self._identity(item) for item in page.items)
        first = self._seen.setdefault(fingerprint, page.number)
        if first != page.number:
            raise PaginationError(
                f"page {page.number} repeats page {first} (the same {len(page.items)} items); the server seems "
                "to ignore `page`, stopping instead of looping forever"
            )


class JsonApiPaginator(SyncPaginator[Page[ItemT], ItemT]):
    """`for item in paginator` / `paginator.pages()`, lazily, with NU Web's loop guards."""

    def __init__(
        self,
        fetch: Callable[[Cursor], Page[ItemT]],
        first: Cursor,
        *,
        identity: Callable[[ItemT], Hashable],
        max_pages: int | None = None,
        dedupe: bool = False,
    ) -> None:
        super().__init__(fetch, strategy(), first, max_pages=max_pages, dedupe_key=identity if dedupe else None)
        self._identity = identity

    def pages(self) -> Iterator[Page[ItemT]]:
        guard = _RepeatGuard(self._identity)
        inner = cast(Generator[Page[ItemT], None, None], super().pages())
        try:
            for page in inner:
                guard.check(page)
                yield page
        finally:
            inner.close()


class AsyncJsonApiPaginator(AsyncPaginator[Page[ItemT], ItemT]):
    """`async for item in paginator` / `paginator.pages()`; `prefetch=N` keeps N next pages in flight."""

    def __init__(
        self,
        fetch: Callable[[Cursor], Awaitable[Page[ItemT]]],
        first: Cursor,
        *,
        identity: Callable[[ItemT], Hashable],
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
    ) -> None:
        super().__init__(
            fetch,
            strategy(),
            first,
            max_pages=max_pages,
            dedupe_key=identity if dedupe else None,
            prefetch=prefetch,
        )
        self._identity = identity

    async def pages(self) -> AsyncIterator[Page[ItemT]]:
        guard = _RepeatGuard(self._identity)
        inner = cast(AsyncGenerator[Page[ItemT], None], super().pages())
        try:
            async for page in inner:
                guard.check(page)
                yield page
        finally:
            await inner.aclose()


def by_id(item: Any) -> Hashable:
    """Identity of a NU Web resource object: its id (unique within one list)."""
    return str(item.id)
