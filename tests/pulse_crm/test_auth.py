"""Session auth: one login reused, refresh before expiry, one re-login + re-send after a 401."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import pulse_crm
from pulse_crm import AuthenticationError, ConfigurationError, InternalServerError, models
from tests.pulse_crm.fakes import (
    API_KEY,
    API_SECRET,
    EMAIL,
    PASSWORD,
    FakePulse,
    async_client,
    error,
    sync_client,
)


def bearer(request: httpx.Request) -> str:
    return request.headers.get("authorization", "")


def test_logs_in_once_and_reuses_the_token(fake: FakePulse) -> None:
    with sync_client(fake) as client:
        client.users.get(1)
        client.users.get(2)
        list(client.users.list())
        client.auth.session()

    assert len(fake.logins) == 1
    assert json.loads(fake.logins[0].content) == {"apiKey": API_KEY, "apiSecret": API_SECRET}
    others = [r for r in fake.requests if r.url.path != "/api/auth/login"]
    assert len(others) == 4
    assert {bearer(r) for r in others} == {f"Bearer {fake.issued[0]}"}


@pytest.mark.anyio
async def test_async_logs_in_once_and_reuses_the_token(fake: FakePulse) -> None:
    async with async_client(fake) as client:
        await client.users.get(1)
        await client.users.get(2)
        assert [u.id async for u in client.users.list()] == [1, 2, 3]

    assert len(fake.logins) == 1
    assert fake.requests[0].url.path == "/api/auth/login"  # the login comes first, inside the auth flow
    assert {bearer(r) for r in fake.requests[1:]} == {f"Bearer {fake.issued[0]}"}


def test_refreshes_the_token_shortly_before_it_expires(fake: FakePulse) -> None:
    client = sync_client(fake)  # sessions last a week on the fake server
    client.users.get(1)
    fake.clock.advance(7 * 24 * 3600 - 3600)  # an hour left: still used
    client.users.get(1)
    assert len(fake.logins) == 1

    fake.clock.advance(3600 - 30)  # 30 s left, inside the refresh skew: renewed before sending
    client.users.get(1)
    assert [r.method for r in fake.requests] == ["POST", "GET", "GET", "POST", "GET"]
    assert bearer(fake.requests[-1]) == f"Bearer {fake.issued[1]}"


def test_an_expires_at_in_the_past_means_a_new_login_for_the_next_call() -> None:
    fake = FakePulse(users=1, session_lifetime=-60)  # every session is already expired when issued
    client = sync_client(fake)
    client.users.get(1)
    client.users.get(1)
    assert len(fake.logins) == 2
    assert [bearer(r) for r in fake.calls("GET")] == [f"Bearer {fake.issued[0]}", f"Bearer {fake.issued[1]}"]


def test_a_401_logs_in_again_once_and_resends_once(fake: FakePulse) -> None:
    client = sync_client(fake)
    client.users.get(1)
    fake.revoke_all()  # the server dropped the session: the next call gets a 401

    user = client.users.get(2)

    assert user.id == 2
    assert [(r.method, r.url.path) for r in fake.requests] == [
        ("POST", "/api/auth/login"),
        ("GET", "/api/users/1"),
        ("GET", "/api/users/2"),  # refused with 401
        ("POST", "/api/auth/login"),
        ("GET", "/api/users/2"),  # the same request, sent once more with the new token
    ]
    assert bearer(fake.requests[-1]) == f"Bearer {fake.issued[1]}"


def test_a_second_401_raises_authentication_error(fake: FakePulse) -> None:
    refused = error(401, "Unauthorized", "Invalid or expired session token")
    fake.script("GET", "/api/users/1", refused, refused, refused)
    client = sync_client(fake)

    with pytest.raises(AuthenticationError) as caught:
        client.users.get(1)

    assert caught.value.status_code == 401
    assert [(r.method, r.url.path) for r in fake.requests] == [
        ("POST", "/api/auth/login"),
        ("GET", "/api/users/1"),
        ("POST", "/api/auth/login"),
        ("GET", "/api/users/1"),
    ]


@pytest.mark.anyio
async def test_async_a_second_401_raises_authentication_error(fake: FakePulse) -> None:
    refused = error(401, "Unauthorized", "Invalid or expired session token")
    fake.script("GET", "/api/users/1", refused, refused, refused)
    client = async_client(fake)

    with pytest.raises(AuthenticationError):
        await client.users.get(1)

    assert len(fake.logins) == 2
    assert len(fake.calls("GET", "/api/users/1")) == 2


def test_a_post_refused_with_401_is_sent_again_with_the_same_body(fake: FakePulse) -> None:
    fake.script("POST", "/api/users", error(401, "Unauthorized", "expired"))
    client = sync_client(fake)

    created = client.users.create(email="new.user@example.com")

    posts = fake.calls("POST", "/api/users")
    assert len(posts) == 2
    assert posts[0].content == posts[1].content == b'{"email":"new.user@example.com"}'
    assert created.email == "new.user@example.com"


def test_a_token_alone_is_used_without_login_and_a_401_is_final(fake: FakePulse) -> None:
    fake.valid["t0ken-given-by-the-user-0001"] = EMAIL
    client = sync_client(fake, api_key=None, api_secret=None, token="t0ken-given-by-the-user-0001")
    assert client.users.get(1).id == 1
    assert bearer(fake.requests[0]) == "Bearer t0ken-given-by-the-user-0001"

    fake.revoke_all()
    with pytest.raises(AuthenticationError):
        client.users.get(1)
    assert fake.logins == []  # nothing to log in with: no attempt
    with pytest.raises(ConfigurationError, match="PULSE_API_KEY"):
        client.auth.login()


def test_a_given_token_with_credentials_is_replaced_by_a_login_when_refused(fake: FakePulse) -> None:
    client = sync_client(fake, token="stale-token-from-the-environment")
    client.users.get(1)
    assert [(r.method, r.url.path) for r in fake.requests] == [
        ("GET", "/api/users/1"),
        ("POST", "/api/auth/login"),
        ("GET", "/api/users/1"),
    ]


def test_failed_login_raises_authentication_error_with_a_clear_message(fake: FakePulse) -> None:
    client = sync_client(fake, api_secret="wrong-secret-value")
    with pytest.raises(AuthenticationError) as caught:
        client.users.get(1)

    message = str(caught.value)
    assert "login" in message
    assert "Invalid credentials" in message
    assert "PULSE_API_KEY" in message
    assert "wrong-secret-value" not in message
    assert len(fake.requests) == 1  # the users call itself was never sent


@pytest.mark.parametrize("status", [400, 403, 422])
def test_any_refused_login_is_an_authentication_error(fake: FakePulse, status: int) -> None:
    fake.script("POST", "/api/auth/login", error(status, "Forbidden", "API key disabled"))
    with pytest.raises(AuthenticationError, match="API key disabled") as caught:
        sync_client(fake).users.get(1)
    assert caught.value.status_code == status


def test_a_login_the_server_cannot_answer_is_not_an_authentication_error(fake: FakePulse) -> None:
    fake.script("POST", "/api/auth/login", error(503, "Service Unavailable", "maintenance"))
    client = sync_client(fake)
    with pytest.raises(InternalServerError, match="login"):
        client.users.get(1)


def test_explicit_login_returns_the_session_and_its_token_is_used(fake: FakePulse) -> None:
    client = sync_client(fake)
    session = client.auth.login()

    assert isinstance(session, models.UserSession)
    assert session.token == fake.issued[0]
    assert session.primary_account.account_id == "2311"  # type: ignore[union-attr]
    client.users.get(1)
    assert len(fake.logins) == 1
    assert bearer(fake.requests[-1]) == f"Bearer {fake.issued[0]}"


def test_login_with_email_and_password_acts_as_that_user_from_then_on(fake: FakePulse) -> None:
    client = sync_client(fake)
    client.auth.login(email=EMAIL, password=PASSWORD)
    fake.revoke_all()
    client.users.get(1)  # 401, then a new login with the same user's credentials

    assert [json.loads(r.content) for r in fake.logins] == [{"email": EMAIL, "password": PASSWORD}] * 2


def test_explicit_login_with_wrong_password_raises_authentication_error(fake: FakePulse) -> None:
    client = sync_client(fake)
    with pytest.raises(AuthenticationError, match=r"401 Unauthorized from POST /api/auth/login"):
        client.auth.login(email=EMAIL, password="not-the-password")
    with pytest.raises(ValueError, match="email, password"):
        client.auth.login(email=EMAIL)


@pytest.mark.anyio
async def test_async_explicit_login_and_session(fake: FakePulse) -> None:
    client = async_client(fake)
    session = await client.auth.login()
    who = await client.auth.session()
    assert who.email == session.email == EMAIL
    assert len(fake.logins) == 1
    assert fake.requests[-1].url.path == "/api/auth/session"
    assert bearer(fake.requests[-1]) == f"Bearer {fake.issued[0]}"


def test_views_share_one_session(fake: FakePulse) -> None:
    client = sync_client(fake)
    client.users.get(1)
    client.with_options(max_retries=0).users.get(2)
    client.with_account("42").users.get(3)
    assert len(fake.logins) == 1
    assert [r.headers["x-account-id"] for r in fake.calls("GET")] == ["2311", "2311", "42"]


def test_threads_sharing_a_client_all_get_through_with_a_valid_token() -> None:
    fake = FakePulse(users=8)
    client = sync_client(fake)

    with ThreadPoolExecutor(max_workers=8) as pool:
        users = list(pool.map(lambda n: client.users.get(n % 8 + 1), range(40)))

    assert sorted({u.id for u in users}) == list(range(1, 9))
    calls = fake.calls("GET")
    assert len(calls) == 40
    assert {bearer(r) for r in calls} <= {f"Bearer {t}" for t in fake.issued}
    logins = len(fake.logins)  # first calls racing each other may each log in; later ones reuse a token
    client.users.get(1)
    assert len(fake.logins) == logins


def test_the_automatic_login_request_carries_a_host_header() -> None:
    """A real HTTP/1.1 server refuses a request without Host; MockTransport would not notice."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    client = pulse_crm.PulseCRM(
        api_key="apiKey-host",
        api_secret="secret-host",
        account_id="1",
        base_url="https://pulse.example:8443/api",
        transport=httpx.MockTransport(handler),
        max_retries=0,
    )
    with client, pytest.raises(pulse_crm.InternalServerError):
        client.auth.session()
    assert seen[0].url.path == "/api/auth/login"
    assert seen[0].headers["host"] == "pulse.example:8443"
