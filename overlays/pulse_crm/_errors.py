"""How Pulse CRM words its errors.

The spec's `Error` has two published variants: `{"error", "status", "message"}` (the vendor's
swagger) and `{"error", "message", "dev_err_msg"}` (the developers.chargeloop.com reference).
`error` is a short label and `message` the longer text, so the message comes first in summaries.
Neither variant publishes per-field details, but the object is open: this reader picks up the
common shapes a validation failure may carry (`errors`/`details`/`issues` lists of
`{field|path, message}`, or a `fieldErrors`/`errors` map of field → message(s)), and finds
nothing, rather than failing, in anything else.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clientkit import ErrorReading, FieldError

LIST_KEYS = ("errors", "fieldErrors", "validationErrors", "details", "issues")
MAP_KEYS = ("fieldErrors", "errors")  # {"email": ["Invalid email"]} (zod's flatten(), Rails)
LOCATION_KEYS = ("path", "field", "loc", "param", "property", "name")
MESSAGE_KEYS = ("message", "msg", "error", "detail")


def field_errors(body: Any) -> tuple[FieldError, ...]:
    """Each invalid field of an error body, e.g. `email: Invalid email`; () when none are named."""
    if not isinstance(body, Mapping):
        return ()
    found = _from_list(body) or _from_map(body)
    if not found and isinstance(body.get("details"), Mapping):  # {"details": {"fieldErrors": {...}}}
        found = _from_map(body["details"])
    return found


def _from_list(body: Mapping[str, Any]) -> tuple[FieldError, ...]:
    for key in LIST_KEYS:
        entries = body.get(key)
        if not isinstance(entries, list):
            continue
        found = tuple(error for entry in entries if (error := _entry(entry)) is not None)
        if found:
            return found
    return ()


def _entry(entry: Any) -> FieldError | None:
    if not isinstance(entry, Mapping):
        return None
    location = next((_location(entry[k]) for k in LOCATION_KEYS if k in entry), ())
    if not location:
        return None
    message = next((entry[k] for k in MESSAGE_KEYS if isinstance(entry.get(k), str)), "invalid")
    return FieldError(location, message)


def _location(value: Any) -> tuple[str | int, ...]:
    if isinstance(value, str):
        return tuple(part for part in value.split(".") if part)
    if isinstance(value, list):
        return tuple(part for part in value if isinstance(part, str | int) and not isinstance(part, bool))
    return ()


def _from_map(body: Mapping[str, Any]) -> tuple[FieldError, ...]:
    for key in MAP_KEYS:
        fields = body.get(key)
        if not isinstance(fields, Mapping):
            continue
        found: list[FieldError] = []
        for name, messages in fields.items():
            texts = [messages] if isinstance(messages, str) else messages if isinstance(messages, list) else []
            found.extend(FieldError(_location(name) or (name,), text) for text in texts if isinstance(text, str))
        if found:
            return tuple(found)
    return ()


ERROR_READING = ErrorReading(field_errors=field_errors, message_keys=("message", "error", "detail", "title"))
