"""What the CubiCasa spec cannot say: how its error bodies name the invalid fields.

Named in generator-config.yaml (`hooks: cubicasa._hooks`); the runtime reads
`ERROR_READING` from here when it turns an error answer into an exception.
"""

from __future__ import annotations

from typing import Any

from clientkit import ErrorReading, FieldError

LOCATION_GROUPS = {"body_params": "body", "query_params": "query", "path_params": "path"}


def field_errors(body: Any) -> tuple[FieldError, ...]:
    """Each invalid field of a 400 body `{"validation_error": {"body_params": [{"loc": [...], "msg": ...}]}}`,
    e.g. `body.street: field required`."""
    if not isinstance(body, dict) or not isinstance(body.get("validation_error"), dict):
        return ()
    found: list[FieldError] = []
    for group, prefix in LOCATION_GROUPS.items():
        for entry in body["validation_error"].get(group) or []:
            if isinstance(entry, dict):
                loc = entry.get("loc") or []
                location = (prefix, *(p for p in loc if isinstance(p, str | int)))
                found.append(FieldError(location, str(entry.get("msg", "invalid"))))
    return tuple(found)


ERROR_READING = ErrorReading(field_errors=field_errors)
