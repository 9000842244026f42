"""CubiCasa's offset paging: send the server's `next_offset` as is, stop when `has_more` is false."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Protocol, TypeVar

from clientkit import OffsetStrategy
from cubicasa_client.models import Pagination
from cubicasa_client.types import Unset

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


class Page(Protocol):
    """Any `{pagination, items}` envelope of the generated models."""

    pagination: Pagination

    @property
    def items(self) -> Sequence[Any]: ...


PageT = TypeVar("PageT", bound=Page)


def _next_offset(page: Page) -> int | None:
    value = page.pagination.next_offset
    return None if value is None or isinstance(value, Unset) else value


def strategy(page_type: type[PageT]) -> OffsetStrategy[PageT, Any]:
    """The paging strategy for one envelope model (`PaginatedUsers`, `PaginatedOrders`, ...)."""
    return OffsetStrategy(
        get_items=lambda page: page.items,
        has_more=lambda page: bool(page.pagination.has_more),
        next_offset=_next_offset,
    )


def by_id(item: Any) -> Hashable:
    """De-duplication key: the item's id (every CubiCasa list item has one)."""
    return str(item.id)
