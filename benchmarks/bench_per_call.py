"""Per-call overhead of `users.list_page` (20 users): the facade vs raw httpx + json.loads.

Both contestants send the same GET with the same headers through an
`httpx.Client`, in-process (MockTransport answering canned bytes) and over
loopback HTTP to the mock (its own process, keep-alive connections). The plain
generated function (`list_users.sync`) runs alongside for reference.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from benchmarks.config import API_KEY, sizes
from benchmarks.harness import interleaved, label
from benchmarks.payloads import users_page_bytes
from cubicasa import CubiCasa
from cubicasa_client.api.users import list_users
from cubicasa_client.client import AuthenticatedClient
from cubicasa_client.models import PaginatedUsers

SIZES = sizes()
CONTESTANTS = ("facade", "raw_httpx", "generated")
LOCAL_URL = "http://127.0.0.1:4010"  # never contacted: MockTransport answers


def contestants(base_url: str, transport: Callable[[], httpx.BaseTransport | None]) -> dict[str, Callable[[], Any]]:
    limit = SIZES.page_users
    facade = CubiCasa(api_key=API_KEY, base_url=base_url, transport=transport(), max_retries=0)
    raw = httpx.Client(base_url=base_url, transport=transport())
    generated = AuthenticatedClient(base_url=base_url, token=API_KEY, prefix="", auth_header_name="api-key")
    generated.set_httpx_client(httpx.Client(base_url=base_url, transport=transport(), headers={"api-key": API_KEY}))

    def run_facade() -> PaginatedUsers:
        return facade.users.list_page(offset=0, limit=limit)

    def run_raw() -> Any:
        response = raw.get("/users", params={"limit": limit, "offset": 0}, headers={"api-key": API_KEY})
        response.raise_for_status()
        return json.loads(response.content)

    def run_generated() -> Any:
        page = list_users.sync(client=generated, limit=limit, offset=0)
        assert isinstance(page, PaginatedUsers)
        return page

    runners = {"facade": run_facade, "raw_httpx": run_raw, "generated": run_generated}
    for run in runners.values():
        run()  # connect, warm caches
    return runners


@pytest.fixture(scope="module")
def in_process() -> dict[str, Callable[[], Any]]:
    body = users_page_bytes(0, SIZES.page_users, total=1000)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return contestants(LOCAL_URL, lambda: httpx.MockTransport(answer))


@pytest.fixture(scope="module")
def loopback(mock_url: str) -> Iterator[dict[str, Callable[[], Any]]]:
    yield contestants(mock_url, lambda: None)


@interleaved("per_call_in_process", CONTESTANTS, SIZES.blocks)
def test_per_call_in_process(
    benchmark: Any, in_process: dict[str, Callable[[], Any]], contestant: str, block: int
) -> None:
    label(benchmark, contestant, block)
    benchmark(in_process[contestant])


@interleaved("per_call_loopback", CONTESTANTS, SIZES.blocks)
def test_per_call_loopback(benchmark: Any, loopback: dict[str, Callable[[], Any]], contestant: str, block: int) -> None:
    label(benchmark, contestant, block)
    benchmark(loopback[contestant])
