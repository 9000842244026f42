"""What the fault, concurrency and secrets tests share: sizes, the key, pool inspection, figures.

Sizes come from one place: ``SOAK_SCALE`` (default 1) multiplies every call
count, so ``make soak`` (``SOAK_SCALE=10 python -m tests.reliability_report``)
runs the same tests ten times larger.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

SCALE = max(1, int(os.environ.get("SOAK_SCALE", "1") or "1"))
FAULT_CALLS = 1_000 * SCALE  # per client flavour (sync, async)
CONCURRENT_CALLS = 2_000 * SCALE  # per client flavour (16 threads, 200 tasks)

# A key only these tests use: the mock accepts it (`api_key=`), every check looks for it.
API_KEY = "ck-live-FAULTS-4f9d2a7c1e6b8035"

FIGURES_ENV = "RELIABILITY_FIGURES"
_figures_lock = threading.Lock()


def figures_path() -> Path:
    """Where the last run's figures go: $RELIABILITY_FIGURES, else a file in the temp directory."""
    configured = os.environ.get(FIGURES_ENV)
    if configured:
        return Path(configured)
    return Path(tempfile.gettempdir()) / "cubicasa-reliability" / "last-run.json"


def record_figures(section: str, figures: dict[str, Any]) -> None:
    """Merge one test's figures into the run's JSON file (read by `tests.reliability_report`)."""
    path = figures_path()
    with _figures_lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            current = json.loads(path.read_text())
        except (OSError, ValueError):
            current = {}
        if current.get("scale") != SCALE:
            current = {}
        current["scale"] = SCALE
        current.setdefault("sections", {})[section] = figures
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # another test run may read it meanwhile
        partial.write_text(json.dumps(current, indent=2, sort_keys=True))
        partial.replace(path)


# --- connection pool inspection ------------------------------------------------------------------
def pool_of(client: Any) -> Any:
    """The httpcore connection pool under a `CubiCasa`/`AsyncCubiCasa` (private, but it is what leaks)."""
    return client._http._transport._pool


def busy_connections(client: Any) -> list[str]:
    """Connections still carrying a request: a response nobody closed keeps one busy."""
    return [repr(c) for c in pool_of(client).connections if not (c.is_idle() or c.is_closed())]


def open_connections(client: Any) -> list[str]:
    """Connections the pool still holds (after `close()` there must be none)."""
    return [repr(c) for c in pool_of(client).connections]


# --- retries: a recording, time-compressed sleep ------------------------------------------------
TIME_COMPRESSION = 25.0  # the engine asks for 0.5 s of backoff, the test waits 0.02 s


class SleepRecorder:
    """Replaces the engine's sleep: records each requested delay (one per retry), waits 1/25 of it."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self._lock = threading.Lock()

    def _note(self, seconds: float) -> float:
        with self._lock:
            self.delays.append(seconds)
        return seconds / TIME_COMPRESSION

    def sync(self) -> Callable[[float], None]:
        def sleep(seconds: float) -> None:
            time.sleep(self._note(seconds))

        return sleep

    def asynchronous(self) -> Callable[[float], Awaitable[None]]:
        async def sleep(seconds: float) -> None:
            await asyncio.sleep(self._note(seconds))

        return sleep


def control(base_url: str) -> httpx.Client:
    """A plain client for the unauthenticated, never-faulted `/__mock__` endpoints."""
    return httpx.Client(base_url=base_url, timeout=10)


def mock_stats(base_url: str) -> dict[str, Any]:
    with control(base_url) as http:
        response = http.get("/__mock__/stats")
        response.raise_for_status()
        stats: dict[str, Any] = response.json()
        return stats


def reset_mock(base_url: str) -> None:
    """Fresh seeded data and zeroed counters (drift is kept: see `EngineState.reset`)."""
    with control(base_url) as http:
        http.post("/__mock__/reset").raise_for_status()


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (a reset counts as closed)."""
    chunks = []
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)
