"""The page users see when listing NU Web users: flat objects plus the page's own numbers and links.

Iteration itself (page numbers, `links.next`, `meta.total`, loop guards, prefetch) is the
runtime's, declared in the spec (`x-sdk-pagination`); this is only the page's shape.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from nuweb._jsonapi import EMPTY, empty
from nuweb_client.models import JsonApiLinks, JsonApiMeta
from nuweb_client.types import Unset

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
        """Whether the server says another page follows (a next link, or fewer than `total` so far)."""
        if not self.items or ("next" in self.links and not self.links["next"]):
            return False
        return self.total is None or self.number * self.limit < self.total

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
