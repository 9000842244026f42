"""Walk every user of a 10,000-user mock that adds 20 ms to each request.

Ours: `AsyncCubiCasa.users.list(prefetch=N)` (bounded prefetch of the next
pages). Baseline: sequential page walking with the same page size
(`CubiCasa.users.list()`, one page after the other). Both read every user.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from benchmarks.config import API_KEY, sizes
from benchmarks.harness import interleaved, label
from benchmarks.servers import mock_process
from cubicasa import AsyncCubiCasa, CubiCasa

SIZES = sizes()
CONTESTANTS = ("async_prefetch", "sequential")


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


@interleaved("walk_users", CONTESTANTS, SIZES.walk_blocks)
def test_walk_users(benchmark: Any, walk_url: str, contestant: str, block: int) -> None:
    walk = walk_prefetch if contestant == "async_prefetch" else walk_sequential
    label(benchmark, contestant, block, page_size=SIZES.walk_page, prefetch=SIZES.walk_prefetch)
    count = benchmark.pedantic(walk, args=(walk_url,), rounds=1, iterations=1)
    assert count >= SIZES.walk_users
    benchmark.extra_info["items"] = count
