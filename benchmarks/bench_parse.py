"""Parse a 100-order `GET /orders` page (already JSON-decoded) into models.

Generated attrs models (`PaginatedOrders.from_dict`) vs pydantic v2
`model_validate` and msgspec `convert` of equivalent models (benchmarks/equivalents.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec
import pytest

from benchmarks.config import sizes
from benchmarks.equivalents import MsPaginatedOrders, PdPaginatedOrders
from benchmarks.harness import interleaved, label
from benchmarks.payloads import orders_page
from cubicasa_client.models import PaginatedOrders

SIZES = sizes()
CONTESTANTS = ("generated", "pydantic", "msgspec")


@pytest.fixture(scope="module")
def parsers() -> dict[str, Callable[[], Any]]:
    data = orders_page(SIZES.orders)
    runners: dict[str, Callable[[], Any]] = {
        "generated": lambda: PaginatedOrders.from_dict(data),
        "pydantic": lambda: PdPaginatedOrders.model_validate(data),
        "msgspec": lambda: msgspec.convert(data, MsPaginatedOrders),
    }
    for run in runners.values():
        assert len(run().items) == SIZES.orders
    return runners


@interleaved("parse_orders", CONTESTANTS, SIZES.blocks)
def test_parse_orders(benchmark: Any, parsers: dict[str, Callable[[], Any]], contestant: str, block: int) -> None:
    label(benchmark, contestant, block)
    benchmark(parsers[contestant])
