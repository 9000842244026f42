"""Walk every user of a 10,000-user mock that adds 20 ms to each request.

Two comparisons, on the same mock process (same pages, same injected latency):

- `walk_inflight` (the fair one): `AsyncCubiCasa.users.list(limit=20, prefetch=8)` vs raw
  `httpx.AsyncClient` keeping 8 requests in flight over the same pages (offsets 0, 20,
  40, ... in a sliding window, read in order, `json.loads` of each page, stopping at the
  first page that says `has_more: false` and cancelling the requests beyond it).
- `walk_users`: the same async prefetch walk vs the sync `CubiCasa.users.list(limit=20)`,
  one page after the other (what prefetch buys).

Every walker reads every user.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from benchmarks.config import API_KEY, sizes
from benchmarks.harness import interleaved, label
from benchmarks.servers import mock_process
from cubicasa import AsyncCubiCasa, CubiCasa

SIZES = sizes()


@pytest.fixture(scope="module")
def walk_url() -> Iterator[str]:
    with mock_process(users=SIZES.walk_users, latency_ms=SIZES.walk_latency_ms) as url:
        yield url


def walk_sequential(url: str) -> int:
    with CubiCasa(api_key=API_KEY, base_url=url) as client:
        return sum(1 for _ in client.users.list(limit=SIZES.walk_page))


def walk_prefetch(url: str) -> int:
    async def walk() -> int:
        async with AsyncCubiCasa(api_key=API_KEY, base_url=url) as client:
            count = 0
            async for _ in client.users.list(limit=SIZES.walk_page, prefetch=SIZES.walk_prefetch):
                count += 1
            return count

    return asyncio.run(walk())


def walk_raw_httpx(url: str) -> int:
    """Raw httpx, `walk_prefetch` requests in flight: what a user would write without our client."""
    page_size, in_flight = SIZES.walk_page, SIZES.walk_prefetch

    async def walk() -> int:
        async with httpx.AsyncClient(base_url=url, headers={"api-key": API_KEY}) as client:

            async def fetch(offset: int) -> Any:
                response = await client.get("/users", params={"offset": offset, "limit": page_size})
                response.raise_for_status()
                return json.loads(response.content)

            window: deque[asyncio.Task[Any]] = deque()
            next_offset = 0
            count = 0
            try:
                while True:
                    while len(window) < in_flight:
                        window.append(asyncio.ensure_future(fetch(next_offset)))
                        next_offset += page_size
                    page = await window.popleft()
                    for _ in page["items"]:
                        count += 1
                    if not page["pagination"]["has_more"]:
                        return count
            finally:
                for task in window:
                    task.cancel()
                await asyncio.gather(*window, return_exceptions=True)

    return asyncio.run(walk())


WALKERS = {"ours": walk_prefetch, "raw_httpx": walk_raw_httpx}


@interleaved("walk_inflight", tuple(WALKERS), SIZES.inflight_blocks)
def test_walk_inflight(benchmark: Any, walk_url: str, contestant: str, block: int) -> None:
    label(benchmark, contestant, block, page_size=SIZES.walk_page, prefetch=SIZES.walk_prefetch)
    count = benchmark.pedantic(WALKERS[contestant], args=(walk_url,), rounds=1, iterations=1)
    assert count >= SIZES.walk_users
    benchmark.extra_info["items"] = count


@interleaved("walk_users", ("async_prefetch", "sequential"), SIZES.walk_blocks)
def test_walk_users(benchmark: Any, walk_url: str, contestant: str, block: int) -> None:
    walk = walk_prefetch if contestant == "async_prefetch" else walk_sequential
    label(benchmark, contestant, block, page_size=SIZES.walk_page, prefetch=SIZES.walk_prefetch)
    count = benchmark.pedantic(walk, args=(walk_url,), rounds=1, iterations=1)
    assert count >= SIZES.walk_users
    benchmark.extra_info["items"] = count
