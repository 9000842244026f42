"""One ``send()`` per small answer instead of two.

uvicorn's httptools protocol writes a response's head when the app sends
``http.response.start`` and its body on ``http.response.body``: two writes,
two system calls and two TCP segments for an answer that fits in one.
:class:`HeadHoldingTransport` stands between one request's cycle and the
connection and joins them.
"""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.httptools_impl import RequestResponseCycle


class HeadHoldingTransport:
    """One request's view of the connection: the response head waits for the body's first bytes.

    uvicorn writes the head when the app sends ``http.response.start`` and the
    body on ``http.response.body``; joined, a small answer costs one ``send()``.
    Only the response head is held (an interim ``100 Continue`` is written at
    once), never past the first body write or a close; a ``HEAD`` answer, which
    has no body write, is not held at all.
    """

    __slots__ = ("_cycle", "_head", "_head_seen", "_transport")

    def __init__(self, transport: asyncio.Transport, cycle: RequestResponseCycle) -> None:
        self._transport = transport
        self._cycle = cycle
        self._head_seen = False  # held or written already
        self._head = b""

    def write(self, data: bytes) -> None:
        if not self._head_seen and self._cycle.response_started:
            self._head_seen = True
            if self._cycle.scope["method"] != "HEAD":
                self._head = data
                return
        if self._head:
            data, self._head = self._head + data, b""
        self._transport.write(data)

    def close(self) -> None:
        if self._head:
            self._transport.write(self._head)
            self._head = b""
        self._transport.close()

    def is_closing(self) -> bool:
        return self._transport.is_closing()
