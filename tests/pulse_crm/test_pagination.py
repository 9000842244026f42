"""`users.list()`: page=1, 2, ... until `totalPages` or an empty page; never loops forever."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pulse_crm import PaginationError, models
from tests.pulse_crm.fakes import FakePulse, async_client, sync_client


def page_numbers(fake: FakePulse) -> list[int]:
    return [int(r.url.params["page"]) for r in fake.calls("GET", "/api/users")]


def envelope(ids: list[int], **numbers: Any) -> httpx.Response:
    return httpx.Response(200, json={"data": [{"id": i, "email": f"u{i}@example.com"} for i in ids], **numbers})


def test_iterates_every_page_and_stops_at_the_last() -> None:
    fake = FakePulse(users=25)
    users = list(sync_client(fake).users.list(page_size=10))

    assert [u.id for u in users] == list(range(1, 26))
    assert all(isinstance(u, models.User) for u in users)
    assert page_numbers(fake) == [1, 2, 3]
    assert [r.url.params["pageSize"] for r in fake.calls("GET", "/api/users")] == ["10"] * 3


def test_a_full_last_page_is_the_last_because_total_pages_says_so() -> None:
    fake = FakePulse(users=20)
    assert len(list(sync_client(fake).users.list(page_size=10))) == 20
    assert page_numbers(fake) == [1, 2]  # no third request for an empty page


def test_pages_iterates_whole_envelopes() -> None:
    fake = FakePulse(users=5)
    pages = list(sync_client(fake).users.list(page_size=2).pages())
    assert [(p.page, p.total_pages, len(p.data)) for p in pages] == [(1, 3, 2), (2, 3, 2), (3, 3, 1)]


def test_search_and_sort_go_with_every_page() -> None:
    fake = FakePulse(users=3)
    list(sync_client(fake).users.list(page_size=2, search="zach", sort=["-createdAt", "email"]))
    for request in fake.calls("GET", "/api/users"):
        assert request.url.params["search"] == "zach"
        assert request.url.params["sort"] == "-createdAt,email"


def test_a_server_that_repeats_a_page_raises_instead_of_looping(fake: FakePulse) -> None:
    static_page = envelope([1, 2], page=1, pageSize=2, total=16, totalPages=8)  # what a static mock sends
    fake.script("GET", "/api/users", *[static_page] * 10)

    seen: list[int] = []
    with pytest.raises(PaginationError, match="asked for page 2 but the server sent page 1"):
        for user in sync_client(fake).users.list(page_size=2):
            seen.append(user.id)  # type: ignore[arg-type]
    assert seen == [1, 2]  # the repeated page is refused before any of its users come out again
    assert page_numbers(fake) == [1, 2]


def test_an_empty_page_ends_iteration_even_if_more_pages_are_announced(fake: FakePulse) -> None:
    fake.script("GET", "/api/users", envelope([1, 2], page=1, totalPages=5), envelope([], page=2, totalPages=5))
    assert [u.id for u in sync_client(fake).users.list()] == [1, 2]
    assert page_numbers(fake) == [1, 2]


def test_without_total_pages_a_short_page_is_the_last(fake: FakePulse) -> None:
    fake.script("GET", "/api/users", envelope([1, 2], page=1, pageSize=2), envelope([3], page=2, pageSize=2))
    assert [u.id for u in sync_client(fake).users.list(page_size=2)] == [1, 2, 3]
    assert page_numbers(fake) == [1, 2]


def test_max_pages_caps_the_requests() -> None:
    fake = FakePulse(users=25)
    assert len(list(sync_client(fake).users.list(page_size=5, max_pages=2))) == 10
    assert page_numbers(fake) == [1, 2]


def test_dedupe_drops_users_seen_on_an_earlier_page(fake: FakePulse) -> None:
    # A user created while paging shifts the next page by one: user 2 shows up twice.
    fake.script("GET", "/api/users", envelope([1, 2], page=1, totalPages=2), envelope([2, 3], page=2, totalPages=2))
    assert [u.id for u in sync_client(fake).users.list(dedupe=True)] == [1, 2, 3]


def test_iteration_may_start_at_a_later_page() -> None:
    fake = FakePulse(users=6)
    assert [u.id for u in sync_client(fake).users.list(page_size=2, page=2)] == [3, 4, 5, 6]
    assert page_numbers(fake) == [2, 3]


@pytest.mark.anyio
async def test_async_iteration_with_prefetch_keeps_order() -> None:
    fake = FakePulse(users=25)
    client = async_client(fake)
    ids = [u.id async for u in client.users.list(page_size=5, prefetch=2)]

    assert ids == list(range(1, 26))
    assert {1, 2, 3, 4, 5} <= set(page_numbers(fake))
    assert len(fake.logins) == 1


@pytest.mark.anyio
async def test_async_repeated_page_raises(fake: FakePulse) -> None:
    static_page = envelope([1], page=1, pageSize=1, total=8, totalPages=8)
    fake.script("GET", "/api/users", *[static_page] * 10)
    seen: list[Any] = []
    with pytest.raises(PaginationError):
        async for user in async_client(fake).users.list(page_size=1):
            seen.append(user.id)
    assert seen == [1]


@pytest.mark.anyio
async def test_async_max_pages_and_dedupe() -> None:
    fake = FakePulse(users=9)
    client = async_client(fake)
    assert [u.id async for u in client.users.list(page_size=3, max_pages=2, dedupe=True)] == list(range(1, 7))
    assert (await client.users.list_page(page=3, page_size=3)).total_pages == 3
