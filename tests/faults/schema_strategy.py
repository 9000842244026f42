"""Hypothesis strategies for the JSON Schema subset our specs use.

hypothesis-jsonschema (0.23.1, its latest release) no longer runs on current
Hypothesis (`AttributeError: 'many' object has no attribute 'more'`), so this
small builder covers what the specs use: types and type lists, enum/const,
objects with required/optional properties, arrays, oneOf/anyOf/allOf and the
uuid/email/date-time/uri formats. Inputs must have their `$ref`s inlined.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import strategies as st

JSON_LEAVES = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=10)
ANY_JSON = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
FORMATS: dict[str, st.SearchStrategy[Any]] = {
    "uuid": st.uuids().map(str),
    "email": st.from_regex(r"\A[a-z]{1,8}@[a-z]{1,8}\.(com|fi|org)\Z"),
    "date-time": st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)).map(
        lambda d: d.replace(tzinfo=UTC).isoformat()
    ),
    "date": st.dates().map(lambda d: d.isoformat()),
    "uri": st.from_regex(r"\Ahttps://[a-z]{1,10}\.example/[a-z0-9]{0,10}\Z"),
}


def _string(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    fmt = schema.get("format")
    if fmt in FORMATS:
        return FORMATS[fmt]
    low = schema.get("minLength", 0)
    return st.text(min_size=low, max_size=max(schema.get("maxLength", 12), low))


def _number(schema: dict[str, Any], integer: bool) -> st.SearchStrategy[Any]:
    low, high = schema.get("minimum", -(10**6)), schema.get("maximum", 10**6)
    if integer:
        return st.integers(int(low), int(high))
    return st.floats(float(low), float(high), allow_nan=False, allow_infinity=False)


def _object(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    properties: dict[str, Any] = schema.get("properties") or {}
    required = [k for k in schema.get("required", []) if k in properties]
    optional = [k for k in properties if k not in required]
    fixed = st.fixed_dictionaries(
        {k: strategy(properties[k]) for k in required},
        optional={k: strategy(properties[k]) for k in optional},
    )
    if properties or schema.get("additionalProperties") is False:
        return fixed
    return st.dictionaries(st.text(min_size=1, max_size=6), ANY_JSON, max_size=3)


def _array(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    items = schema.get("items")
    element = strategy(items) if isinstance(items, dict) else ANY_JSON
    return st.lists(element, min_size=schema.get("minItems", 0), max_size=schema.get("maxItems", 3))


def _typed(name: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    builders: dict[str, Any] = {
        "null": st.none,
        "boolean": st.booleans,
        "string": lambda: _string(schema),
        "integer": lambda: _number(schema, True),
        "number": lambda: _number(schema, False),
        "object": lambda: _object(schema),
        "array": lambda: _array(schema),
    }
    result: st.SearchStrategy[Any] = builders[name]()
    return result


def strategy(schema: dict[str, Any] | bool) -> st.SearchStrategy[Any]:
    """Values valid against `schema` (for the subset described in the module docstring)."""
    if schema is True or schema == {}:
        return ANY_JSON
    if not isinstance(schema, dict):
        return st.nothing()
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "allOf" in schema:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            merged = {**merged, **part, "properties": {**merged.get("properties", {}), **part.get("properties", {})}}
        return strategy(merged)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return st.one_of([strategy(s) for s in schema[key]])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([_typed(k, schema) for k in kind])
    if isinstance(kind, str):
        return _typed(kind, schema)
    if "properties" in schema:
        return _object(schema)
    return ANY_JSON
