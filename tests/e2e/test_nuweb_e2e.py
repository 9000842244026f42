"""The real NU Web clients (`nuweb.NuWeb`, `AsyncNuWeb`) against the real NU Web mock over HTTP.

The mock runs in strict mode (every answer is checked against the spec, and the
`url` fixture fails a test on drift); its counters (`/__mock__/stats`) show what
the client really sent.
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import clientkit_mocks as mocks
import nuweb
from nuweb import AsyncNuWeb, NuWeb
from tests.clock import FakeClock
from tests.mock_state import fresh_state

CONTROL = httpx.Client(timeout=10)
ACTIVE = 123  # seeded active users of company 1


def statuses(url: str) -> dict[str, int]:
    return CONTROL.get(f"{url}/__mock__/stats").json()["statuses"]  # type: ignore[no-any-return]


def client(url: str, token: str = "demo-token", **options: Any) -> NuWeb:
    return NuWeb(token, **{"company_id": 1, "base_url": url, "rate_limit": 0, **options})


def async_client(url: str, token: str = "demo-token", **options: Any) -> AsyncNuWeb:
    return AsyncNuWeb(token, **{"company_id": 1, "base_url": url, "rate_limit": 0, **options})


@pytest.fixture(autouse=True)
def _no_client_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Everything is passed explicitly; the developer's own NUWEB_* environment must not leak in."""
    for name in ("NUWEB_TOKEN", "NUWEB_COMPANY_ID", "NUWEB_BASE_URL", "NUWEB_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with mocks.running("nuweb", strict=True) as base_url:
        yield base_url


@pytest.fixture()
def url(server: str) -> Iterator[str]:
    """The mock on freshly seeded state; fails the test if any answer drifted from the spec."""
    with fresh_state(server):
        yield server


# -- listing ------------------------------------------------------------------------------------


def test_list_walks_every_page_with_relationships_resolved(url: str) -> None:
    with client(url) as nu:
        users = list(nu.users.list(limit=20))
    assert len(users) == len({u.id for u in users}) == ACTIVE
    assert statuses(url)["list_company_users 200"] == 7  # ceil(123 / 20) pages, no extra request
    assert all(u.roles and all(r.included and r.title for r in u.roles) for u in users)
    assert all(u.visibility_groups and all(g.name for g in u.visibility_groups) for u in users)
    assert all(len(u.memberships) == 1 and u.memberships[0].is_selected is not None for u in users)  # `atributes`
    john = users[0]
    assert (john.id, john.name, john.phone_code) == (1, "John Doe", "44")
    assert [r.title for r in john.roles] == ["Super user"] and john.visibility_groups[0].name == "Bristol Group"
    assert john.created_at == datetime.datetime(2021, 11, 22, 11, 59, tzinfo=datetime.UTC)
    assert isinstance(john.memberships[0].accepted_terms_at, datetime.datetime) and not john.suspended


def test_async_list_with_prefetch_matches_sync(url: str) -> None:
    async def walk() -> list[nuweb.CompanyUser]:
        async with async_client(url) as nu:
            return [user async for user in nu.users.list(limit=15, prefetch=3)]

    users = asyncio.run(walk())
    with client(url) as nu:
        expected = [u.id for u in nu.users.list(limit=50)]
    assert [u.id for u in users] == expected and len(expected) == ACTIVE
    assert all(u.roles[0].title for u in users)


def test_list_page_and_trashed_users(url: str) -> None:
    with client(url) as nu:
        page = nu.users.list_page(page=2, limit=50)
        assert (page.number, page.total, len(page)) == (2, ACTIVE, 50)
        assert page.has_next and page.links["prev"] is not None
        everyone = list(nu.users.list(limit=100, with_trashed=True))
    suspended = [u for u in everyone if u.suspended]
    assert len(everyone) == ACTIVE + len(suspended) and len(suspended) == 4


# -- create / get / update / suspend / restore ----------------------------------------------------


def test_user_lifecycle(url: str) -> None:
    with client(url) as nu:
        created = nu.users.create(name="Ada Lovelace", email="ada@example.com", password="correct-horse")
        ada_id = int(created.id)  # `CompanyUser.id` is typed `int | str`, the methods take `int`
        assert created.name == "Ada Lovelace" and created.phone_code is None  # create says `phone_code`
        assert created.visibility_groups[0].name == "Bristol Group"  # create spells it `atributes`
        assert created.memberships[0].included and created.roles == ()  # the create answer has no roles
        fetched = nu.users.get(ada_id)
        assert [r.title for r in fetched.roles] == ["Box office"]  # the company's default role
        assert nu.users.get(email="ADA@example.com").id == ada_id

        updated = nu.users.update(ada_id, name="Ada King", roles=[3, 4], visibility_groups=[2], accepted_terms=True)
        assert [r.title for r in updated.roles] == ["Event manager", "Reporting"]
        assert [g.name for g in updated.visibility_groups] == ["Bath Group"]
        assert updated.memberships[0].accepted_terms_at is not None

        status = nu.users.suspend(ada_id)
        assert status.message == "User 'Ada King' suspended successfully!"
        with pytest.raises(nuweb.NotFoundError):
            nu.users.get(ada_id)
        assert nu.users.get(ada_id, with_trashed=True).suspended
        assert ada_id not in {u.id for u in nu.users.list()}

        assert nu.users.restore(email="ada@example.com").message == "User 'Ada King' restored succeessfully!"
        assert not nu.users.get(ada_id).suspended
        assert ada_id in {u.id for u in nu.users.list()}

    with NuWeb.from_login(email="ada@example.com", password="correct-horse", company_id=1, base_url=url) as ada:
        assert ada.users.get(1).name == "John Doe"  # her roles let her read ...
        with pytest.raises(nuweb.PermissionDeniedError):
            ada.users.create(name="Eve", email="eve@example.com")  # ... but not write


def test_async_lifecycle(url: str) -> None:
    async def run() -> tuple[nuweb.CompanyUser, nuweb.UserStatus, nuweb.CompanyUser]:
        async with async_client(url) as nu:
            created = await nu.users.create(name="Grace Hopper", email="grace@example.com")
            await nu.users.update(int(created.id), email="grace.hopper@example.com")
            suspended = await nu.users.suspend(email="grace.hopper@example.com")
            await nu.users.restore(int(created.id))
            return created, suspended, await nu.users.get(int(created.id))

    created, suspended, again = asyncio.run(run())
    assert suspended.message == "User 'Grace Hopper' suspended successfully!"
    assert again.email == "grace.hopper@example.com" and again.id == created.id and not again.suspended


# -- errors -------------------------------------------------------------------------------------


def test_422_becomes_validation_error_with_field_messages(url: str) -> None:
    with client(url) as nu:
        with pytest.raises(nuweb.ArgumentError, match="password"):  # the spec's minLength: refused before sending
            nu.users.create(name="Ada", email="ada@example.com", password="short")
        with pytest.raises(nuweb.ValidationError) as invalid:
            nu.users.create(name="Ada", email="not-an-email", password="long-enough-1")
        assert invalid.value.status_code == 422 and invalid.value.summary == "The given data was invalid."
        assert invalid.value.errors == {"email": ["The email must be a valid email address."]}
        with pytest.raises(nuweb.ValidationError) as taken:
            nu.users.create(name="John", email="john.doe@example.com")
        assert taken.value.errors == {"email": ["The email has already been taken."]}
        with pytest.raises(nuweb.ValidationError) as roles:
            nu.users.update(1, roles=[1, 99])
        assert [(e.location, e.message) for e in roles.value.field_errors] == [
            (("roles", 1), "The selected roles.1 is invalid.")
        ]


def test_401_and_403_are_typed(url: str) -> None:
    with client(url, token="not-a-token") as nu, pytest.raises(nuweb.AuthenticationError) as unknown:
        nu.users.get(1)
    assert unknown.value.status_code == 401
    with client(url, token="readonly-token") as readonly:
        assert readonly.users.get(1).name == "John Doe"
        with pytest.raises(nuweb.PermissionDeniedError):
            readonly.users.suspend(1)
    with client(url, company_id=3) as expired, pytest.raises(nuweb.PermissionDeniedError) as trial:
        expired.users.get(2)
    assert "trial" in str(trial.value.body)
    with client(url, company_id=99) as nowhere, pytest.raises(nuweb.NotFoundError):
        nowhere.users.get(2)
    with client(url) as nu, pytest.raises(nuweb.PermissionDeniedError):
        nu.users.suspend(email="demo@example.com")  # not yourself


def test_from_login(url: str) -> None:
    with NuWeb.from_login(email="demo@example.com", password="demo-password", company_id=2, base_url=url) as nu:
        token = nu.token
        assert token is not None and token.reveal() not in ("demo-token", "readonly-token")
        assert "demo@example.com" in {u.email for u in nu.users.list()}
        assert nu.users.create(name="Festival Helper", email="helper@example.com").email == "helper@example.com"
    with pytest.raises(nuweb.ValidationError) as wrong:
        NuWeb.from_login(email="demo@example.com", password="guess", company_id=1, base_url=url)
    assert wrong.value.errors == {"email": ["The provided credentials are incorrect."]}

    async def login() -> str:
        async with await AsyncNuWeb.from_login(
            email="readonly@example.com", password="readonly-password", company_id=1, base_url=url
        ) as nu:
            return (await nu.users.get(1)).name or ""

    assert asyncio.run(login()) == "John Doe"
    assert statuses(url)["login 200"] == 2 and statuses(url)["login 422"] == 1


# -- rate limit ---------------------------------------------------------------------------------


def test_client_rate_limiter_keeps_under_the_mock_limit() -> None:
    """Mock: 30 requests per rolling minute per company; client: 30 too. Both read one fake clock."""
    clock = FakeClock()
    with mocks.running("nuweb", rate_limit_per_minute=30, clock=clock) as url:
        limiter = nuweb.RateLimiter(30, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)
        with client(url, rate_limit=limiter, max_retries=0) as nu:
            for _ in range(75):
                nu.users.get(1)
        assert clock.sleeps == [60.0, 60.0]  # two full windows waited out, on the fake clock only
        assert statuses(url) == {"get_company_user 200": 75}

        CONTROL.post(f"{url}/__mock__/reset").raise_for_status()  # fresh quota, same clock
        with client(url, rate_limit=0, max_retries=0) as unlimited:
            for _ in range(30):
                unlimited.users.get(1)
            with pytest.raises(nuweb.RateLimitError) as limited:
                unlimited.users.get(1)
        assert limited.value.retry_after == 60.0
        assert limited.value.response.headers["x-remaining-requests"] == "0"
        assert CONTROL.get(f"{url}/__mock__/drift").json() == []
