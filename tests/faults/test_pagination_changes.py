"""What offset pagination does when the list changes during a walk (real mock, real HTTP).

CubiCasa lists are newest first and paged by offset. The walk asks for
``offset=20`` after the first page, whatever happened in between:

* deleting a user that was already yielded shifts every later user back by one,
  so the user that was at index 20 is now at 19 and is never yielded (a skip);
* creating a user puts it at index 0 and shifts everything forward by one, so the
  user at index 19 comes again at the top of the next page (a repeat), and the new
  user is not yielded at all.

`dedupe=True` removes the repeat (no id is ever yielded twice); nothing on the
client side can recover the skip, because the server never sends that user on
any page the walk asks for. The remedy is a re-walk (or a server-side snapshot).
See docs/reliability.md.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator

import pytest

import clientkit_mocks as mocks
import cubicasa
from tests.faults._support import API_KEY, reset_mock

PAGE = 20


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with mocks.running("cubicasa", strict=True, api_key=API_KEY) as url:
        yield url


@pytest.fixture()
def client(base_url: str) -> Iterator[cubicasa.CubiCasa]:
    reset_mock(base_url)
    with cubicasa.CubiCasa(API_KEY, base_url=base_url) as c:
        yield c


def all_ids(client: cubicasa.CubiCasa) -> list[str]:
    """The list as it is now, in order (two pages of 100, nothing changing meanwhile)."""
    return [str(u.id) for u in client.users.list(limit=100)]


def test_the_walk_is_complete_when_nothing_changes(client: cubicasa.CubiCasa) -> None:
    before = all_ids(client)
    walk = [str(u.id) for u in client.users.list(limit=PAGE)]
    assert len(before) >= 120
    assert walk == before  # same order, each once


def test_deleting_an_already_yielded_user_skips_the_next_page_first_user(client: cubicasa.CubiCasa) -> None:
    before = all_ids(client)
    walk: list[str] = []
    for user in client.users.list(limit=PAGE):
        walk.append(str(user.id))
        if len(walk) == PAGE:  # page 1 is consumed; page 2 is not fetched yet
            client.users.delete(before[5])
    assert before[5] in walk  # yielded before it was deleted
    assert len(walk) == len(set(walk)) == len(before) - 1
    assert set(before) - set(walk) == {before[PAGE]}  # shifted to index 19, behind the cursor: never sent


def test_creating_a_user_repeats_the_last_user_of_the_page(client: cubicasa.CubiCasa) -> None:
    before = all_ids(client)
    walk: list[str] = []
    created = ""
    for user in client.users.list(limit=PAGE):
        walk.append(str(user.id))
        if len(walk) == PAGE:
            created = str(client.users.create(email="walk-insert@example.com").id)
    counts = Counter(walk)
    assert {i for i, n in counts.items() if n > 1} == {before[PAGE - 1]}  # index 19 moved to 20: sent again
    assert counts[before[PAGE - 1]] == 2
    assert walk[PAGE] == before[PAGE - 1]
    assert created not in walk  # the new user went to index 0, behind the cursor
    assert set(walk) == set(before)


def test_dedupe_never_yields_an_id_twice_but_cannot_recover_a_skip(client: cubicasa.CubiCasa) -> None:
    before = all_ids(client)
    walk: list[str] = []
    for user in client.users.list(limit=PAGE, dedupe=True):
        walk.append(str(user.id))
        if len(walk) == PAGE:
            client.users.create(email="dedupe-insert-1@example.com")
            client.users.create(email="dedupe-insert-2@example.com")
        if len(walk) == 2 * PAGE:
            client.users.delete(before[3])
    assert len(walk) == len(set(walk)), "dedupe=True yielded an id twice"
    # Two inserts after page 1: page 2 (offset 20) starts two users early; dedupe drops the two repeats.
    # Page 3 (offset 40) then holds before[38:58]; a delete behind the cursor during it shifts the
    # list back by one, so page 4 (offset 60) starts at before[59]: before[58] is skipped.
    assert set(before) - set(walk) == {before[3 * PAGE - 2]}
    assert before[3] in walk


def test_a_re_walk_finds_what_the_first_walk_skipped(client: cubicasa.CubiCasa) -> None:
    before = all_ids(client)
    first: list[str] = []
    for user in client.users.list(limit=PAGE, dedupe=True):
        first.append(str(user.id))
        if len(first) == PAGE:
            client.users.delete(before[0])
    skipped = set(before) - set(first)
    assert skipped == {before[PAGE]}
    second = {str(u.id) for u in client.users.list(limit=PAGE, dedupe=True)}  # nothing changes during this one
    assert skipped <= second
    assert (set(first) | second) - {before[0]} == set(before) - {before[0]}


def test_the_async_walk_behaves_the_same(base_url: str) -> None:
    reset_mock(base_url)

    async def scenario() -> tuple[list[str], list[str], list[str]]:
        async with cubicasa.AsyncCubiCasa(API_KEY, base_url=base_url) as client:
            before = [str(u.id) async for u in client.users.list(limit=100)]
            plain: list[str] = []
            async for user in client.users.list(limit=PAGE):
                plain.append(str(user.id))
                if len(plain) == PAGE:
                    await client.users.create(email="async-insert-1@example.com")
            deduped: list[str] = []
            async for user in client.users.list(limit=PAGE, dedupe=True):
                deduped.append(str(user.id))
                if len(deduped) == PAGE:
                    await client.users.create(email="async-insert-2@example.com")
            return before, plain, deduped

    before, plain, deduped = asyncio.run(scenario())
    assert Counter(plain)[before[PAGE - 1]] == 2
    assert len(deduped) == len(set(deduped))
