"""Answers for operations a mock module has no handler for yet: straight from the spec.

When `make generate` adds an operation, the client gets a method at once; the mock
should not refuse to start until someone writes its handler. Such an operation is
answered with its first documented success: the media type's `example` (or first of
`examples`), else the schema's `example`, else a body built from the schema (required
fields, formats respected). The answer is still validated like any other. The
engine warns at start-up naming each such operation, and the test suite fails while
any operation of our own specs is answered this way.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable
from typing import Any

from clientkit_mocks.engine.api import MockRequest, MockResponse
from clientkit_mocks.engine.spec import Operation, Spec

MAX_DEPTH = 8


def _first_success(operation: Operation) -> tuple[int, str | None, str | None]:
    """(status, media type, schema pointer) of the first documented 2xx answer."""
    for key in sorted(operation.responses):
        if key.startswith("2"):
            status = 200 if key == "2XX" else int(key)
            content = operation.responses[key].content
            for media, pointer in content.items():
                if media == "application/json" or media.endswith("+json"):
                    return status, media, pointer
            if content:
                media, pointer = next(iter(content.items()))
                return status, media, pointer
            return status, None, None
    return 200, None, None


def _media_example(spec: Spec, pointer: str) -> Any:
    """The example declared on the media type object the schema pointer sits in, if any."""
    media = spec.deref({"$ref": "#" + pointer.rsplit("/schema", 1)[0]}) if pointer.endswith("/schema") else {}
    if isinstance(media, dict):
        if "example" in media:
            return media["example"]
        for example in (media.get("examples") or {}).values():
            resolved = spec.deref(example)
            if isinstance(resolved, dict) and "value" in resolved:
                return resolved["value"]
    return None


def sample(spec: Spec, schema: Any, depth: int = 0) -> Any:
    """A value that satisfies `schema`: its example, else one built from its type and format."""
    schema = spec.deref(schema) if isinstance(schema, dict) else {}
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return None
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for combiner in ("allOf", "oneOf", "anyOf"):
        if schema.get(combiner):
            parts = [sample(spec, part, depth + 1) for part in schema[combiner]]
            if combiner == "allOf" and all(isinstance(p, dict) for p in parts):
                merged: dict[str, Any] = {}
                for part in parts:
                    merged.update(part)
                return merged
            return parts[0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        return {
            name: sample(spec, properties[name], depth + 1) for name in schema.get("required", []) if name in properties
        }
    if kind == "array":
        count = max(int(schema.get("minItems", 0)), 0)
        return [sample(spec, schema.get("items") or {}, depth + 1) for _ in range(count)]
    return _scalar(kind, schema)


def _scalar(kind: Any, schema: dict[str, Any]) -> Any:
    if kind in {"integer", "number"}:
        return max(schema.get("minimum", 1), 1) if kind == "integer" else float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    formats: dict[str, Callable[[], Any]] = {
        "uuid": lambda: str(uuid.UUID(int=1)),
        "email": lambda: "someone@example.com",
        "date-time": lambda: datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC).isoformat(),
        "date": lambda: "2026-01-01",
        "uri": lambda: "https://example.com/",
    }
    make = formats.get(str(schema.get("format")))
    text = make() if make else "string"
    return text if len(text) >= int(schema.get("minLength", 0)) else text * int(schema["minLength"])


def spec_handler(spec: Spec, operation: Operation) -> Callable[[MockRequest], MockResponse]:
    """A handler answering `operation` from its documentation only."""
    status, media, pointer = _first_success(operation)
    body: Any = None
    if pointer is not None:
        body = _media_example(spec, pointer)
        if body is None:
            body = sample(spec, {"$ref": "#" + pointer})
    raw = None
    if media is not None and not (media == "application/json" or media.endswith("+json")):
        raw, body = b"", None

    def handler(request: MockRequest) -> MockResponse:
        return MockResponse(status=status, body=body, content_type=media, raw=raw)

    return handler
