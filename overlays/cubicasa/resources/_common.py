"""Helpers the CubiCasa resources share."""

from __future__ import annotations

from typing import Any, TypeVar

from clientkit.options import new_idempotency_key
from cubicasa_client.types import UNSET, Unset

T = TypeVar("T")


def unset(value: T | None) -> T | Unset:
    """None (not given) becomes the generator's UNSET, so the field is left out of the body."""
    return UNSET if value is None else value


def idempotency(key: str | None) -> str:
    """The caller's key, or a fresh one: a write sent again by the user's own retry is recognisable."""
    return key or new_idempotency_key()


def extra(model: Any, fields: dict[str, Any]) -> Any:
    """Attach fields the spec does not name (open objects) to a generated model, then return it."""
    for key, value in fields.items():
        model[key] = value
    return model
