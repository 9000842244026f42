"""Hostile paging servers on real sockets: no walk loops, every bad cursor is a typed error, prefetch wastes little.

Each style the specs use is attacked: CubiCasa's offsets (`next_offset` sent as is), Pulse's page
numbers (echoed page, totals) and NU Web's page numbers (JSON:API `links.next`). The servers advance
the cursor while repeating items (as is, reordered, alternating, or in ever new combinations of
old items), send cursors of the wrong type, or change their stride under an async prefetch. Every
walk runs sync, async, and async with `prefetch=8`, with `dedupe` off and on.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pytest

import cubicasa
import nuweb
import pulse_crm
from tests.faults._support import record_figures
from tests.faults.hostile import Connection, HostileServer, Request
from tests.nuweb.fakes import list_body
from tests.overlay.fakes import user_json

PAGE = 20
WALK_BOUND_S = 10.0  # a walk that raises must do so at once; generous for a loaded machine
MODES = [("sync", 0), ("async", 0), ("async", 8)]
MODE_IDS = ["sync", "async", "async-prefetch-8"]


@dataclass
class Walk:
    """What one walk did: the items it yielded, what it raised, how many requests the server got."""

    items: list[Any]
    raised: BaseException | None
    requests: int
    seconds: float


def walk(
    make: Callable[[str, str], Any], list_call: Callable[[Any, dict[str, Any]], Any], handler: Any, **kw: Any
) -> Any:
    """Run the walk in each mode; returns {mode: Walk}."""
    flavour, prefetch, dedupe = kw["flavour"], kw.get("prefetch", 0), kw.get("dedupe", False)
    options: dict[str, Any] = {"dedupe": dedupe, **kw.get("options", {})}
    if prefetch:
        options["prefetch"] = prefetch
    with HostileServer(handler) as server:
        client = make(server.url, flavour)
        items: list[Any] = []
        raised: BaseException | None = None
        started = time.monotonic()
        if flavour == "sync":
            with client:
                try:
                    items.extend(list_call(client, options))
                except Exception as exc:
                    raised = exc
        else:

            async def scenario() -> None:
                nonlocal raised
                async with client:
                    try:
                        async for item in list_call(client, options):
                            items.append(item)
                    except Exception as exc:
                        raised = exc

            asyncio.run(scenario())
        return Walk(items, raised, server.count, time.monotonic() - started)


# --- CubiCasa: offsets --------------------------------------------------------------------------------
def cubicasa_client(url: str, flavour: str) -> Any:
    cls = cubicasa.CubiCasa if flavour == "sync" else cubicasa.AsyncCubiCasa
    return cls(api_key="ck-paging-0001", base_url=url, max_retries=0, timeout=5)


def cubicasa_list(client: Any, options: dict[str, Any]) -> Any:
    return client.users.list(**options)


def offsets(
    items_at: Callable[[int, int], Iterable[int]],
    next_offset: Callable[[int, int], Any] = lambda offset, n: offset + PAGE,
    has_more: Callable[[int, int], Any] = lambda offset, n: True,
) -> Any:
    """A CubiCasa users list: for the n-th request (at `offset`), these user numbers, this next offset."""
    state = {"n": 0}

    def handler(conn: Connection, request: Request) -> bool:
        offset = int(request.param("offset", "0") or "0")
        n = state["n"]
        state["n"] += 1
        body = {
            "pagination": {"has_more": has_more(offset, n), "limit": PAGE, "next_offset": next_offset(offset, n)},
            "items": [user_json(i) for i in items_at(offset, n)],
        }
        conn.answer(200, json.dumps(body).encode(), {"content-type": "application/json"})
        return True

    return handler


def same_items(offset: int, n: int) -> Iterable[int]:
    return range(PAGE)


def reordered(offset: int, n: int) -> Iterable[int]:
    return range(PAGE) if n % 2 == 0 else reversed(range(PAGE))


def alternating(offset: int, n: int) -> Iterable[int]:
    return range(PAGE) if n % 2 == 0 else range(PAGE, 2 * PAGE)


def old_items_in_new_combinations(offset: int, n: int) -> Iterable[int]:
    """Two pages of fresh users, then pages of those 40 users, each page a combination never sent before."""
    if n < 2:
        return range(n * PAGE, (n + 1) * PAGE)
    return sorted((7 * n + j) % (2 * PAGE) for j in range(PAGE))


LOOPS = [
    ("same-items", same_items, 2),
    ("same-items-reordered", reordered, 2),
    ("two-pages-alternating", alternating, 3),
    ("old-items-new-combinations", old_items_in_new_combinations, 5),
]


@pytest.mark.parametrize("dedupe", [False, True], ids=["plain", "dedupe"])
@pytest.mark.parametrize(("flavour", "prefetch"), MODES, ids=MODE_IDS)
@pytest.mark.parametrize("loop", LOOPS, ids=[loop[0] for loop in LOOPS])
def test_an_advancing_offset_with_no_new_items_stops_the_walk(
    loop: tuple[str, Any, int], flavour: str, prefetch: int, dedupe: bool
) -> None:
    _, items_at, pages = loop  # pages: the page at which the walk must stop
    done = walk(cubicasa_client, cubicasa_list, offsets(items_at), flavour=flavour, prefetch=prefetch, dedupe=dedupe)
    assert isinstance(done.raised, cubicasa.PaginationError), done.raised
    assert "stopping instead of looping forever" in str(done.raised)
    assert done.requests <= pages + prefetch, f"{done.requests} requests for a walk that stops at page {pages}"
    assert done.seconds < WALK_BOUND_S
    assert len(done.items) <= (pages - 1) * PAGE  # the page that stops the walk is not yielded


def by_page(items_at: Callable[[int], Iterable[int]], pages: int) -> Any:
    """A list of `pages` pages at offsets 0, 20, 40, ...: what is at an offset never depends on the
    order requests arrive in (an async prefetch sends them out of order)."""
    return offsets(
        lambda offset, n: items_at(offset // PAGE),
        has_more=lambda offset, n: offset // PAGE < pages - 1,
    )


@pytest.mark.parametrize(("flavour", "prefetch"), MODES, ids=MODE_IDS)
def test_slow_but_real_progress_is_not_mistaken_for_a_loop(flavour: str, prefetch: int) -> None:
    """Each page repeats 19 items of the one before (as when users are created during a walk) and brings
    one new one: a walk that progresses, slowly, to its end."""
    handler = by_page(lambda k: range(k, k + PAGE), pages=30)
    done = walk(cubicasa_client, cubicasa_list, handler, flavour=flavour, prefetch=prefetch, dedupe=True)
    assert done.raised is None, done.raised
    assert len(done.items) == PAGE + 29


BAD_NEXT_OFFSETS: list[tuple[str, Any, Any]] = [
    # (name, has_more, next_offset)
    ("string", True, "40"),
    ("float", True, 40.5),
    ("bool", True, True),
    ("object", True, {"offset": 40}),
    ("list", True, [40]),
    ("null-with-more", True, None),
    ("negative", True, -20),
    ("same-offset", True, 0),
    ("has-more-text", "yes", 20),
    ("has-more-number", 1, 20),
]


@pytest.mark.parametrize(("flavour", "prefetch"), MODES, ids=MODE_IDS)
@pytest.mark.parametrize(("name", "more", "next_offset"), BAD_NEXT_OFFSETS, ids=[b[0] for b in BAD_NEXT_OFFSETS])
def test_a_malformed_next_offset_is_a_typed_error(
    name: str, more: Any, next_offset: Any, flavour: str, prefetch: int
) -> None:
    handler = offsets(
        lambda offset, n: range(n * PAGE, (n + 1) * PAGE),
        next_offset=lambda offset, n: next_offset,
        has_more=lambda offset, n: more,
    )
    done = walk(cubicasa_client, cubicasa_list, handler, flavour=flavour, prefetch=prefetch)
    assert isinstance(done.raised, cubicasa.PaginationError | cubicasa.ResponseValidationError), repr(done.raised)
    assert done.requests <= 1 + prefetch


@pytest.mark.parametrize(("flavour", "prefetch"), MODES, ids=MODE_IDS)
def test_a_huge_next_offset_is_sent_or_refused_typed(flavour: str, prefetch: int) -> None:
    handler = offsets(
        lambda offset, n: range(n * PAGE, (n + 1) * PAGE) if offset < 10**6 else (),
        next_offset=lambda offset, n: 10**30 if n == 0 else None,
        has_more=lambda offset, n: n == 0,
    )
    done = walk(cubicasa_client, cubicasa_list, handler, flavour=flavour, prefetch=prefetch)
    assert done.raised is None or isinstance(done.raised, cubicasa.CubiCasaError), repr(done.raised)


def strides(pattern: Callable[[int], int], pages: int) -> Any:
    """Distinct users on every page; the n-th page's next offset is `pattern(n)` further; `pages` pages.

    An offset the list does not have (a wrong prediction) gets an empty last page.
    """
    starts = [0]
    for n in range(pages - 1):
        starts.append(starts[-1] + pattern(n))
    index = {offset: n for n, offset in enumerate(starts)}

    def items_at(offset: int, n: int) -> Iterable[int]:
        return range(offset, offset + PAGE) if offset in index else ()

    def next_offset(offset: int, n: int) -> Any:
        k = index.get(offset)
        return starts[k + 1] if k is not None and k + 1 < pages else None

    return offsets(items_at, next_offset=next_offset, has_more=lambda offset, n: next_offset(offset, n) is not None)


STRIDES = [
    ("constant", lambda n: PAGE),
    ("changes-once", lambda n: PAGE if n < 3 else PAGE + 1),
    ("changes-every-page", lambda n: PAGE + n % 2),
    ("grows", lambda n: PAGE + n),
]


@pytest.mark.parametrize(("name", "pattern"), STRIDES, ids=[s[0] for s in STRIDES])
def test_prefetch_wastes_at_most_its_depth_whatever_the_stride(name: str, pattern: Callable[[int], int]) -> None:
    """Before: 3.6 requests per page when the stride changed; now at most `prefetch` wasted per walk."""
    pages = 30
    done = walk(cubicasa_client, cubicasa_list, strides(pattern, pages), flavour="async", prefetch=8)
    assert done.raised is None, done.raised
    assert len(done.items) == pages * PAGE
    assert pages <= done.requests <= pages + 8, f"{done.requests} requests for {pages} pages"
    record_figures(f"bounds_prefetch_{name}", {"pages": pages, "requests": done.requests})


@pytest.mark.parametrize(("flavour", "prefetch"), MODES, ids=MODE_IDS)
def test_max_pages_bounds_an_endless_list(flavour: str, prefetch: int) -> None:
    handler = by_page(lambda k: range(k * PAGE, (k + 1) * PAGE), pages=10**6)  # fresh users "forever"
    done = walk(cubicasa_client, cubicasa_list, handler, flavour=flavour, prefetch=prefetch, options={"max_pages": 5})
    assert done.raised is None
    assert len(done.items) == 5 * PAGE
    assert done.requests == 5


# --- Pulse: page numbers with an echoed page and totals -----------------------------------------------
def pulse_client(url: str, flavour: str) -> Any:
    cls = pulse_crm.PulseCRM if flavour == "sync" else pulse_crm.AsyncPulseCRM
    return cls(api_key="apiKey-paging", api_secret="paging-secret", account_id="1", base_url=url, max_retries=0)


def pulse_list(client: Any, options: dict[str, Any]) -> Any:
    return client.users.list(**options)


def pulse_pages(items_at: Callable[[int], Iterable[int]], echo: Callable[[int], Any] = lambda page: page) -> Any:
    def handler(conn: Connection, request: Request) -> bool:
        if request.path.endswith("/auth/login"):
            session = {"id": 1, "email": "a@example.com", "token": "pulse-paging-token"}
            conn.json(200, {**session, "expiresAt": "2099-01-01T00:00:00Z"})
            return True
        page = int(request.param("page", "1") or "1")
        users = [{"id": i, "email": f"u{i}@example.com", "active": True} for i in items_at(page)]
        body = {"data": users, "page": echo(page), "pageSize": PAGE, "total": 10**6, "totalPages": 10**5}
        conn.json(200, body)
        return True

    return handler


PULSE_LOOPS = [
    ("same-items", lambda page: range(PAGE), 2),
    ("alternating", lambda page: range(PAGE) if page % 2 else range(PAGE, 2 * PAGE), 3),
    ("old-items-new-combinations", lambda page: old_items_in_new_combinations(0, page - 1), 5),
]


@pytest.mark.parametrize("dedupe", [False, True], ids=["plain", "dedupe"])
@pytest.mark.parametrize(("flavour", "prefetch"), MODES, ids=MODE_IDS)
@pytest.mark.parametrize("loop", PULSE_LOOPS, ids=[loop[0] for loop in PULSE_LOOPS])
def test_an_advancing_page_number_with_no_new_items_stops_the_walk(
    loop: tuple[str, Any, int], flavour: str, prefetch: int, dedupe: bool
) -> None:
    _, items_at, pages = loop
    done = walk(pulse_client, pulse_list, pulse_pages(items_at), flavour=flavour, prefetch=prefetch, dedupe=dedupe)
    assert isinstance(done.raised, pulse_crm.PaginationError), done.raised
    logins = 1
    assert done.requests <= logins + pages + prefetch
    assert done.seconds < WALK_BOUND_S


@pytest.mark.parametrize(("flavour", "prefetch"), MODES, ids=MODE_IDS)
@pytest.mark.parametrize(
    ("name", "echo"),
    [("echoes-page-1", lambda page: 1), ("echoes-text", str), ("echoes-null", lambda page: None)],
    ids=["echoes-page-1", "echoes-text", "echoes-null"],
)
def test_a_page_number_the_server_ignores_or_mangles_is_typed(
    name: str, echo: Any, flavour: str, prefetch: int
) -> None:
    done = walk(
        pulse_client, pulse_list, pulse_pages(lambda page: range(PAGE), echo), flavour=flavour, prefetch=prefetch
    )
    assert isinstance(done.raised, pulse_crm.PaginationError | pulse_crm.ResponseValidationError), done.raised
    assert done.requests <= 1 + 2 + prefetch


# --- NU Web: page numbers with links.next -------------------------------------------------------------
def nuweb_client(url: str, flavour: str) -> Any:
    cls = nuweb.NuWeb if flavour == "sync" else nuweb.AsyncNuWeb
    return cls(token="nu-paging-token", company_id=1, base_url=url, max_retries=0, rate_limit=0)


def nuweb_list(client: Any, options: dict[str, Any]) -> Any:
    return client.users.list(**options)


def nuweb_pages(ids_at: Callable[[int], Iterable[int]], next_link: Callable[[int], Any] | None = None) -> Any:
    def handler(conn: Connection, request: Request) -> bool:
        page = int(request.param("page", "1") or "1")
        body = list_body(list(ids_at(page)), page=page, last_page=None)
        if next_link is not None:
            body["links"]["next"] = next_link(page)
        conn.json(200, body)
        return True

    return handler


@pytest.mark.parametrize("dedupe", [False, True], ids=["plain", "dedupe"])
@pytest.mark.parametrize(("flavour", "prefetch"), MODES, ids=MODE_IDS)
def test_nuweb_links_that_advance_over_the_same_users_stop_the_walk(flavour: str, prefetch: int, dedupe: bool) -> None:
    handler = nuweb_pages(lambda page: range(1, PAGE + 1))
    done = walk(nuweb_client, nuweb_list, handler, flavour=flavour, prefetch=prefetch, dedupe=dedupe)
    assert isinstance(done.raised, nuweb.PaginationError), done.raised
    assert done.requests <= 2 + prefetch


@pytest.mark.parametrize(("flavour", "prefetch"), MODES, ids=MODE_IDS)
@pytest.mark.parametrize(
    ("name", "link"),
    [("number", lambda page: 123), ("backwards", lambda page: "https://api.nuweb.test/v1/company/users?page=1")],
    ids=["number", "backwards"],
)
def test_a_malformed_next_link_is_typed(name: str, link: Any, flavour: str, prefetch: int) -> None:
    handler = nuweb_pages(lambda page: range(page * PAGE, (page + 1) * PAGE), next_link=link)
    done = walk(nuweb_client, nuweb_list, handler, flavour=flavour, prefetch=prefetch)
    assert isinstance(done.raised, nuweb.PaginationError | nuweb.ResponseValidationError), done.raised
    assert done.requests <= 2 + prefetch
