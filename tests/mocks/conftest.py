"""Shared fixtures: a strict CubiCasa mock over real loopback HTTP, and a webhook receiver."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

import clientkit_mocks as mocks
from clientkit_mocks.engine.server import serve
from tests.mock_state import fresh_state

CONTROL = httpx.Client(verify=False, timeout=10)  # shared: an SSL context per call costs ~0.1 s
DEMO_KEY = "demo-key"
READONLY_KEY = "readonly-key"


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """One strict CubiCasa mock per test module (state is reset per test)."""
    with mocks.running("cubicasa", strict=True) as url:
        yield url


@pytest.fixture()
def client(base_url: str) -> Iterator[httpx.Client]:
    """Authenticated client on freshly reset mock state; fails the test on drift."""
    with (
        fresh_state(base_url),
        httpx.Client(base_url=base_url, headers={"api-key": DEMO_KEY}, timeout=5, verify=False) as http,
    ):
        yield http


@dataclass
class Receiver:
    """A webhook receiver that fails its first ``fail_first`` calls with 500."""

    url: str
    fail_first: int
    calls: list[Any] = field(default_factory=list)


@pytest.fixture()
def receiver_factory() -> Iterator[Callable[[int], Receiver]]:
    """Start webhook receivers on loopback; each records every POST it gets."""
    stack: list[Any] = []

    def start(fail_first: int) -> Receiver:
        receiver = Receiver(url="", fail_first=fail_first)

        async def hook(request: Request) -> JSONResponse:
            receiver.calls.append(await request.json())
            if len(receiver.calls) <= receiver.fail_first:
                return JSONResponse({"error": "not yet"}, status_code=500)
            return JSONResponse({"ok": True})

        context = serve(Starlette(routes=[Route("/hook", hook, methods=["POST"])]))
        receiver.url = context.__enter__() + "/hook"
        stack.append(context)
        return receiver

    yield start
    for context in reversed(stack):
        context.__exit__(None, None, None)


def wait_for_deliveries(base_url: str, count: int, timeout_s: float = 10.0) -> list[dict[str, Any]]:
    """Poll ``/__mock__/webhooks`` until ``count`` deliveries are finished."""
    deadline = time.monotonic() + timeout_s
    while True:
        deliveries: list[dict[str, Any]] = CONTROL.get(f"{base_url}/__mock__/webhooks").json()
        finished = [d for d in deliveries if d["done"]]
        if len(finished) >= count or time.monotonic() > deadline:
            return deliveries
        time.sleep(0.02)


@pytest.fixture()
def deliveries(base_url: str) -> Callable[[int], list[dict[str, Any]]]:
    """``deliveries(n)`` waits until n webhook deliveries finished and returns all of them."""
    return lambda count: wait_for_deliveries(base_url, count)
