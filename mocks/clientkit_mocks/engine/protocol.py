"""The HTTP/1.1 protocol the mocks serve with: uvicorn's httptools protocol plus what it lacks.

httptools (a C parser) rather than h11 (pure Python): the HTTP layer was most
of the mock's CPU per request. uvicorn bounds neither the time a request may
take to arrive nor the size of its header section, so this subclass adds:

* a header deadline: every request's headers must be complete within
  ``header_timeout_s`` of its first byte (of the connection's opening for the
  first request), else the connection is closed. A fixed deadline, not an
  idle timer, so trickling one byte at a time does not extend it;
* a body idle timeout: a request body that stops arriving for
  ``body_timeout_s`` (while the app is reading it) closes the connection;
* a header size limit: a header section (request line included) over
  ``max_header_bytes`` gets a 431 and the connection is closed, so at most
  the limit plus one socket read is buffered;
* ``scope["extensions"]["clientkit_mocks.close_connection"]["close"]``: a callable that
  closes the TCP connection at once (extension values are dicts in ASGI). ASGI has no message that means "cut the line
  without answering"; the ``drop`` and ``truncate`` faults need exactly that;
* one write per small answer: each request's cycle gets a
  :class:`~clientkit_mocks.engine.head_holding.HeadHoldingTransport`.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from clientkit_mocks.engine.head_holding import HeadHoldingTransport

CLOSE_EXTENSION = "clientkit_mocks.close_connection"
DEFAULT_HEADER_TIMEOUT_S = 5.0
DEFAULT_BODY_TIMEOUT_S = 5.0
DEFAULT_MAX_HEADER_BYTES = 64 * 1024


class MockServerConfig(uvicorn.Config):
    """uvicorn's settings plus the bounds :class:`MockHttpProtocol` enforces."""

    def __init__(
        self,
        app: Any,
        *,
        header_timeout_s: float = DEFAULT_HEADER_TIMEOUT_S,
        body_timeout_s: float = DEFAULT_BODY_TIMEOUT_S,
        max_header_bytes: int = DEFAULT_MAX_HEADER_BYTES,
        **kwargs: Any,
    ) -> None:
        super().__init__(app, http=MockHttpProtocol, **kwargs)
        self.header_timeout_s = header_timeout_s
        self.body_timeout_s = body_timeout_s
        self.max_header_bytes = max_header_bytes


class MockHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with request timeouts, a header size limit, a close extension, one write."""

    def __init__(
        self,
        config: uvicorn.Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self.header_timeout_s = DEFAULT_HEADER_TIMEOUT_S
        self.body_timeout_s = DEFAULT_BODY_TIMEOUT_S
        self.max_header_bytes = DEFAULT_MAX_HEADER_BYTES
        if isinstance(config, MockServerConfig):
            self.header_timeout_s = config.header_timeout_s
            self.body_timeout_s = config.body_timeout_s
            self.max_header_bytes = config.max_header_bytes
        self._header_deadline: asyncio.TimerHandle | None = None
        self._in_headers = True  # the next bytes belong to a header section
        self._header_bytes = 0
        self._in_body = False  # a request body has begun and not ended
        self._body_timer: asyncio.TimerHandle | None = None
        self._body_data_at = 0.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_deadline()
        self._disarm_body_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        counting = self._in_headers
        if counting:
            self._header_bytes += len(data)
        super().data_received(data)
        over = counting and self._in_headers and self._header_bytes > self.max_header_bytes
        if over and not self.transport.is_closing():  # a parse error may have closed it already
            self._refuse_headers()
        if self._in_body:  # (a request without a body ends within the same read: no timer)
            self._body_data_at = self.loop.time()
            if self._body_timer is None:
                self._body_timer = self.loop.call_later(self.body_timeout_s, self._check_body_progress)

    # parser callbacks
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.scope["extensions"] = {CLOSE_EXTENSION: {"close": self.close_connection}}
        if self._header_deadline is None:
            self._arm_header_deadline()

    def on_headers_complete(self) -> None:
        self._disarm_header_deadline()
        self._in_headers = False
        self._header_bytes = 0
        self._in_body = True
        previous = self.cycle
        super().on_headers_complete()
        if self.cycle is not previous:
            self.cycle.transport = HeadHoldingTransport(self.transport, self.cycle)  # type: ignore[assignment]

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._in_headers = True
        self._in_body = False
        self._disarm_body_timer()

    def close_connection(self) -> None:
        """Close the TCP connection now; nothing more is written (the app then sees ``http.disconnect``).

        What was already sent reaches the client, a response head held for its body included.
        """
        if self.transport.is_closing():
            return
        if self.cycle is not None:
            self.cycle.transport.close()  # flushes a held head, then closes the connection
        else:
            self.transport.close()

    # bounds
    def _arm_header_deadline(self) -> None:
        self._header_deadline = self.loop.call_later(self.header_timeout_s, self._headers_timed_out)

    def _disarm_header_deadline(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _disarm_body_timer(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None

    def _check_body_progress(self) -> None:
        """Close the connection once the body has not moved for ``body_timeout_s``.

        While reading is paused (the app has not taken what arrived) the pause is the
        server's, not the client's, and does not count.
        """
        self._body_timer = None
        if not self._in_body or self.transport.is_closing():
            return
        now = self.loop.time()
        if self.flow.read_paused:
            self._body_data_at = now
        idle = now - self._body_data_at
        if idle >= self.body_timeout_s:
            self.close_connection()
            return
        self._body_timer = self.loop.call_later(self.body_timeout_s - idle, self._check_body_progress)

    def _headers_timed_out(self) -> None:
        self._header_deadline = None
        self.close_connection()

    def _refuse_headers(self) -> None:
        self._disarm_header_deadline()
        body = json.dumps({"message": f"Request header section larger than {self.max_header_bytes} bytes."}).encode()
        head = (
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\n"
            b"content-length: %d\r\nconnection: close\r\n\r\n" % len(body)
        )
        self.transport.write(head + body)
        self.close_connection()
