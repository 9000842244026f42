"""Per-call cost of fetching one 20-user page: every contestant of benchmarks/contestants.py.

In-process (an `httpx.MockTransport` per client answering the same canned page,
benchmarks/payloads.py) and over loopback HTTP to the CubiCasa mock (its own process,
keep-alive connections). The report divides each contestant's time by raw httpx +
`json.loads` measured in the same block.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from benchmarks.config import sizes
from benchmarks.contestants import CONTESTANTS, PageCallers, canned
from benchmarks.harness import interleaved, label
from benchmarks.payloads import users_page_bytes

SIZES = sizes()
LOCAL_URL = "http://127.0.0.1:4010"  # never contacted: MockTransport answers


def callers(base_url: str, transport: Any) -> Iterator[PageCallers]:
    made = PageCallers(base_url, transport, "users", SIZES.page_users)
    try:
        made.warm(SIZES.page_users)
        yield made
    finally:
        made.close()


@pytest.fixture(scope="module")
def in_process() -> Iterator[PageCallers]:
    yield from callers(LOCAL_URL, canned(users_page_bytes(0, SIZES.page_users, total=1000)))


@pytest.fixture(scope="module")
def loopback(mock_url: str) -> Iterator[PageCallers]:
    yield from callers(mock_url, lambda: None)


def measure(benchmark: Any, made: PageCallers, contestant: str, block: int) -> None:
    if contestant in made.missing:
        pytest.skip(made.missing[contestant])
    label(benchmark, contestant, block, page_size=SIZES.page_users)
    benchmark(made.runners[contestant])


@interleaved("per_call_in_process", CONTESTANTS, SIZES.blocks)
def test_per_call_in_process(benchmark: Any, in_process: PageCallers, contestant: str, block: int) -> None:
    measure(benchmark, in_process, contestant, block)


@interleaved("per_call_loopback", CONTESTANTS, SIZES.loopback_blocks)
def test_per_call_loopback(benchmark: Any, loopback: PageCallers, contestant: str, block: int) -> None:
    measure(benchmark, loopback, contestant, block)
