"""Pulse's page-number paging: ask for page=1, 2, ...; stop at `totalPages` or on an empty page.

The envelope is `{data, page, pageSize, total, totalPages}` (inferred for users from the tickets
list). The spec's rule is "stop when `page >= totalPages` or `data` is empty". A server (or a
static mock) that ignores `page` and keeps sending page 1 is caught by the echoed `page` number
as soon as that page arrives (before any of its items are yielded), so iteration raises
`PaginationError` instead of re-reading the same page up to `totalPages` times.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from clientkit import PageNumberStrategy, PaginationError
from pulse_crm_client.models import PaginatedUsers, User
from pulse_crm_client.types import Unset


def _known(value: int | Unset) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def checked(page: PaginatedUsers, requested: int) -> PaginatedUsers:
    """`page`, unless it says it is another page than the one asked for (the server ignores `page`)."""
    echoed = _known(page.page)
    if echoed is not None and echoed != requested:
        raise PaginationError(
            f"asked for page {requested} but the server sent page {echoed}; "
            "it seems to ignore the page parameter, stopping instead of looping"
        )
    return page


def has_next(page: PaginatedUsers, current: int) -> bool:
    """Whether a page after `current` exists, by the envelope's own numbers."""
    if not page.data:
        return False
    total_pages = _known(page.total_pages)
    if total_pages is not None:
        return current < total_pages
    size, total = _known(page.page_size), _known(page.total)
    if size is not None and total is not None:
        return current * size < total
    if size is not None:
        return len(page.data) >= size  # a short page is the last one
    return True  # nothing to go by: the next page tells (an empty page ends it)


PAGES: PageNumberStrategy[PaginatedUsers, User] = PageNumberStrategy(
    get_items=lambda page: page.data, has_next=has_next
)


def by_id(user: Any) -> Hashable:
    """De-duplication key: the user's integer id (users without one are never dropped)."""
    return user.id if isinstance(user.id, int) else id(user)
