"""Fault injection: latency, throttling, server errors and broken connections.

Faults hit API routes only (never ``/__mock__``). They fire either with
probability ``rate`` from a seeded RNG (reproducible runs) or on demand with
the request header ``x-mock-fault: 503|429|500|drop|truncate|stall``; the
header ``x-mock-latency-ms`` adds latency to one request.

``503``/``429``/``500`` answer before the handler runs, so nothing is written.
``drop``/``truncate``/``stall`` run the handler first and then lose the
answer, which is the case that tempts clients into unsafe retries:

* ``drop`` closes the connection without a response. ASGI has no "abort"
  message, so the server the mocks run on (:mod:`clientkit_mocks.engine.protocol`)
  puts a ``close`` callable under the scope extension
  ``clientkit_mocks.close_connection``: the middleware calls it and waits for the
  ``http.disconnect`` that follows.
  Under another ASGI server (no such extension) it raises instead, which
  such a server answers with a 500: a server error, not a lost answer.
* ``truncate`` sends the headers with the full ``Content-Length`` and half the
  body, then closes the connection the same way (or raises, which makes any
  ASGI server close it once a response has started).
* ``stall`` holds the answer for ``stall_s`` seconds, stopping early if the
  client gives up, then sends it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clientkit_mocks.engine.api import ALL_FAULTS, JSON
from clientkit_mocks.engine.protocol import CLOSE_EXTENSION
from clientkit_mocks.engine.state import Stats

FAULT_HEADER = b"x-mock-fault"
LATENCY_HEADER = b"x-mock-latency-ms"
CONTROL_PREFIX = "/__mock__"


class InjectedFaultError(Exception):
    """Raised on purpose to make a server without the close extension cut the connection."""


class _HideInjectedFaults(logging.Filter):
    """Keeps the server's error log free of our deliberate connection cuts."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, InjectedFaultError)


_FILTER = _HideInjectedFaults()


def quiet_injected_faults() -> None:
    """Install the log filter on uvicorn's error logger (idempotent)."""
    log = logging.getLogger("uvicorn.error")
    if _FILTER not in log.filters:
        log.addFilter(_FILTER)


@dataclass(frozen=True)
class FaultConfig:
    """How often and which faults fire, plus their timing knobs."""

    rate: float = 0.0
    kinds: Sequence[str] = ALL_FAULTS
    latency_ms: float = 0.0
    stall_s: float = 5.0
    retry_after_s: int = 1
    seed: int = 1


class FaultPlan:
    """Decides which request gets which fault; owns the seeded RNG."""

    def __init__(self, config: FaultConfig, error_body: Callable[[int, str], JSON], stats: Stats) -> None:
        self.config = config
        self.error_body = error_body
        self.stats = stats
        self.rng = random.Random(config.seed)
        self.queued: list[list[Any]] = []  # [fault, path prefix or "", times left], first match wins

    def reseed(self, seed: int | None = None) -> None:
        """Restart the fault sequence and forget queued faults (used by ``/__mock__/reset``)."""
        self.rng = random.Random(self.config.seed if seed is None else seed)
        self.queued.clear()

    def queue(self, fault: str, *, times: int = 1, path: str = "") -> None:
        """The next `times` requests whose path starts with `path` get `fault` (`POST /__mock__/faults`)."""
        if fault not in ALL_FAULTS:
            raise ValueError(f"unknown fault {fault!r}; known: {', '.join(ALL_FAULTS)}")
        self.queued.append([fault, path, max(int(times), 1)])

    def draw(self, path: str = "") -> str | None:
        """The fault for the next request, if any: a queued one for its path, else one drawn at `rate`."""
        for entry in self.queued:
            if path.startswith(entry[1]):
                entry[2] -= 1
                if entry[2] <= 0:
                    self.queued.remove(entry)
                return str(entry[0])
        if self.config.rate <= 0 or not self.config.kinds:
            return None
        if self.rng.random() >= self.config.rate:
            return None
        return self.rng.choice(list(self.config.kinds))


class FaultInjector:
    """ASGI middleware applying a :class:`FaultPlan` to API requests."""

    def __init__(self, app: ASGIApp, plan: FaultPlan) -> None:
        self.app = app
        self.plan = plan
        self.config = plan.config
        quiet_injected_faults()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        forced: str | None = None
        latency_ms = self.config.latency_ms
        for name, value in scope["headers"]:
            if name == FAULT_HEADER:
                forced = value.decode("latin-1").strip().lower()
            elif name == LATENCY_HEADER:
                with contextlib.suppress(ValueError):
                    latency_ms = float(value)
        if latency_ms > 0:
            await asyncio.sleep(latency_ms / 1000)
        fault = forced or self.plan.draw(scope["path"])
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault not in ALL_FAULTS:
            await self._error(send, 400, f"unknown x-mock-fault {fault!r}; known: {', '.join(ALL_FAULTS)}")
            return
        self.plan.stats.faults[fault] += 1
        if fault in ("503", "429", "500"):
            await self._error(send, int(fault), _FAULT_MESSAGES[fault])
            return
        messages = await self._capture(scope, receive)
        if fault == "drop":
            await _cut(scope, receive)
        elif fault == "truncate":
            await self._truncate(scope, receive, send, messages)
        else:
            await self._stall(receive, send, messages)

    async def _error(self, send: Send, status: int, message: str) -> None:
        body = json.dumps(self.plan.error_body(status, message)).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if status in (429, 503):
            headers.append((b"retry-after", str(self.config.retry_after_s).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _capture(self, scope: Scope, receive: Receive) -> list[Message]:
        """Run the app (so the write happens) and keep its answer."""
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, keep)
        return messages

    async def _truncate(self, scope: Scope, receive: Receive, send: Send, messages: list[Message]) -> None:
        start = next((m for m in messages if m["type"] == "http.response.start"), None)
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
        if start is None or len(body) < 2:
            await _cut(scope, receive)
            return
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": start["status"], "headers": headers})
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        await _cut(scope, receive)

    async def _stall(self, receive: Receive, send: Send, messages: list[Message]) -> None:
        try:
            await asyncio.wait_for(_disconnected(receive), timeout=self.config.stall_s)
            return  # the client gave up; nobody is left to answer
        except TimeoutError:
            pass
        for message in messages:
            await send(message)


async def _disconnected(receive: Receive) -> None:
    """Return once the client is gone (whatever is left of the request body is skipped)."""
    while (await receive())["type"] != "http.disconnect":
        pass


async def _cut(scope: Scope, receive: Receive) -> None:
    """Close the connection without another byte, through the server's close extension."""
    close = scope.get("extensions", {}).get(CLOSE_EXTENSION, {}).get("close")
    if close is None:
        raise InjectedFaultError("connection cut on purpose")
    close()
    await _disconnected(receive)


_FAULT_MESSAGES: dict[str, str] = {
    "503": "Service temporarily unavailable (injected by the mock).",
    "429": "Too many requests (injected by the mock).",
    "500": "Internal server error (injected by the mock).",
}


def fault_summary(config: FaultConfig) -> dict[str, Any]:
    """JSON-ready description of the active fault settings."""
    return {
        "rate": config.rate,
        "kinds": list(config.kinds),
        "latency_ms": config.latency_ms,
        "stall_s": config.stall_s,
        "retry_after_s": config.retry_after_s,
        "seed": config.seed,
    }
