"""Hostile success bodies: parsing either works or raises one typed `ResponseValidationError`.

Bodies are generated from every JSON success schema of every spec, then
mutated (unknown enum values, extra fields, nulls, dropped fields, wrong
types, huge strings, deep nesting). A `KeyError`, `TypeError`,
`AttributeError` or any other untyped exception escaping is a failure.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientkit import ResponseValidationError
from clientkit.responses import parse_success
from tests.faults.schema_strategy import strategy as from_schema
from tests.faults.spec_schemas import ResponseCase, response_cases

CASES = list(response_cases())
HUGE = "x" * 200_000


def _deep(levels: int) -> Any:
    value: Any = "bottom"
    for _ in range(levels):
        value = {"nested": [value]}
    return value


REPLACEMENTS = st.one_of(
    st.none(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=20),
    st.just("NOT_A_KNOWN_ENUM_VALUE"),
    st.just(HUGE),
    st.just([]),
    st.just({}),
    st.just(_deep(2000)),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if len(prefix) > 8:  # do not walk into the deep-nesting payload itself
        return found
    if isinstance(value, dict):
        for key, sub in value.items():
            found += _paths(sub, (*prefix, key))
    elif isinstance(value, list):
        for i, sub in enumerate(value[:5]):
            found += _paths(sub, (*prefix, i))
    return found


@st.composite
def mutated(draw: st.DrawFn, schema: dict[str, Any]) -> Any:
    body = draw(from_schema(schema))
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        paths = _paths(body)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["replace", "drop", "extra"]))
        if not path:
            body = draw(REPLACEMENTS) if action == "replace" else body
            continue
        parent: Any = body
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        if action == "replace":
            parent[last] = draw(REPLACEMENTS)
        elif action == "drop" and isinstance(parent, dict):
            del parent[last]
        elif isinstance(parent, dict):
            parent[f"unknown_{draw(st.integers(0, 99))}"] = draw(REPLACEMENTS)
    return body


def _response(body: Any, status: int) -> httpx.Response:
    try:
        content = json.dumps(body).encode()
    except (ValueError, RecursionError):
        content = b'{"truncated": '
    request = httpx.Request("GET", "https://api.example.test/thing")
    return httpx.Response(status, content=content, headers={"content-type": "application/json"}, request=request)


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_parsing_succeeds_or_raises_one_typed_error(case: ResponseCase) -> None:
    @settings(
        max_examples=15,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
    @given(mutated(case.schema))
    def check(body: Any) -> None:
        response = _response(body, int(case.status))
        try:
            parse_success(case.module, object, response)
        except ResponseValidationError as exc:
            assert str(exc)  # names what went wrong

    check()


def test_there_are_cases_for_every_api() -> None:
    assert {c.api for c in CASES} == {"cubicasa", "pulse_crm", "nuweb"}
    assert len(CASES) >= 35


def test_a_missing_required_field_is_named() -> None:
    case = next(c for c in CASES if c.operation_id == "list_users" and c.api == "cubicasa")
    body = {
        "pagination": {"has_more": False},
        "items": [{"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "email": "a@b"}],
    }
    with pytest.raises(ResponseValidationError) as info:
        parse_success(case.module, object, _response(body, 200))
    assert info.value.field == "User.role"
    assert "missing field 'role'" in str(info.value)
