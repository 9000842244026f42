"""How NU Web words its errors: Laravel's `{"message": ..., "errors": {"field": ["msg", ...]}}` on 422."""

from __future__ import annotations

from typing import Any

from clientkit import ErrorReading, FieldError


def _location(name: str) -> tuple[str | int, ...]:
    """Laravel's dotted field names, `roles.0` -> ("roles", 0)."""
    return tuple(int(part) if part.isdigit() else part for part in name.split("."))


def field_errors(body: Any) -> tuple[FieldError, ...]:
    """Each invalid field of a 422 body, e.g. `email: The email field is required.`."""
    if not isinstance(body, dict) or not isinstance(body.get("errors"), dict):
        return ()
    found: list[FieldError] = []
    for name, messages in body["errors"].items():
        location = _location(str(name))
        for message in messages if isinstance(messages, list) else [messages]:
            found.append(FieldError(location, str(message)))
    return tuple(found)


ERROR_READING = ErrorReading(field_errors=field_errors)
