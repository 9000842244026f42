"""Bad arguments fail with `ArgumentError` naming them, before anything is sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import cubicasa
from tests.overlay.fakes import ORDER_ID, FakeAPI, json_response

DRAFT: dict[str, Any] = {"street": "1 Main St", "city": "Oulu", "country": "FI", "owner_email": "owner@example.com"}

BAD_CALLS: list[tuple[str, Callable[[cubicasa.CubiCasa], object], str]] = [
    ("bad uuid", lambda c: c.orders.get("not-a-uuid"), "order_id"),
    ("bad uuid delete", lambda c: c.users.delete("123"), "user_id"),
    ("bad office uuid", lambda c: c.users.create(email="a@example.com", office_id="nope"), "office_id"),
    ("empty email", lambda c: c.users.get_by_email(""), "email"),
    ("blank email", lambda c: c.users.create(email="   "), "email"),
    ("email not a string", lambda c: c.users.get_by_email(None), "email"),  # type: ignore[arg-type]
    ("add_ons string (upgrade)", lambda c: c.orders.upgrade(ORDER_ID, add_ons="gla"), "add_ons"),
    ("add_ons string (draft)", lambda c: c.drafts.create(**{**DRAFT, "add_ons": "gla"}), "add_ons"),
    ("add_ons non-strings", lambda c: c.orders.upgrade(ORDER_ID, add_ons=["gla", 3]), "add_ons"),  # type: ignore[list-item]
    ("draft missing street", lambda c: c.drafts.create(**{**DRAFT, "street": ""}), "street"),
    ("limit zero", lambda c: c.users.list(limit=0), "limit"),
    ("limit negative", lambda c: c.orders.list(limit=-5), "limit"),
    ("limit not int", lambda c: c.offices.list(limit="10"), "limit"),  # type: ignore[arg-type]
    ("limit bool", lambda c: c.users.list_page(limit=True), "limit"),
    ("negative offset", lambda c: c.users.list(offset=-1), "offset"),
    ("status not a string", lambda c: c.orders.list(status=[1]), "status"),  # type: ignore[list-item]
    ("webhook url", lambda c: c.webhooks.update(urls=["ftp://x"], triggers=["Ready"]), "URL"),
    ("webhook urls string", lambda c: c.webhooks.update(urls="https://x.example", triggers=[]), "urls"),
    ("webhook triggers string", lambda c: c.webhooks.update(urls=[], triggers="Ready"), "triggers"),
    ("empty update", lambda c: c.users.update(ORDER_ID), "update"),
    ("empty change request", lambda c: c.change_requests.create(ORDER_ID), "field"),
]


@pytest.mark.parametrize(("name", "call", "named"), BAD_CALLS, ids=[b[0] for b in BAD_CALLS])
def test_bad_argument_fails_before_sending(name: str, call: Callable[[cubicasa.CubiCasa], object], named: str) -> None:
    api = FakeAPI(lambda r: json_response(200, {}))
    with api.client() as client, pytest.raises(cubicasa.ArgumentError) as info:
        call(client)
    assert named in str(info.value)
    assert isinstance(info.value, ValueError)  # also catchable as a ValueError
    assert api.requests == []


@pytest.mark.anyio
async def test_async_bad_arguments_fail_before_sending() -> None:
    api = FakeAPI(lambda r: json_response(200, {}))
    async with api.async_client() as aclient:
        with pytest.raises(cubicasa.ArgumentError, match="order_id"):
            await aclient.orders.get("not-a-uuid")
        with pytest.raises(cubicasa.ArgumentError, match="limit"):
            aclient.users.list(limit=0)
        with pytest.raises(cubicasa.ArgumentError, match="add_ons"):
            await aclient.drafts.create(**{**DRAFT, "add_ons": "gla"})
    assert api.requests == []


def test_unknown_role_is_passed_to_the_server() -> None:
    api = FakeAPI(lambda r: json_response(200, {"id": ORDER_ID, "email": "a@example.com"}))
    with api.client() as client:
        client.users.create(email="a@example.com", role="Owner")
    assert api.body()["role"] == "Owner"
