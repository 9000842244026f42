"""Lazy item and page iterators that can never loop forever, for every paging style of the specs.

A spec declares how a list operation pages with `x-sdk-pagination` (see
openapi/CONVENTIONS.md); the generator turns that into one of the rule objects
below (`OffsetPaging`, `PageNumberPaging`), which read the parsed page through
attribute paths. The iterators supply everything else: laziness, `max_pages`,
de-duplication by id and, for the async iterator, bounded prefetch.

Loop guards, for every style: a cursor already requested, a page that repeats
the items of an earlier page (in any order) while the cursor advances, three
pages in a row that bring no item absent from the 32 pages before them, an
empty page that claims more, a cursor of the wrong type, or a server pointing
backwards each raise `PaginationError` naming what happened. A walk stops
after 100,000 pages unless `max_pages` says otherwise.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from clientkit.errors import PaginationError

if TYPE_CHECKING:
    import asyncio  # imported where used: sync users never pay for asyncio

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")
Cursor = dict[str, Any]  # the method arguments that select one page, e.g. {"offset": 40}
MAX_PAGES_DEFAULT = 100_000  # a walk longer than this is a server bug, not a list


def read(obj: Any, path: Sequence[str]) -> Any:
    """`obj.a.b` for path ("a", "b"); None where a step is missing, None or UNSET."""
    for name in path:
        obj = getattr(obj, name, None)
        if obj is None or type(obj).__name__ == "Unset":
            return None
    return obj


def _whole(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Paging(Protocol):
    """How one operation pages: the items of a raw page and the cursor of the next one."""

    @property
    def item_id(self) -> tuple[str, ...]:
        """Attribute path of an item's identity (loop guard, `dedupe=True`)."""
        ...

    def items(self, page: Any) -> Sequence[Any]: ...

    def next_cursor(self, page: Any, cursor: Cursor) -> Cursor | None:
        """The next page's cursor, or None when this page is the last."""
        ...

    def predict(self, cursor: Cursor, next_cursor: Cursor, ahead: int) -> Cursor | None:
        """The cursor `ahead` pages after `next_cursor`, if it can be known in advance."""
        ...


@dataclass(frozen=True)
class OffsetPaging:
    """Offset paging where the server says whether more follow and the offset to send next (as is)."""

    items_path: tuple[str, ...]
    has_more_path: tuple[str, ...]
    next_offset_path: tuple[str, ...]
    offset_param: str = "offset"
    item_id: tuple[str, ...] = ("id",)

    def items(self, page: Any) -> Sequence[Any]:
        found = read(page, self.items_path)
        return found if isinstance(found, list | tuple) else ()

    def next_cursor(self, page: Any, cursor: Cursor) -> Cursor | None:
        has_more = read(page, self.has_more_path)
        current = _whole(cursor.get(self.offset_param)) or 0
        if has_more is not None and not isinstance(has_more, bool):
            raise PaginationError(
                f"the page at {self.offset_param}={current} says whether more follow with {has_more!r:.40}, "
                "not true or false"
            )
        if not has_more:
            return None
        raw_next = read(page, self.next_offset_path)
        nxt = _whole(raw_next)
        if nxt is None:
            shown = "no next offset" if raw_next is None else f"a next offset of {raw_next!r}, not a whole number"
            raise PaginationError(f"the page at {self.offset_param}={current} says more follow but gives {shown}")
        if nxt <= current:
            raise PaginationError(
                f"the page at {self.offset_param}={current} points back to {self.offset_param}={nxt}; "
                "stopping instead of looping forever"
            )
        return {**cursor, self.offset_param: nxt}

    def predict(self, cursor: Cursor, next_cursor: Cursor, ahead: int) -> Cursor | None:
        current = _whole(cursor.get(self.offset_param)) or 0
        stride = int(next_cursor[self.offset_param]) - current
        return {**next_cursor, self.offset_param: int(next_cursor[self.offset_param]) + stride * ahead}


@dataclass(frozen=True)
class PageNumberPaging:
    """Page-number paging (`page=1, 2, ...`); the page's own numbers, when sent, say where it ends.

    Stops at an empty page, a null `next` link, `page >= total_pages`, or once `total`
    items are behind; refuses a page that says it is another page than the one asked for.
    """

    items_path: tuple[str, ...]
    page_param: str = "page"
    echoed_page_path: tuple[str, ...] | None = None
    total_pages_path: tuple[str, ...] | None = None
    page_size_path: tuple[str, ...] | None = None
    total_path: tuple[str, ...] | None = None
    next_link_path: tuple[str, ...] | None = None
    item_id: tuple[str, ...] = ("id",)
    first_page: int = 1

    def items(self, page: Any) -> Sequence[Any]:
        found = read(page, self.items_path)
        return found if isinstance(found, list | tuple) else ()

    def current(self, cursor: Cursor) -> int:
        return _whole(cursor.get(self.page_param)) or self.first_page

    def check(self, page: Any, cursor: Cursor) -> None:
        self._check_echo(page, self.current(cursor))

    def next_cursor(self, page: Any, cursor: Cursor) -> Cursor | None:
        current = self.current(cursor)
        items = self.items(page)
        if not items:
            return None
        if self.next_link_path is not None and not self._link_allows_more(page, current):
            return None
        if not self._numbers_allow_more(page, current, len(items)):
            return None
        return {**cursor, self.page_param: current + 1}

    def _check_echo(self, page: Any, requested: int) -> None:
        if self.echoed_page_path is None:
            return
        echoed = _whole(read(page, self.echoed_page_path))
        if echoed is not None and echoed != requested:
            raise PaginationError(
                f"asked for page {requested} but the server sent page {echoed}; "
                "it seems to ignore the page parameter, stopping instead of looping"
            )

    def _link_allows_more(self, page: Any, current: int) -> bool:
        assert self.next_link_path is not None
        links = read(page, self.next_link_path[:-1]) if len(self.next_link_path) > 1 else page
        name = self.next_link_path[-1]
        if links is None or not hasattr(links, name) or type(getattr(links, name)).__name__ == "Unset":
            return True  # no link at all: the numbers (or an empty page) decide
        target_url = getattr(links, name)
        if not target_url:
            return False
        if not isinstance(target_url, str):
            raise PaginationError(f"page {current} has a next link that is not a URL: {target_url!r}")
        target = _page_in(target_url, self.page_param)
        if target is not None and target <= current:
            raise PaginationError(
                f"page {current} says the next page is page {target}; stopping instead of looping forever"
            )
        return True

    def _numbers_allow_more(self, page: Any, current: int, count: int) -> bool:
        total_pages = _whole(read(page, self.total_pages_path)) if self.total_pages_path else None
        if total_pages is not None:
            return current < total_pages
        total = _whole(read(page, self.total_path)) if self.total_path else None
        size = _whole(read(page, self.page_size_path)) if self.page_size_path else None
        if total is not None:
            # Earlier pages were at least as long as this one: `current * per_page` positions are behind us.
            return current * (size or count) < total
        if size is not None:
            return count >= size  # a short page is the last one
        return True  # nothing to go by: the next page tells (an empty page ends it)

    def predict(self, cursor: Cursor, next_cursor: Cursor, ahead: int) -> Cursor | None:
        return {**next_cursor, self.page_param: int(next_cursor[self.page_param]) + ahead}


def _page_in(url: str, param: str) -> int | None:
    try:
        value = httpx.URL(url).params.get(param)
    except (httpx.InvalidURL, TypeError, ValueError):
        return None
    return int(value) if value is not None and value.isascii() and value.isdigit() else None


def _key(cursor: Cursor) -> tuple[tuple[str, Any], ...]:
    """A hashable identity of a cursor; list values (repeated query params) become tuples."""
    return tuple(sorted((k, tuple(v) if isinstance(v, list | tuple | set) else v) for k, v in cursor.items()))


def _describe(cursor: Cursor, paging: Paging) -> str:
    if isinstance(paging, PageNumberPaging):
        return f"{paging.page_param}={paging.current(cursor)}"
    if isinstance(paging, OffsetPaging):
        return f"{paging.offset_param}={_whole(cursor.get(paging.offset_param)) or 0}"
    return ", ".join(f"{k}={v}" for k, v in sorted(cursor.items()) if v is not None)


def _identity(item: Any, path: tuple[str, ...]) -> Hashable:
    value = read(item, path)
    if value is None:
        return ("object", id(item))
    try:
        hash(value)
    except TypeError:
        return str(value)
    return value  # type: ignore[no-any-return]


def _fingerprint(item: Any, path: tuple[str, ...]) -> int:
    """What the loop guard compares items by: the id, else (an item without one) its whole content."""
    value = read(item, path)
    if value is None:
        return hash(("content", repr(item)))
    try:
        return hash(value)  # ids are str, int or UUID: hashed as they are (str(UUID) was half the guard's time)
    except TypeError:
        return hash(str(value))


STALE_PAGES = 3  # this many pages in a row with nothing new while the cursor advances: no progress
RECENT_PAGES = 32  # "new" means: not on any of this many pages before


class _Guard:
    """Refuses cursors already requested, pages that repeat earlier ones, runs of pages that bring
    nothing new, and empty pages claiming more.

    Memory: one fingerprint per page walked (at most MAX_PAGES_DEFAULT) and the item fingerprints
    of the last RECENT_PAGES pages.
    """

    def __init__(self, paging: Paging, max_pages: int | None, error: type[PaginationError]) -> None:
        self.error = error
        self.paging = paging
        self.max_pages = max_pages
        self.requested: set[tuple[tuple[str, Any], ...]] = set()
        self.fingerprints: dict[int, str] = {}  # hash of a page's set of items -> where it was seen
        self.recent: deque[frozenset[int]] = deque()  # the item fingerprints of the last RECENT_PAGES pages
        self.recent_counts: Counter[int] = Counter()  # fingerprint -> on how many of them
        self.stale = 0  # pages in a row whose every item was on a recent page
        self.pages = 0

    def admit(self, cursor: Cursor) -> None:
        key = _key(cursor)
        if key in self.requested:
            raise self.error(
                f"the server sent the page cursor {_describe(cursor, self.paging)} again after it was already "
                "requested; stopping instead of looping forever"
            )
        self.requested.add(key)

    def _typed(self, exc: PaginationError) -> PaginationError:
        return exc if isinstance(exc, self.error) else self.error(str(exc))

    def check_page(self, cursor: Cursor, raw_page: Any) -> None:
        """Before a page's items are yielded: refuse a page that says it is another page, or that
        repeats an earlier one."""
        self.pages += 1
        check = getattr(self.paging, "check", None)
        if check is not None:
            try:
                check(raw_page, cursor)
            except PaginationError as exc:
                raise self._typed(exc) from None
        items = self.paging.items(raw_page)
        if not items:
            return
        where = _describe(cursor, self.paging)
        page = frozenset(_fingerprint(item, self.paging.item_id) for item in items)
        first = self.fingerprints.setdefault(hash(page), where)
        if first != where:
            raise self.error(
                f"the page at {where} repeats the {len(items)} items of the page at {first} while the "
                "cursor advances; the server seems to ignore it, stopping instead of looping forever"
            )
        counts = self.recent_counts
        self.stale = self.stale + 1 if all(fingerprint in counts for fingerprint in page) else 0
        self._remember(page)
        if self.stale >= STALE_PAGES:
            raise self.error(
                f"the last {STALE_PAGES} pages, up to the one at {where}, brought no item that was not on "
                f"the {RECENT_PAGES} pages before them while the cursor advanced; the server is not "
                "making progress (or the list changes faster than it can be read), stopping instead of "
                "looping forever"
            )

    def _remember(self, page: frozenset[int]) -> None:
        """Keep `page` among the recent ones, forgetting the oldest (per page: its size, not 32 times it)."""
        if len(self.recent) == RECENT_PAGES:
            oldest = self.recent.popleft()
            self.recent_counts.subtract(oldest)
            for fingerprint in oldest:
                if self.recent_counts[fingerprint] <= 0:
                    del self.recent_counts[fingerprint]
        self.recent.append(page)
        self.recent_counts.update(page)

    def advance(self, cursor: Cursor, raw_page: Any) -> tuple[Cursor | None, PaginationError | None]:
        """After a page: the cursor to go on to (None after the last page), or the error that stops
        the walk once this page's items have been yielded."""
        try:
            return self._advance(cursor, raw_page), None
        except PaginationError as exc:
            return None, self._typed(exc)

    def _advance(self, cursor: Cursor, raw_page: Any) -> Cursor | None:
        next_cursor = self.paging.next_cursor(raw_page, cursor)
        if next_cursor is None:
            return None
        if not self.paging.items(raw_page):
            raise PaginationError(
                f"the page at {_describe(cursor, self.paging)} was empty but the server says more follow "
                f"(next: {_describe(next_cursor, self.paging)}); stopping instead of looping forever"
            )
        limit = self.max_pages if self.max_pages is not None else MAX_PAGES_DEFAULT
        if self.pages >= limit:
            if self.max_pages is None:
                raise PaginationError(f"stopped after {limit:,} pages; pass max_pages= to walk further")
            return None
        return next_cursor


class _Dedupe:
    def __init__(self, key: tuple[str, ...] | None) -> None:
        self._key = key
        self._seen: set[Hashable] = set()

    def fresh(self, item: Any) -> bool:
        if self._key is None:
            return True
        k = _identity(item, self._key)
        if k in self._seen:
            return False
        self._seen.add(k)
        return True


class SyncPaginator(Generic[PageT, ItemT]):
    """Iterate items (`for x in paginator`) or whole pages (`paginator.pages()`), fetching lazily.

    `fetch(cursor)` returns `(raw, page)`: the parsed page the paging rules read, and the
    page users see (the same object unless an API hook reshapes it); `items_of(page)` its items.
    """

    def __init__(
        self,
        fetch: Callable[[Cursor], tuple[Any, PageT]],
        paging: Paging,
        first: Cursor,
        *,
        max_pages: int | None = None,
        dedupe: bool = False,
        items_of: Callable[[PageT], Sequence[ItemT]] | None = None,
        error: type[PaginationError] = PaginationError,
    ) -> None:
        self._error = error
        self._fetch = fetch
        self._paging = paging
        self._first = dict(first)
        self._max_pages = max_pages
        self._dedupe = dedupe
        self._items_of = items_of

    def _items(self, page: PageT, raw: Any) -> Sequence[ItemT]:
        return self._items_of(page) if self._items_of is not None else self._paging.items(raw)

    def _walk(self) -> Iterator[tuple[PageT, Any]]:
        guard = _Guard(self._paging, self._max_pages, self._error)
        cursor: Cursor | None = self._first
        while cursor is not None:
            guard.admit(cursor)
            raw, page = self._fetch(cursor)
            guard.check_page(cursor, raw)
            cursor, stop = guard.advance(cursor, raw)
            yield page, raw
            if stop is not None:
                raise stop

    def pages(self) -> Iterator[PageT]:
        for page, _ in self._walk():
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        dedupe = _Dedupe(self._paging.item_id if self._dedupe else None)
        for page, raw in self._walk():
            for item in self._items(page, raw):
                if dedupe.fresh(item):
                    yield item


class AsyncPaginator(Generic[PageT, ItemT]):
    """`async for` over items, or `.pages()`; `prefetch=N` keeps up to N next pages in flight.

    The next page is known from the current one; the ones after it are predicted from its stride.
    A prediction that proves wrong (the server's stride changed, or the list ended early) cancels
    every page in flight and turns prefetching off for the rest of the walk: at most `prefetch`
    requests are wasted per walk.
    """

    def __init__(
        self,
        fetch: Callable[[Cursor], Awaitable[tuple[Any, PageT]]],
        paging: Paging,
        first: Cursor,
        *,
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
        items_of: Callable[[PageT], Sequence[ItemT]] | None = None,
        error: type[PaginationError] = PaginationError,
    ) -> None:
        self._error = error
        self._fetch = fetch
        self._paging = paging
        self._first = dict(first)
        self._max_pages = max_pages
        self._dedupe = dedupe
        self._prefetch = prefetch
        self._items_of = items_of

    def _items(self, page: PageT, raw: Any) -> Sequence[ItemT]:
        return self._items_of(page) if self._items_of is not None else self._paging.items(raw)

    async def _walk(self) -> AsyncIterator[tuple[PageT, Any]]:
        guard = _Guard(self._paging, self._max_pages, self._error)
        ahead: deque[tuple[tuple[tuple[str, Any], ...], asyncio.Task[Any]]] = deque()  # predicted, in order
        prefetch = self._prefetch
        cursor: Cursor | None = self._first
        try:
            while cursor is not None:
                guard.admit(cursor)
                task = ahead.popleft()[1] if ahead and ahead[0][0] == _key(cursor) else None
                raw, page = await task if task is not None else await self._fetch(cursor)
                guard.check_page(cursor, raw)
                next_cursor, stop = guard.advance(cursor, raw)
                if ahead and (next_cursor is None or ahead[0][0] != _key(next_cursor)):
                    # The server did not go where we predicted (its stride changed, or the list ended):
                    # what is in flight is wasted, and predicting again could waste as much per page.
                    await _cancel(ahead)
                    prefetch = 0
                if next_cursor is not None and prefetch:
                    self._schedule(ahead, cursor, next_cursor, guard, prefetch)
                yield page, raw
                if stop is not None:
                    raise stop
                cursor = next_cursor
        finally:
            await _cancel(ahead)

    def _schedule(
        self,
        ahead: deque[tuple[tuple[tuple[str, Any], ...], asyncio.Task[Any]]],
        cursor: Cursor,
        next_cursor: Cursor,
        guard: _Guard,
        prefetch: int,
    ) -> None:
        """Keep the next `prefetch` pages in flight: `next_cursor` (known), then predicted ones."""
        import asyncio  # noqa: PLC0415

        budget = prefetch if self._max_pages is None else min(prefetch, self._max_pages - guard.pages)
        for step in range(len(ahead), budget):
            predicted = next_cursor if step == 0 else self._paging.predict(cursor, next_cursor, step)
            if predicted is None:
                break
            key = _key(predicted)
            if key in guard.requested:
                break
            ahead.append((key, asyncio.ensure_future(self._fetch(predicted))))

    async def pages(self) -> AsyncIterator[PageT]:
        async for page, _ in self._walk():
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        dedupe = _Dedupe(self._paging.item_id if self._dedupe else None)
        async for page, raw in self._walk():
            for item in self._items(page, raw):
                if dedupe.fresh(item):
                    yield item


async def _cancel(tasks: deque[tuple[Any, asyncio.Task[Any]]]) -> None:
    import asyncio  # noqa: PLC0415

    pending = [task for _, task in tasks]
    tasks.clear()
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)
