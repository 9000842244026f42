"""What the NU Web resources share: argument helpers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from clientkit import Secret
from clientkit.arguments import as_str_list
from clientkit.resource import ArgumentError
from nuweb_client.types import UNSET, Unset

T = TypeVar("T")
Names = Iterable[str] | str | None  # "a,b", ["a", "b"] or None


def unset(value: T | None) -> T | Unset:
    """None (not given) becomes the generator's UNSET, so the field is left out of the body."""
    return UNSET if value is None else value


def comma_list(value: Names, name: str) -> str | None:
    """`include`/`only`/`except` go out comma-separated (the vendor accepts that; repeated keys are unsafe)."""
    if value is None:
        return None
    items = [value] if isinstance(value, str) else as_str_list(value, name) or []
    parts = [part.strip() for item in items for part in item.split(",") if part.strip()]
    return ",".join(parts) or None


def reveal(value: str | Secret | None, name: str) -> str | None:
    """A password given as text or `Secret`; registered as a secret so logs can never show it."""
    if value is None:
        return None
    secret = value if isinstance(value, Secret) else None
    if secret is None:
        if not isinstance(value, str) or not value:
            raise ArgumentError(f"{name} must be a non-empty string or a clientkit.Secret")
        secret = Secret(value)
    return secret.reveal()
