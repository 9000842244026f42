"""Bytes to models: the cost of turning a 100-order `GET /orders` page into each contestant's objects.

Measured through each contestant's own call, so `ours` is whatever the client does with
the response bytes (no internals are called): every contestant fetches
`/orders?offset=0&limit=100` in-process twice per block, once from a MockTransport
answering the 100-order page and once from one answering an empty page (same request,
same headers). The difference is the price of the 100 orders: decoding, validation,
model building. For `json_loads` (raw httpx + `json.loads`) it is `json.loads` alone,
the baseline of the row; every fixed cost of a call (request building, auth, transport,
status checks) cancels out for every contestant.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from benchmarks.config import sizes
from benchmarks.contestants import CONTESTANTS, PageCallers, canned
from benchmarks.harness import interleaved, label
from benchmarks.payloads import empty_page_bytes, orders_page_bytes

SIZES = sizes()
LOCAL_URL = "http://127.0.0.1:4010"  # never contacted: MockTransport answers
EMPTY = "@empty"
NAMES = {name: "json_loads" if name == "raw_httpx" else name for name in CONTESTANTS}
PAIRS = tuple(f"{NAMES[name]}{suffix}" for name in CONTESTANTS for suffix in ("", EMPTY))


@pytest.fixture(scope="module")
def pages() -> Iterator[dict[str, PageCallers]]:
    full = PageCallers(LOCAL_URL, canned(orders_page_bytes(SIZES.orders)), "orders", SIZES.orders)
    empty = PageCallers(LOCAL_URL, canned(empty_page_bytes(SIZES.orders)), "orders", SIZES.orders)
    try:
        full.warm(SIZES.orders)
        empty.warm(0)
        yield {"": full, EMPTY: empty}
    finally:
        full.close()
        empty.close()


@interleaved("parse_orders", PAIRS, SIZES.blocks)
def test_parse_orders(benchmark: Any, pages: dict[str, PageCallers], contestant: str, block: int) -> None:
    name, suffix = (contestant[: -len(EMPTY)], EMPTY) if contestant.endswith(EMPTY) else (contestant, "")
    made = pages[suffix]
    runner = "raw_httpx" if name == "json_loads" else name
    if runner in made.missing:
        pytest.skip(made.missing[runner])
    label(benchmark, contestant, block, items=0 if suffix else SIZES.orders)
    benchmark(made.runners[runner])
