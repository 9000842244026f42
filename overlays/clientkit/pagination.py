"""Lazy item and page iterators that can never loop forever.

A page strategy says how one API pages (where the items are, what to ask for
next); the iterators here supply everything else: laziness, the loop guard
(a cursor that repeats or a page that makes no progress raises
`PaginationError` naming it), `max_pages`, de-duplication by id and, for the
async iterator, bounded prefetch of predicted pages.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from clientkit.errors import PaginationError

if TYPE_CHECKING:
    import asyncio  # imported where used: sync users never pay for asyncio

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)
PageT_contra = TypeVar("PageT_contra", contravariant=True)
Cursor = dict[str, Any]  # the query parameters that select one page, e.g. {"offset": 40}


class PageStrategy(Protocol[PageT_contra, ItemT_co]):
    """How one API pages: the items of a page and the cursor of the next one."""

    def items(self, page: PageT_contra) -> Sequence[ItemT_co]: ...

    def next_cursor(self, page: PageT_contra, cursor: Cursor) -> Cursor | None:
        """The next page's cursor, or None when this page is the last."""
        ...

    def predict(self, cursor: Cursor, next_cursor: Cursor, ahead: int) -> Cursor | None:
        """The cursor `ahead` pages after `next_cursor`, if it can be known in advance."""
        ...


def _key(cursor: Cursor) -> tuple[tuple[str, Any], ...]:
    """A hashable identity of a cursor; list values (repeated query params) become tuples."""
    return tuple(sorted((k, tuple(v) if isinstance(v, list | tuple | set) else v) for k, v in cursor.items()))


def _describe(cursor: Cursor) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(cursor.items()))


@dataclass
class _Guard:
    """Refuses cursors already requested and 'more to come' pages that bring nothing."""

    max_pages: int | None
    requested: set[tuple[tuple[str, Any], ...]]
    pages: int = 0

    def admit(self, cursor: Cursor) -> None:
        key = _key(cursor)
        if key in self.requested:
            raise PaginationError(
                f"the server sent the page cursor {_describe(cursor)} again after it was already requested; "
                "stopping instead of looping forever"
            )
        self.requested.add(key)

    def after_page(self, cursor: Cursor, item_count: int, next_cursor: Cursor | None) -> bool:
        """True when iteration should go on to `next_cursor`."""
        self.pages += 1
        if next_cursor is None:
            return False
        if item_count == 0:
            raise PaginationError(
                f"the page at {_describe(cursor)} was empty but the server says more follow "
                f"(next: {_describe(next_cursor)}); stopping instead of looping forever"
            )
        return self.max_pages is None or self.pages < self.max_pages


class _Dedupe:
    def __init__(self, key: Callable[[Any], Hashable] | None) -> None:
        self._key = key
        self._seen: set[Hashable] = set()

    def fresh(self, item: Any) -> bool:
        if self._key is None:
            return True
        k = self._key(item)
        if k in self._seen:
            return False
        self._seen.add(k)
        return True


class SyncPaginator(Generic[PageT, ItemT]):
    """Iterate items (`for x in paginator`) or whole pages (`paginator.pages()`), fetching lazily."""

    def __init__(
        self,
        fetch: Callable[[Cursor], PageT],
        strategy: PageStrategy[PageT, ItemT],
        first: Cursor,
        *,
        max_pages: int | None = None,
        dedupe_key: Callable[[ItemT], Hashable] | None = None,
    ) -> None:
        if max_pages is not None and max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        self._fetch = fetch
        self._strategy = strategy
        self._first = dict(first)
        self._max_pages = max_pages
        self._dedupe_key = dedupe_key

    def pages(self) -> Iterator[PageT]:
        guard = _Guard(self._max_pages, set())
        cursor: Cursor | None = self._first
        while cursor is not None:
            guard.admit(cursor)
            page = self._fetch(cursor)
            yield page
            next_cursor = self._strategy.next_cursor(page, cursor)
            cursor = next_cursor if guard.after_page(cursor, len(self._strategy.items(page)), next_cursor) else None

    def __iter__(self) -> Iterator[ItemT]:
        dedupe = _Dedupe(self._dedupe_key)
        for page in self.pages():
            for item in self._strategy.items(page):
                if dedupe.fresh(item):
                    yield item


class AsyncPaginator(Generic[PageT, ItemT]):
    """`async for` over items, or `.pages()`; `prefetch=N` fetches up to N predicted pages ahead."""

    def __init__(
        self,
        fetch: Callable[[Cursor], Awaitable[PageT]],
        strategy: PageStrategy[PageT, ItemT],
        first: Cursor,
        *,
        max_pages: int | None = None,
        dedupe_key: Callable[[ItemT], Hashable] | None = None,
        prefetch: int = 0,
    ) -> None:
        if max_pages is not None and max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        if prefetch < 0:
            raise ValueError("prefetch must be >= 0")
        self._fetch = fetch
        self._strategy = strategy
        self._first = dict(first)
        self._max_pages = max_pages
        self._dedupe_key = dedupe_key
        self._prefetch = prefetch

    async def pages(self) -> AsyncIterator[PageT]:
        import asyncio  # noqa: PLC0415

        guard = _Guard(self._max_pages, set())
        ahead: dict[tuple[tuple[str, Any], ...], asyncio.Task[PageT]] = {}
        cursor: Cursor | None = self._first
        try:
            while cursor is not None:
                guard.admit(cursor)
                task = ahead.pop(_key(cursor), None)
                page = await task if task is not None else await self._fetch(cursor)
                next_cursor = self._strategy.next_cursor(page, cursor)
                go_on = guard.after_page(cursor, len(self._strategy.items(page)), next_cursor)
                if go_on and next_cursor is not None and self._prefetch:
                    self._schedule(ahead, cursor, next_cursor, guard)
                yield page
                cursor = next_cursor if go_on else None
        finally:
            for task in ahead.values():
                task.cancel()
            if ahead:
                await asyncio.gather(*ahead.values(), return_exceptions=True)

    def _schedule(
        self,
        ahead: dict[tuple[tuple[str, Any], ...], asyncio.Task[PageT]],
        cursor: Cursor,
        next_cursor: Cursor,
        guard: _Guard,
    ) -> None:
        """Keep up to `prefetch` predicted pages in flight; a wrong guess only costs one GET."""
        import asyncio  # noqa: PLC0415

        budget = self._prefetch if self._max_pages is None else min(self._prefetch, self._max_pages - guard.pages)
        for step in range(budget):
            predicted = next_cursor if step == 0 else self._strategy.predict(cursor, next_cursor, step)
            if predicted is None:
                break
            key = _key(predicted)
            if key not in ahead and key not in guard.requested:
                ahead[key] = asyncio.ensure_future(self._fetch(predicted))

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        dedupe = _Dedupe(self._dedupe_key)
        async for page in self.pages():
            for item in self._strategy.items(page):
                if dedupe.fresh(item):
                    yield item


@dataclass(frozen=True)
class OffsetStrategy(Generic[PageT, ItemT]):
    """Offset paging where the server says `has_more` and the `next_offset` to send (send it as is)."""

    get_items: Callable[[PageT], Sequence[ItemT]]
    has_more: Callable[[PageT], bool]
    next_offset: Callable[[PageT], int | None]
    param: str = "offset"

    def items(self, page: PageT) -> Sequence[ItemT]:
        return self.get_items(page)

    def next_cursor(self, page: PageT, cursor: Cursor) -> Cursor | None:
        if not self.has_more(page):
            return None
        current = int(cursor.get(self.param, 0))
        nxt = self.next_offset(page)
        if nxt is None:
            raise PaginationError(f"the page at {self.param}={current} says more follow but gives no next offset")
        if nxt <= current:
            raise PaginationError(
                f"the page at {self.param}={current} points back to {self.param}={nxt}; "
                "stopping instead of looping forever"
            )
        return {**cursor, self.param: nxt}

    def predict(self, cursor: Cursor, next_cursor: Cursor, ahead: int) -> Cursor | None:
        stride = int(next_cursor[self.param]) - int(cursor.get(self.param, 0))
        return {**next_cursor, self.param: int(next_cursor[self.param]) + stride * ahead}


@dataclass(frozen=True)
class PageNumberStrategy(Generic[PageT, ItemT]):
    """Page-number paging (`page=1, 2, ...`) where the server says whether another page exists."""

    get_items: Callable[[PageT], Sequence[ItemT]]
    has_next: Callable[[PageT, int], bool]  # (page, current page number)
    param: str = "page"

    def items(self, page: PageT) -> Sequence[ItemT]:
        return self.get_items(page)

    def next_cursor(self, page: PageT, cursor: Cursor) -> Cursor | None:
        current = int(cursor.get(self.param, 1))
        return {**cursor, self.param: current + 1} if self.has_next(page, current) else None

    def predict(self, cursor: Cursor, next_cursor: Cursor, ahead: int) -> Cursor | None:
        return {**next_cursor, self.param: int(next_cursor[self.param]) + ahead}
