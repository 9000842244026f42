"""`client.users.list()`: every page lazily, stopping on `links.next: null` or `meta.total`, never looping."""

from __future__ import annotations

import httpx
import pytest

import nuweb
from tests.nuweb.fakes import Recorder, json_response, list_body, make_async_client, make_client

PER_PAGE = 3


def paged(total: int, *, links: bool = True, with_total: bool = True) -> Recorder:
    """A server with `total` users, `limit` per page, Laravel-style links."""
    last = max(1, -(-total // PER_PAGE))

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        limit = int(request.url.params["limit"])
        ids = list(range((page - 1) * limit + 1, min(page * limit, total) + 1))
        body = list_body(ids, page=page, last_page=last, total=total if with_total else None, links=links)
        return json_response(200, body)

    return Recorder(handler)


def test_iterates_every_page_and_stops_when_links_next_is_null() -> None:
    recorder = paged(8, with_total=False)
    with make_client(recorder) as client:
        users = list(client.users.list(limit=PER_PAGE))

    assert [u.id for u in users] == list(range(1, 9))
    assert recorder.pages == [1, 2, 3]  # page 3 says next: null -> no 4th request
    assert all(r.url.params["limit"] == "3" for r in recorder.requests)
    assert users[7].roles[0].title == "Super user"  # flattened on every page


def test_meta_total_ends_iteration_without_links() -> None:
    recorder = paged(6, links=False)
    with make_client(recorder) as client:
        pages = list(client.users.list(limit=PER_PAGE).pages())

    assert [p.total for p in pages] == [6, 6]
    assert [len(p) for p in pages] == [3, 3]
    assert recorder.pages == [1, 2]  # 2 * 3 >= total: the last page, nothing more asked


def test_without_links_or_total_an_empty_page_ends_iteration() -> None:
    recorder = paged(4, links=False, with_total=False)
    with make_client(recorder) as client:
        assert len(list(client.users.list(limit=PER_PAGE))) == 4
    assert recorder.pages == [1, 2, 3]


def test_a_server_that_repeats_a_page_raises_instead_of_looping() -> None:
    same = list_body([1, 2, 3], page=1, last_page=5, total=15)  # ignores `page`: always page 1, next -> 2
    recorder = Recorder(lambda request: json_response(200, same))
    with make_client(recorder) as client:
        seen: list[int | str] = []
        with pytest.raises(nuweb.PaginationError, match=r"page=2 repeats.*page=1"):
            seen.extend(user.id for user in client.users.list(limit=PER_PAGE))

    assert seen == [1, 2, 3]
    assert recorder.pages == [1, 2]


def test_a_next_link_pointing_back_raises() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        body = list_body([page * 10 + 1], page=page, last_page=9)
        body["links"]["next"] = "https://api.nuweb.test/v1/company/users?page=1"
        return json_response(200, body)

    recorder = Recorder(handler)
    with make_client(recorder) as client, pytest.raises(nuweb.PaginationError, match="next page is page 1"):
        list(client.users.list(limit=1))
    assert recorder.pages == [1]


def test_max_pages_dedupe_and_first_page() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        return json_response(200, list_body([page, page + 1], page=page, last_page=6))  # overlapping pages

    recorder = Recorder(handler)
    with make_client(recorder) as client:
        assert [u.id for u in client.users.list(limit=2, page=2, max_pages=3)] == [2, 3, 3, 4, 4, 5]
        assert [u.id for u in client.users.list(limit=2, dedupe=True)] == [1, 2, 3, 4, 5, 6, 7]
    assert recorder.pages == [2, 3, 4, 1, 2, 3, 4, 5, 6]


def test_list_forwards_filters_on_every_page() -> None:
    recorder = paged(5)
    with make_client(recorder) as client:
        list(client.users.list(limit=PER_PAGE, include=["roles"], with_trashed=True, only="users.email"))

    for request in recorder.requests:
        params = request.url.params
        assert (params["include"], params["withTrashed"], params["only"]) == ("roles", "true", "users.email")


@pytest.mark.anyio
async def test_async_iteration_with_prefetch_matches_sync() -> None:
    sync_recorder, async_recorder = paged(10), paged(10)
    with make_client(sync_recorder) as client:
        expected = list(client.users.list(limit=PER_PAGE))
    async with make_async_client(async_recorder) as client:
        got = [user async for user in client.users.list(limit=PER_PAGE, prefetch=2)]

    assert got == expected  # equal flattened objects (raw is not compared)
    assert sorted(async_recorder.pages)[:4] == [1, 2, 3, 4]
    assert [u.name for u in got] == [f"User {i}" for i in range(1, 11)]


@pytest.mark.anyio
async def test_async_repeat_guard() -> None:
    same = list_body([1, 2], page=1, last_page=None, total=100, links=False)  # only the content can tell
    async with make_async_client(Recorder(lambda request: json_response(200, same))) as client:
        with pytest.raises(nuweb.PaginationError, match=r"repeats.*page=1"):
            _ = [user async for user in client.users.list(limit=2, prefetch=1)]
