"""Lazy offset paging: the server's next_offset sent as is, loop guards, max_pages, dedupe, async prefetch."""

from __future__ import annotations

import pytest

import cubicasa
from tests.overlay.fakes import FakeAPI, offset_of, order_json, page, paged, sequential_users, user_json


def emails(users: list[cubicasa.models.User]) -> list[str]:
    return [u.email for u in users]


def test_iterates_pages_lazily() -> None:
    api = FakeAPI(sequential_users(50))
    with api.client() as client:
        users = iter(client.users.list())
        assert api.requests == []  # nothing is fetched before iteration starts
        first = next(users)
        assert first.email == "user0@example.com"
        assert len(api.requests) == 1
        for _ in range(19):
            next(users)
        assert len(api.requests) == 1  # the first page is used up before the second is asked for
        assert next(users).email == "user20@example.com"
        assert len(api.requests) == 2
        rest = list(users)
    assert len(rest) == 29
    assert [offset_of(r) for r in api.requests] == [0, 20, 40]
    assert all(r.url.params["limit"] == "20" for r in api.requests)


def test_sends_the_servers_next_offset_as_is() -> None:
    pages = {
        0: page([user_json(i) for i in range(20)], has_more=True, next_offset=21),
        21: page([user_json(i) for i in range(21, 30)], has_more=False, next_offset=None),
    }
    api = FakeAPI(paged(pages))
    with api.client() as client:
        users = list(client.users.list())
    assert [offset_of(r) for r in api.requests] == [0, 21]
    assert len(users) == 29


def test_stops_when_has_more_is_false_even_with_a_next_offset() -> None:
    pages = {0: page([user_json(0)], has_more=False, next_offset=20)}
    api = FakeAPI(paged(pages))
    with api.client() as client:
        assert emails(list(client.users.list())) == ["user0@example.com"]
    assert len(api.requests) == 1


def test_repeated_offset_raises_pagination_error_naming_it() -> None:
    pages = {
        0: page([user_json(0)], has_more=True, next_offset=20),
        20: page([user_json(1)], has_more=True, next_offset=20),
    }
    api = FakeAPI(paged(pages))
    with api.client() as client:
        users = client.users.list()
        seen = []
        with pytest.raises(cubicasa.PaginationError, match=r"offset=20"):
            seen.extend(users)
    assert emails(seen) == ["user0@example.com", "user1@example.com"]
    assert len(api.requests) == 2  # the repeated page is never requested


def test_backwards_offset_raises() -> None:
    pages = {
        0: page([user_json(0)], has_more=True, next_offset=20),
        20: page([user_json(1)], has_more=True, next_offset=40),
        40: page([user_json(2)], has_more=True, next_offset=20),
    }
    api = FakeAPI(paged(pages))
    with api.client() as client, pytest.raises(cubicasa.PaginationError, match=r"offset=40.*offset=20"):
        list(client.users.list())
    assert [offset_of(r) for r in api.requests] == [0, 20, 40]


def test_more_to_come_without_next_offset_raises() -> None:
    api = FakeAPI(paged({0: page([user_json(0)], has_more=True, next_offset=None)}))
    with api.client() as client, pytest.raises(cubicasa.PaginationError, match="no next offset"):
        list(client.users.list())


def test_empty_page_that_claims_more_raises() -> None:
    pages = {
        0: page([user_json(0)], has_more=True, next_offset=20),
        20: page([], has_more=True, next_offset=40),
    }
    api = FakeAPI(paged(pages))
    with api.client() as client, pytest.raises(cubicasa.PaginationError, match=r"offset=20 was empty"):
        list(client.users.list())
    assert len(api.requests) == 2


def test_max_pages_limits_requests() -> None:
    api = FakeAPI(sequential_users(100))
    with api.client() as client:
        users = list(client.users.list(max_pages=2))
    assert len(users) == 40
    assert len(api.requests) == 2


def test_pages_iterator_yields_envelopes() -> None:
    api = FakeAPI(sequential_users(45))
    with api.client() as client:
        pages = list(client.users.list().pages())
    assert [len(p.items) for p in pages] == [20, 20, 5]
    assert [p.pagination.has_more for p in pages] == [True, True, False]


def test_dedupe_drops_items_seen_on_an_earlier_page() -> None:
    pages = {
        0: page([user_json(i) for i in range(5)], has_more=True, next_offset=3),
        3: page([user_json(i) for i in range(3, 8)], has_more=False),
    }
    api = FakeAPI(paged(pages))
    with api.client() as client:
        plain = emails(list(client.users.list()))
        deduped = emails(list(client.users.list(dedupe=True)))
    assert len(plain) == 10
    assert deduped == [f"user{i}@example.com" for i in range(8)]


def test_orders_list_sends_repeated_status_filter() -> None:
    api = FakeAPI(paged({0: page([], has_more=False)}))
    with api.client() as client:
        assert list(client.orders.list(status=["Ready", cubicasa.models.OrderStatus.PENDING])) == []
    assert api.requests[0].url.params.get_list("status") == ["Ready", "Pending"]


def test_status_filter_survives_to_later_pages() -> None:
    pages = {
        0: page([order_json(0)], has_more=True, next_offset=20),
        20: page([order_json(1)], has_more=False),
    }
    api = FakeAPI(paged(pages))
    with api.client() as client:
        assert len(list(client.orders.list(status="Ready"))) == 2
    assert [r.url.params.get_list("status") for r in api.requests] == [["Ready"], ["Ready"]]


# --- async -------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_iterator_matches_sync() -> None:
    api = FakeAPI(sequential_users(45))
    with api.client() as client:
        expected = emails(list(client.users.list()))
    async with api.async_client() as aclient:
        got = [u.email async for u in aclient.users.list()]
    assert got == expected
    assert len(got) == 45


@pytest.mark.anyio
async def test_async_guard_raises_like_sync() -> None:
    pages = {
        0: page([user_json(0)], has_more=True, next_offset=20),
        20: page([user_json(1)], has_more=True, next_offset=20),
    }
    api = FakeAPI(paged(pages))
    async with api.async_client() as aclient:
        with pytest.raises(cubicasa.PaginationError, match=r"offset=20"):
            [u async for u in aclient.users.list()]


@pytest.mark.anyio
@pytest.mark.parametrize("total", [0, 7, 20, 100, 95])
async def test_prefetch_yields_same_items_in_order_and_stays_bounded(total: int) -> None:
    plain_api = FakeAPI(sequential_users(total))
    async with plain_api.async_client() as aclient:
        expected = [u.email async for u in aclient.users.list()]

    api = FakeAPI(sequential_users(total))
    async with api.async_client() as aclient:
        got = [u.email async for u in aclient.users.list(prefetch=4)]
    assert got == expected
    assert len(got) == total
    requested = [offset_of(r) for r in api.requests]
    assert len(requested) == len(set(requested))  # no page fetched twice
    last_page = max(0, (total - 1) // 20 * 20)
    beyond = [o for o in requested if o > last_page]
    assert len(beyond) <= 4


@pytest.mark.anyio
async def test_prefetch_respects_max_pages() -> None:
    api = FakeAPI(sequential_users(200))
    async with api.async_client() as aclient:
        got = [u async for u in aclient.users.list(prefetch=4, max_pages=2)]
    assert len(got) == 40
    assert sorted(offset_of(r) for r in api.requests) == [0, 20]


@pytest.mark.anyio
async def test_async_status_filter() -> None:
    api = FakeAPI(paged({0: page([order_json(0)], has_more=False)}))
    async with api.async_client() as aclient:
        got = [o async for o in aclient.orders.list(status=["Ready"])]
    assert len(got) == 1


@pytest.mark.anyio
async def test_async_dedupe() -> None:
    pages = {
        0: page([user_json(i) for i in range(5)], has_more=True, next_offset=3),
        3: page([user_json(i) for i in range(3, 8)], has_more=False),
    }
    api = FakeAPI(paged(pages, beyond=page([], has_more=False)))
    async with api.async_client() as aclient:
        got = [u.email async for u in aclient.users.list(dedupe=True, prefetch=2)]
    assert got == [f"user{i}@example.com" for i in range(8)]
