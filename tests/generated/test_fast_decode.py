"""The fast decode path (`Model.from_json`: msgspec into a wire Struct, copied into the attrs models)
gives exactly what `Model.from_dict(json.loads(body))` gives, for every response schema of every spec.

For spec-conforming bodies and for hostile mutations of them (unknown enum values, extra
fields, nulls, dropped fields, wrong types), three things must hold:

- `from_json(body)` and `from_dict(json.loads(body))` agree: equal `repr` (so equal values
  *and* types: `0` stays `0`, ids are `UUID`s, enums the same members), or the same error;
- whenever msgspec accepts a body into the wire type, `_from_wire` of it has that same `repr`
  (the fast road is never taken for a body it would read differently);
- the fast road is really taken for conforming bodies (otherwise this test proves nothing).

A model's first body is read by `from_dict` (msgspec loads only for a second one); both
roads are compared on every body all the same.
"""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from typing import Any

import httpx
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientkit.decoding import _DOUBT, ModelFieldError
from cubicasa_client.api.users import list_users
from cubicasa_client.models import PaginatedUsers, Role, User
from tests.faults.schema_strategy import strategy as from_schema
from tests.faults.spec_schemas import ResponseCase, response_cases

CASES = [c for c in response_cases() if hasattr(typing.get_type_hints(c.module.parse_response)["return"], "from_json")]
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
ODD_VALUES = st.sampled_from([None, 0, 1.5, -(2**70), "", "NOT_A_KNOWN_ENUM_VALUE", [], {}, True, {"x": [1]}])


def _model(case: ResponseCase) -> Any:
    return typing.get_type_hints(case.module.parse_response)["return"]


def _wire(model: Any) -> Any:
    return sys.modules[model.__module__]._wire()


def _outcome(read: Any, content: bytes) -> str:
    try:
        return repr(read(content))
    except ModelFieldError as exc:
        return f"ModelFieldError {exc.field_name}: {exc.reason}"
    except (ValueError, RecursionError) as exc:  # json.JSONDecodeError, UnicodeDecodeError
        return f"{type(exc).__name__}: {exc}"


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, sub in value.items():
            found += _paths(sub, (*prefix, key))
    elif isinstance(value, list):
        for i, sub in enumerate(value[:3]):
            found += _paths(sub, (*prefix, i))
    return found


@st.composite
def mutated(draw: st.DrawFn, schema: dict[str, Any]) -> Any:
    body = draw(from_schema(schema))
    for _ in range(draw(st.integers(min_value=0, max_value=2))):
        path = draw(st.sampled_from(_paths(body)))
        if not path:
            continue
        parent: Any = body
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "drop", "extra"]))
        if action == "replace":
            parent[path[-1]] = draw(ODD_VALUES)
        elif action == "drop" and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent["unknown_field"] = draw(ODD_VALUES)
    return body


def _check(model: Any, body: Any) -> bool:
    """Both roads agree on `body`; True when the fast one took it."""
    content = json.dumps(body).encode()
    slow = _outcome(lambda c: model.from_dict(json.loads(c)), content)
    assert _outcome(model.from_json, content) == slow
    try:
        wire = msgspec.json.decode(content, type=_wire(model))
    except (msgspec.DecodeError, RecursionError):
        return False
    try:
        built = repr(model._from_wire(wire))
    except _DOUBT:  # `decode_model` gives way to `from_dict` (checked above): allowed only when that fails too
        assert slow.startswith("ModelFieldError"), f"_from_wire doubted a body from_dict reads: {slow}"
        return False
    assert built == slow
    return True


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_both_roads_agree_on_conforming_bodies(case: ResponseCase) -> None:
    model = _model(case)
    taken: list[bool] = []

    @SETTINGS
    @given(from_schema(case.schema))
    def check(body: Any) -> None:
        taken.append(_check(model, body))

    check()
    assert any(taken), f"{model.__name__}: the fast road never accepted a conforming body"


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_both_roads_agree_on_hostile_bodies(case: ResponseCase) -> None:
    model = _model(case)

    @SETTINGS
    @given(mutated(case.schema))
    def check(body: Any) -> None:
        _check(model, body)

    check()


def test_the_endpoints_use_the_fast_road() -> None:
    body = {
        "pagination": {"has_more": False, "limit": 1, "next_offset": None, "previous_offset": 0},
        "items": [{"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "email": "a@b", "role": "User", "created_at": 0}],
    }
    request = httpx.Request("GET", "https://api.example.test/users")
    page = list_users.parse_response(httpx.Response(200, json=body, request=request))
    assert isinstance(page, PaginatedUsers) and page.items[0].role is Role.USER
    assert page.items[0].created_at == 0 and type(page.items[0].created_at) is int  # kept as sent, as from_dict does
    assert page.items[0].additional_properties == {} and page.additional_properties == {}
    assert repr(page) == repr(PaginatedUsers.from_dict(body))


def test_the_first_body_of_a_model_does_not_load_msgspec() -> None:
    """A program that makes one call pays for neither msgspec nor the Structs; the second body takes the fast road."""
    script = """
import sys, json
from cubicasa_client.models import User
body = json.dumps({"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "email": "a@b", "role": "User"}).encode()
first = User.from_json(body)
assert "msgspec" not in sys.modules, "msgspec loaded by the first body"
import cubicasa_client.models.user as module
module.User.from_dict = None  # the second body must not need from_dict
assert repr(User.from_json(body)) == repr(first)
assert "msgspec" in sys.modules
"""
    subprocess.run([sys.executable, "-c", script], check=True)


def test_threads_decoding_their_second_bodies_at_once_all_get_working_structs() -> None:
    """Structs are defined once, nested ones included, even when many threads reach the fast road together."""
    script = """
import json, threading
from cubicasa_client.models import PaginatedUsers, User
user = {"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "email": "a@b", "role": "User"}
body = json.dumps({"pagination": {"has_more": False, "limit": 1, "next_offset": None, "previous_offset": 0},
                   "items": [user]}).encode()
first = repr(PaginatedUsers.from_json(body))  # the first body: from_dict
start = threading.Barrier(16)
seen = []
def decode():
    start.wait()
    seen.append(repr(PaginatedUsers.from_json(body)))
threads = [threading.Thread(target=decode) for _ in range(16)]
for t in threads: t.start()
for t in threads: t.join()
assert seen == [first] * 16
PaginatedUsers.from_dict = User.from_dict = None  # from now on only the fast road can answer
assert repr(PaginatedUsers.from_json(body)) == first
"""
    subprocess.run([sys.executable, "-c", script], check=True)


def test_unknown_fields_and_enum_values_still_reach_the_model() -> None:
    body = {"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "email": "a@b", "role": "Owner", "brand_new": {"x": 1}}
    user = User.from_json(json.dumps(body).encode())
    assert user.role == "Owner" and not user.role.is_known
    assert user["brand_new"] == {"x": 1}
    with pytest.raises(ModelFieldError) as info:
        User.from_json(b'{"id": 42, "email": "a@b", "role": "User"}')
    assert info.value.field_name == "User.id"
