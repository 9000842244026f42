"""`client.users`: the account header on every call, request bodies, answers, retries, errors."""

from __future__ import annotations

import json

import httpx
import pytest

from pulse_crm import (
    ArgumentError,
    BadRequestError,
    ConflictError,
    FieldError,
    InternalServerError,
    NotFoundError,
    models,
)
from tests.pulse_crm.fakes import ACCOUNT_ID, FakePulse, async_client, error, sync_client


def test_every_users_request_carries_the_account_id(fake: FakePulse) -> None:
    client = sync_client(fake)
    list(client.users.list(page_size=2))
    client.users.list_page(page=2, page_size=2)
    created = client.users.create(email="new.user@example.com")
    client.users.get(created.id)  # type: ignore[arg-type]
    client.users.update(created.id, name="New User")  # type: ignore[arg-type]
    client.users.delete(created.id)  # type: ignore[arg-type]

    users_calls = [r for r in fake.requests if r.url.path.startswith("/api/users")]
    assert {r.method for r in users_calls} == {"GET", "POST", "PATCH", "DELETE"}
    assert [r.headers.get("x-account-id") for r in users_calls] == [ACCOUNT_ID] * len(users_calls)
    assert "x-account-id" not in fake.logins[0].headers  # not an account-scoped call


@pytest.mark.anyio
async def test_async_every_users_request_carries_the_account_id(fake: FakePulse) -> None:
    client = async_client(fake)
    created = await client.users.create(email="new.user@example.com")
    await client.users.get(created.id)  # type: ignore[arg-type]
    await client.users.update(created.id, active=False)  # type: ignore[arg-type]
    await client.users.delete(created.id)  # type: ignore[arg-type]
    assert [u.id async for u in client.users.list()] == [1, 2, 3]

    users_calls = [r for r in fake.requests if r.url.path.startswith("/api/users")]
    assert len(users_calls) == 5
    assert all(r.headers.get("x-account-id") == ACCOUNT_ID for r in users_calls)


def test_create_sends_the_email_and_extra_fields_by_their_wire_names(fake: FakePulse) -> None:
    client = sync_client(fake)
    user = client.users.create(email="new.user@example.com", name="New User", team_id=7, img_src="https://x/y.png")

    assert json.loads(fake.calls("POST", "/api/users")[0].content) == {
        "email": "new.user@example.com",
        "name": "New User",
        "teamId": 7,
        "imgSrc": "https://x/y.png",
    }
    assert isinstance(user, models.User)
    assert user.team_id == 7


def test_update_sends_only_the_given_fields(fake: FakePulse) -> None:
    client = sync_client(fake)
    user = client.users.update(2, active=False, notification_preferences={"user_created": ["email"]})

    patch = fake.calls("PATCH")[0]
    assert patch.url.path == "/api/users/2"
    assert json.loads(patch.content) == {"active": False, "notificationPreferences": {"user_created": ["email"]}}
    assert user.active is False


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.users.update(1), "at least one field"),
        (lambda c: c.users.update(1, nmae="typo"), "unknown argument.*'nmae'"),
        (lambda c: c.users.update(1, active="false"), "active must be True or False"),
        (lambda c: c.users.update(1, team_id=True), "team_id must be a whole number"),
        (lambda c: c.users.get("abc"), "user_id"),
        (lambda c: c.users.get(True), "user_id"),
        (lambda c: c.users.create(email=" "), "email"),
        (lambda c: c.users.list(page=0), "page"),
        (lambda c: c.users.list_page(page_size=0), "page_size"),
        (lambda c: c.users.list(sort=[1]), "sort"),
    ],
)
def test_bad_arguments_fail_before_anything_is_sent(fake: FakePulse, call: object, message: str) -> None:
    client = sync_client(fake)
    with pytest.raises(ArgumentError, match=message):
        call(client)  # type: ignore[operator]
    assert fake.requests == []


def test_a_user_id_may_be_given_as_digits(fake: FakePulse) -> None:
    assert sync_client(fake).users.get("3").id == 3
    assert fake.requests[-1].url.path == "/api/users/3"


def test_delete_returns_the_deleted_user_or_none_for_204(fake: FakePulse) -> None:
    client = sync_client(fake)
    deleted = client.users.delete(1)
    assert isinstance(deleted, models.User)
    assert deleted.id == 1

    fake.script("DELETE", "/api/users/2", httpx.Response(204))
    assert client.users.delete(2) is None


def test_post_users_is_not_retried_on_503(fake: FakePulse) -> None:
    fake.script("POST", "/api/users", error(503, "Service Unavailable", "try later"), httpx.Response(201, json={}))
    client = sync_client(fake)

    with pytest.raises(InternalServerError) as caught:
        client.users.create(email="new.user@example.com")

    assert caught.value.status_code == 503
    assert len(fake.calls("POST", "/api/users")) == 1
    assert fake.sleeps == []


def test_patch_is_not_retried_on_503_either(fake: FakePulse) -> None:
    fake.script("PATCH", "/api/users/1", error(503, "Service Unavailable", "try later"))
    with pytest.raises(InternalServerError):
        sync_client(fake).users.update(1, name="x")
    assert len(fake.calls("PATCH")) == 1


def test_get_is_retried_on_503_with_backoff(fake: FakePulse) -> None:
    unavailable = error(503, "Service Unavailable", "try later")
    fake.script("GET", "/api/users/1", unavailable, unavailable)
    client = sync_client(fake)

    assert client.users.get(1).id == 1

    assert len(fake.calls("GET", "/api/users/1")) == 3
    assert len(fake.sleeps) == 2
    assert 0 < fake.sleeps[0] < fake.sleeps[1]
    assert len(fake.logins) == 1  # the retries reuse the session


def test_get_gives_up_after_max_retries(fake: FakePulse) -> None:
    unavailable = error(503, "Service Unavailable", "try later")
    fake.script("GET", "/api/users/1", *[unavailable] * 5)
    with pytest.raises(InternalServerError):
        sync_client(fake, max_retries=1).users.get(1)
    assert len(fake.calls("GET", "/api/users/1")) == 2


@pytest.mark.anyio
async def test_async_get_is_retried_and_post_is_not(fake: FakePulse) -> None:
    unavailable = error(503, "Service Unavailable", "try later")
    fake.script("GET", "/api/users/1", unavailable)
    fake.script("POST", "/api/users", unavailable)
    client = async_client(fake)

    assert (await client.users.get(1)).id == 1
    with pytest.raises(InternalServerError):
        await client.users.create(email="new.user@example.com")

    assert len(fake.calls("GET", "/api/users/1")) == 2
    assert len(fake.calls("POST", "/api/users")) == 1
    assert len(fake.sleeps) == 1


def test_error_answers_become_typed_errors_with_the_servers_message(fake: FakePulse) -> None:
    client = sync_client(fake)
    with pytest.raises(NotFoundError, match="User not found") as missing:
        client.users.get(99)
    assert missing.value.body == {"error": "Not Found", "status": 404, "message": "User not found"}

    with pytest.raises(ConflictError, match="already exists"):
        client.users.create(email="user1@example.com")


def test_field_errors_are_read_from_the_error_body(fake: FakePulse) -> None:
    body = {
        "error": "Bad Request",
        "message": "Validation failed",
        "dev_err_msg": "ZodError",
        "details": {"fieldErrors": {"email": ["Invalid email"], "teamId": ["Expected number"]}},
    }
    fake.script("POST", "/api/users", httpx.Response(400, json=body, headers={"x-request-id": "req-123"}))

    with pytest.raises(BadRequestError) as caught:
        sync_client(fake).users.create(email="not-an-email")

    assert caught.value.field_errors == (
        FieldError(("email",), "Invalid email"),
        FieldError(("teamId",), "Expected number"),
    )
    assert caught.value.request_id == "req-123"
    assert "email: Invalid email" in str(caught.value)
