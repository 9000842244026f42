"""Run an app on a real loopback socket in a background thread.

Tests and demos talk to the mock over real HTTP (so faults such as dropped
connections are real too) without a separate process.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp

from clientkit_mocks.engine.faults import quiet_injected_faults
from clientkit_mocks.engine.protocol import DEFAULT_BODY_TIMEOUT_S, DEFAULT_HEADER_TIMEOUT_S, MockServerConfig


def uvicorn_config(
    app: ASGIApp,
    host: str = "127.0.0.1",
    port: int = 0,
    header_timeout_s: float | None = None,
    body_timeout_s: float | None = None,
) -> MockServerConfig:
    """Lean server settings: no access log, warnings only, quick shutdown, bounded requests.

    The HTTP protocol is :class:`clientkit_mocks.engine.protocol.MockHttpProtocol` (httptools, header
    and body timeouts, the close extension the ``drop`` fault uses); the event loop is uvloop
    when installed (the `mock` extra brings it). Timeouts left at None come from the mock's
    own options (``MockOptions``) when ``app`` is a mock, else from the protocol's defaults.
    """
    options = getattr(getattr(app, "state", None), "options", None)
    if header_timeout_s is None:
        header_timeout_s = getattr(options, "header_timeout_s", DEFAULT_HEADER_TIMEOUT_S)
    if body_timeout_s is None:
        body_timeout_s = getattr(options, "body_timeout_s", DEFAULT_BODY_TIMEOUT_S)
    return MockServerConfig(
        app,
        header_timeout_s=header_timeout_s,
        body_timeout_s=body_timeout_s,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=2,
        server_header=False,
        proxy_headers=False,  # loopback, no proxy in front: one middleware less per request
    )


@contextmanager
def serve(app: ASGIApp, host: str = "127.0.0.1", port: int = 0, start_timeout_s: float = 10.0) -> Iterator[str]:
    """Serve ``app`` until the block exits; yields its base URL.

    ``port=0`` binds a free port chosen by the OS, with no race between
    picking and binding it.
    """
    quiet_injected_faults()
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP, not the default 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets
    # whose proto says TCP, and with Nagle on every keep-alive answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound_port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn_config(app, host, bound_port))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="mock-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout_s
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise RuntimeError(f"mock server did not start on {host}:{bound_port}")
        time.sleep(0.005)
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    try:
        yield f"http://{shown}:{bound_port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
