"""The real Pulse CRM clients (`pulse_crm.PulseCRM`, `AsyncPulseCRM`) against the real mock over HTTP.

The mock runs in strict mode (every answer is checked against the spec) and its
request counters (`/__mock__/stats`) show what the client really sent: how many
logins, how many 401s.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import clientkit_mocks as mocks
from pulse_crm import (
    AsyncPulseCRM,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    PulseCRM,
    models,
)
from pulse_crm_client.models import Account
from tests.mock_state import fresh_state

CONTROL = httpx.Client(timeout=10, verify=False)
KEY, SECRET = "apiKey-demo", "demo-secret"
READONLY_KEY, READONLY_SECRET = "apiKey-readonly", "readonly-secret"
ACCOUNT = "2311"


def stats(url: str) -> dict[str, Any]:
    return CONTROL.get(f"{url}/__mock__/stats").json()  # type: ignore[no-any-return]


def logins(url: str) -> int:
    return int(stats(url)["requests"].get("login", 0))


def unauthorized(url: str) -> int:
    """How many calls the mock refused with 401 (expired or unknown token)."""
    return sum(n for key, n in stats(url)["statuses"].items() if key.endswith(" 401"))


def client(url: str, **options: Any) -> PulseCRM:
    return PulseCRM(**{"api_key": KEY, "api_secret": SECRET, "account_id": ACCOUNT, "base_url": url, **options})


def async_client(url: str, **options: Any) -> AsyncPulseCRM:
    return AsyncPulseCRM(**{"api_key": KEY, "api_secret": SECRET, "account_id": ACCOUNT, "base_url": url, **options})


@pytest.fixture(autouse=True)
def _no_client_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials are passed explicitly; the developer's own PULSE_* environment must not leak in."""
    for name in ("PULSE_API_KEY", "PULSE_API_SECRET", "PULSE_TOKEN", "PULSE_ACCOUNT_ID", "PULSE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with mocks.running("pulse_crm", strict=True) as url:
        yield url


@pytest.fixture()
def url(server: str) -> Iterator[str]:
    """The mock on fresh data and counters; fails the test if any answer drifted from the spec."""
    with fresh_state(server):
        yield server


# -- sessions ---------------------------------------------------------------------------------


def test_the_key_and_secret_log_in_once_and_the_session_is_reused(url: str) -> None:
    with client(url) as pulse:
        session = pulse.auth.session()
        assert session.email == "demo@example.com"
        assert [a.account_id for a in session.accounts] == [ACCOUNT]  # type: ignore[union-attr]
        assert "****" in repr(session) and session.token not in repr(session)
        pulse.users.get(1)
        pulse.users.list_page(page_size=5)
        list(pulse.users.list(page_size=50))
        created = pulse.users.create(email="once@example.com")
        pulse.users.delete(created.id)  # type: ignore[arg-type]
    assert logins(url) == 1 and unauthorized(url) == 0


def test_a_token_close_to_expiry_is_renewed_before_it_is_sent() -> None:
    """Tokens live 61 s, the client renews 60 s before `expiresAt`: reused for a second, then renewed."""
    with mocks.running("pulse_crm", strict=True, token_ttl_s=61) as url, client(url) as pulse:
        pulse.users.get(1)
        pulse.users.get(2)
        assert logins(url) == 1
        time.sleep(1.1)
        assert pulse.users.get(1).id == 1
        assert logins(url) == 2 and unauthorized(url) == 0
        assert CONTROL.get(f"{url}/__mock__/drift").json() == []


def test_a_token_expired_on_the_server_is_refreshed_transparently(url: str) -> None:
    with client(url) as pulse:
        first = pulse.users.list_page(page_size=3)
        CONTROL.post(f"{url}/__mock__/sessions/expire").raise_for_status()
        again = pulse.users.list_page(page_size=3)  # 401 -> log in again -> the same request once more
        assert [u.id for u in again.data] == [u.id for u in first.data]
        assert unauthorized(url) == 1 and logins(url) == 2
        CONTROL.post(f"{url}/__mock__/sessions/expire").raise_for_status()
        assert pulse.users.update(2, phone="+1-555-000-1111").phone == "+1-555-000-1111"  # writes too
        assert unauthorized(url) == 2 and logins(url) == 3


def test_a_very_short_lived_token_still_works_for_every_call() -> None:
    """Tokens of 1 s: always inside the refresh window, so each call logs in first, and none is refused
    (1 s, not less: on a loaded machine a token must outlive the trip from its login to its call)."""
    with mocks.running("pulse_crm", strict=True, token_ttl_s=1.0) as url, client(url) as pulse:
        ids = [user.id for user in pulse.users.list_page(page_size=3).data]
        for user_id in ids:
            time.sleep(1.05)  # the last token has expired on the server by now
            assert pulse.users.get(user_id).id == user_id  # type: ignore[arg-type]
        assert logins(url) == 4 and unauthorized(url) == 0


def test_the_generated_list_accounts_reads_the_accounts_of_the_session(url: str) -> None:
    """`GET /accounts` reaches users through the generated surface (no hand-written method)."""
    with client(url) as pulse:
        pulse.auth.login(email="demo@example.com", password="demo-password")
        accounts = pulse.accounts.list()
    assert isinstance(accounts, list) and all(isinstance(account, Account) for account in accounts)
    assert [(a.id, a.repcode, a.roles) for a in accounts] == [
        ("2311", None, ["superAdmin"]),
        ("4750", None, ["superAdmin"]),
    ]


def test_user_credentials_and_other_accounts(url: str) -> None:
    with client(url) as pulse:
        session = pulse.auth.login(email="demo@example.com", password="demo-password")
        assert [a.account_id for a in session.accounts] == ["2311", "4750"]  # type: ignore[union-attr]
        partner = pulse.with_account("4750")
        assert partner.users.list_page(page_size=1).total > 0  # type: ignore[operator]
        with pytest.raises(PermissionDeniedError) as denied:
            pulse.with_account("8802").users.list_page()
        assert denied.value.status_code == 403


# -- listing ----------------------------------------------------------------------------------


def test_list_walks_every_user_across_pages(url: str) -> None:
    with client(url) as pulse:
        total = pulse.users.list_page(page_size=1).total
        users = list(pulse.users.list(page_size=7))
        pages = list(pulse.users.list(page_size=7).pages())
    assert all(isinstance(u, models.User) for u in users)
    ids = [u.id for u in users]
    assert len(ids) == len(set(ids)) == total
    assert len(pages) == -(-total // 7) == pages[0].total_pages
    created = [u.created_at for u in users]
    assert created == sorted(created, reverse=True)  # type: ignore[type-var]


def test_async_list_with_prefetch_matches_the_sync_one(url: str) -> None:
    with client(url) as pulse:
        expected = [u.id for u in pulse.users.list(page_size=9, sort="email")]
    before = logins(url)

    async def walk() -> list[Any]:
        async with async_client(url) as pulse:
            return [u.id async for u in pulse.users.list(page_size=9, sort="email", prefetch=3)]

    assert asyncio.run(walk()) == expected
    assert logins(url) == before + 1  # one login for the async client, shared by the concurrent pages


def test_search_goes_with_every_page(url: str) -> None:
    with client(url) as pulse:
        found = list(pulse.users.list(page_size=4, search="PULSE-DEMO.example", sort=["name", "-id"]))
        everyone = list(pulse.users.list(page_size=100))
    expected = [u for u in everyone if "pulse-demo.example" in str(u.email)]  # all but demo@example.com
    assert len(found) == len(expected) == len(everyone) - 1
    keys = [(str(u.name).casefold(), -int(u.id)) for u in found]  # type: ignore[arg-type]
    assert keys == sorted(keys)


# -- users CRUD and typed errors --------------------------------------------------------------


def test_create_get_update_delete(url: str) -> None:
    with client(url) as pulse:
        user = pulse.users.create(email="ada@engine.example", name="Ada Lovelace", team_id=12)
        assert isinstance(user.id, int) and user.name == "Ada Lovelace" and user.team_id == 12
        assert pulse.users.get(user.id).email == "ada@engine.example"
        assert [u.id for u in pulse.users.list(search="ada@engine")] == [user.id]

        updated = pulse.users.update(user.id, active=False, notification_preferences={"user_created": ["email"]})
        assert updated.active is False and updated.name == "Ada Lovelace"
        assert updated.notification_preferences.to_dict() == {"user_created": ["email"]}  # type: ignore[union-attr]

        deleted = pulse.users.delete(user.id)
        assert deleted is not None and deleted.id == user.id
        with pytest.raises(NotFoundError) as missing:
            pulse.users.get(user.id)
        assert missing.value.status_code == 404 and "not found" in missing.value.message
        with pytest.raises(NotFoundError):
            pulse.users.delete(user.id)


def test_async_create_get_update_delete(url: str) -> None:
    async def scenario() -> None:
        async with async_client(url) as pulse:
            user = await pulse.users.create(email="grace@async.example")
            assert (await pulse.users.update(user.id, name="Grace")).name == "Grace"  # type: ignore[arg-type]
            assert (await pulse.users.get(user.id)).name == "Grace"  # type: ignore[arg-type]
            await pulse.users.delete(user.id)  # type: ignore[arg-type]
            with pytest.raises(NotFoundError):
                await pulse.users.get(user.id)  # type: ignore[arg-type]
            with pytest.raises(ConflictError):
                await pulse.users.create(email="demo@example.com")

    asyncio.run(scenario())


def test_a_duplicate_email_is_a_conflict(url: str) -> None:
    with client(url) as pulse:
        pulse.users.create(email="twice@example.com")
        with pytest.raises(ConflictError) as conflict:
            pulse.users.create(email="TWICE@example.com")
    assert conflict.value.status_code == 409 and "already exists" in conflict.value.message


def test_an_invalid_email_is_a_bad_request_naming_the_field(url: str) -> None:
    with client(url) as pulse, pytest.raises(BadRequestError) as bad:
        pulse.users.create(email="not-an-email")
    assert [e.location for e in bad.value.field_errors] == [("email",)]


def test_a_bad_secret_is_an_authentication_error(url: str) -> None:
    with client(url, api_secret="wrong-secret") as pulse, pytest.raises(AuthenticationError) as refused:
        pulse.users.get(1)
    assert refused.value.status_code == 401
    assert "wrong-secret" not in str(refused.value)
    assert stats(url)["requests"] == {"login": 1}  # the users call was never sent


def test_the_read_only_key_reads_but_cannot_write(url: str) -> None:
    with client(url, api_key=READONLY_KEY, api_secret=READONLY_SECRET) as reader:
        assert reader.users.get(1).email == "demo@example.com"
        with pytest.raises(PermissionDeniedError) as denied:
            reader.users.create(email="sneaky@example.com")
        assert denied.value.status_code == 403
        with pytest.raises(PermissionDeniedError):
            reader.users.update(1, name="Renamed")
        with pytest.raises(PermissionDeniedError):
            reader.users.delete(1)
        assert reader.users.get(1).name == "Demo Admin"
        assert list(reader.users.list(search="sneaky")) == []
