"""httpx transports that call a mock's ASGI app in this process: no socket, no port, no server thread.

For fast unit tests of code that uses a client: `CubiCasa(base_url=..., transport=handle.transport())`.
The async one is httpx's own `ASGITransport`; the sync one runs the app on an event loop in a
helper thread (sync code cannot await). Faults that cut a connection (`drop`, `truncate`) need a
real socket: in process they answer 500.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

TIMEOUT = 30.0  # seconds one in-process request may take


class _LoopThread:
    """One event loop in a daemon thread, shared by every sync in-process transport."""

    _lock = threading.Lock()
    _loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def loop(cls) -> asyncio.AbstractEventLoop:
        with cls._lock:
            if cls._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="mock-in-process", daemon=True).start()
                cls._loop = loop
            return cls._loop


class InProcessTransport(httpx.BaseTransport):
    """A sync httpx transport answering from an ASGI app in this process."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()

        async def call() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            copy = httpx.Request(request.method, request.url, headers=request.headers, content=body)
            response = await self._inner.handle_async_request(copy)
            content = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
            return response.status_code, response.headers.raw, content

        future = asyncio.run_coroutine_threadsafe(call(), _LoopThread.loop())
        status, headers, content = future.result(timeout=TIMEOUT)
        return httpx.Response(status, headers=headers, content=content, request=request)


def async_transport(app: Any) -> httpx.AsyncBaseTransport:
    """The async in-process transport for `AsyncCubiCasa(..., transport=...)`."""
    return httpx.ASGITransport(app=app)
