"""Request body size limit: 413 in the API's error shape, and never more than the limit in memory.

A declared ``Content-Length`` over the limit is refused before the app runs,
so nothing of the body is read. A body without one (chunked) is counted while
the app reads it; the read that crosses the limit raises
:class:`BodyTooLargeError` instead of handing the chunk over, so the app never
holds more than the limit. Whatever the app would answer to that aborted read
is replaced by the 413. The 413 closes the connection (``Connection: close``),
so the rest of a large body is not read either; clients still get the answer
(httpx, like most clients, reads the response after a failed write). So does
any answer sent before a chunked body was read to its end (a 401, say):
otherwise the server would go on reading, and discarding, a body of any size.

Starlette's own ``max_body_size`` answers in plain text and checks the
declared length only once the app reads; this one covers the control
endpoints too, as a middleware around every route.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clientkit_mocks.engine.api import JSON


class BodyTooLargeError(Exception):
    """The request body crossed the limit; the middleware answers 413."""


def _framing(scope: Scope) -> tuple[int | None, bool]:
    """The declared ``Content-Length`` (None if absent or malformed) and whether the body is chunked."""
    length: int | None = None
    chunked = False
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                length = int(value)
            except ValueError:
                length = None  # the HTTP layer refuses a malformed length itself
        elif name == b"transfer-encoding":
            chunked = True
    return length, chunked


class BodyLimit:
    """ASGI middleware answering 413 to request bodies over ``max_bytes``."""

    def __init__(self, app: ASGIApp, max_bytes: int, error_body: Callable[[int, str], JSON]) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.error_body = error_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length, chunked = _framing(scope)
        if length is not None and length > self.max_bytes:
            await self._refuse(send)
            return
        if not chunked:  # no body, or one the HTTP layer cuts at its declared length
            await self.app(scope, receive, send)
            return
        received = 0
        complete = False
        refused = False
        started = False

        async def counted_receive() -> Message:
            nonlocal received, complete, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                complete = not message.get("more_body", False)
                if received > self.max_bytes:
                    refused = True
                    raise BodyTooLargeError(f"request body over {self.max_bytes} bytes")
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the app's answer to the aborted read; the 413 replaces it
            if not started and not complete:  # answered before the end of the body (a 401, say):
                headers = [*message.get("headers", []), (b"connection", b"close")]  # do not read the rest
                message = {**message, "headers": headers}
            started = True
            await send(message)

        with contextlib.suppress(BodyTooLargeError):  # raised by the read that crossed the limit
            await self.app(scope, counted_receive, guarded_send)
        if refused and not started:
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        message = f"Request body larger than {self.max_bytes} bytes."
        body = json.dumps(self.error_body(413, message)).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})
