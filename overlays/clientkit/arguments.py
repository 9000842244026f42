"""Check and convert method arguments up front, so bad input fails with a message naming it."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar
from uuid import UUID

from clientkit.redaction import scrub
from clientkit.resource import ArgumentError

E = TypeVar("E", bound=StrEnum)


def _invalid(message: str) -> ArgumentError:
    """The error to raise, with any registered secret (a key pasted in the wrong place) masked."""
    return ArgumentError(scrub(message))


def as_uuid(value: UUID | str, name: str) -> UUID:
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        raise _invalid(f"{name} must be a UUID, got {value!r}") from None


def as_enum(value: E | str, enum: type[E], name: str) -> E:
    """Known values become members; unknown ones become tolerant pseudo-members (the server decides)."""
    if not isinstance(value, str):
        raise _invalid(f"{name} must be one of {[m.value for m in enum]}, got {value!r}")
    return enum(value)


def as_str_list(values: Iterable[str] | None, name: str) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        raise _invalid(f"{name} must be a list of strings, not a single string {values!r}")
    items = list(values)
    bad = [v for v in items if not isinstance(v, str)]
    if bad:
        raise _invalid(f"{name} must contain only strings, got {bad[0]!r}")
    return items


def require_text(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _invalid(f"{name} must be a non-empty string, got {value!r}")
    return value


def positive(value: int, name: str, *, minimum: int = 1) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise _invalid(f"{name} must be a whole number >= {minimum}, got {value!r}")
    return value


def as_int_id(value: int | str, name: str) -> int:
    """A numeric id given as an int or as digits (ids often arrive as strings in JSON:API)."""
    if isinstance(value, str):
        if not value.isdigit():
            raise _invalid(f"{name} must be a whole number, got {value!r}")
        value = int(value)
    return positive(value, name)
