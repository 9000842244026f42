"""Bounds that hold against any server: how long an attempt may take and how much it may send.

Two mechanisms, both independent of what the server claims in its headers:

- `BodyReader` decodes a body chunk by chunk (identity, gzip, deflate, stacked)
  in steps of at most `DECODE_STEP` bytes of output (`zlib`'s `max_length`),
  so the bytes on the wire pass the limit by at most one raw chunk and the
  bytes held by at most one step: a gzip bomb or an endless chunked body ends
  in `ResponseTooLargeError` naming the limit, never in a `MemoryError`. A body
  that is not valid in its coding is a `ContentDecodingError` (a transport
  error: the call raises `APIConnectionError`).
- `DEADLINE` is the moment the current attempt must end; `DeadlineAuth` starts
  it when the first request of the attempt goes out. The network streams of
  httpx's own pools (`with_deadline`: the pool the client builds, or the one
  under an `http_client=` / `transport=` the user passes in) shorten every
  read, write and connect to the time left, so a server that drips one byte per
  second into the headers or the body is cut off when the deadline passes, not
  when it pleases. Other transports (`httpx.MockTransport`, a custom one) are
  checked between body chunks only.
  The stream wrappers live in `clientkit._deadline_pool`, loaded with the first pool
  that needs them (httpcore is a 15 ms import that `import clientkit` does not pay).
"""

from __future__ import annotations

import contextvars
import io
import time
import zlib
from collections.abc import AsyncGenerator, Callable, Generator, Iterator
from typing import Any

import httpx

from clientkit.errors import ResponseTooLargeError

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024  # JSON answers: the largest real page is well under 1 MiB
DEFAULT_MAX_DOWNLOAD_BYTES = 2 * 1024 * 1024 * 1024  # files (combined PDFs are tens of MiB)
DEFAULT_DOWNLOAD_TIMEOUT = 600.0  # seconds a download may take end to end, unless the call says otherwise
RAW_CHUNK = 64 * 1024  # bytes read off the socket at a time
DECODE_STEP = 1024 * 1024  # at most this much decompressed output is produced at a time

# The monotonic time the current attempt must end by (None: no deadline), per thread and per task.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("clientkit_deadline", default=None)


class DeadlineExceeded(httpx.ReadTimeout):
    # An httpx timeout on purpose: the send loops map it to APITimeoutError and retry safe calls.
    """The attempt ran past its deadline (raised while reading the body between chunks)."""


def remaining() -> float | None:
    """Seconds left before the current deadline (None: no deadline)."""
    deadline = DEADLINE.get()
    return None if deadline is None else deadline - time.monotonic()


def check_deadline(request: httpx.Request) -> None:
    left = remaining()
    if left is not None and left <= 0:
        raise DeadlineExceeded("the attempt ran past its deadline", request=request)


# --- body size ------------------------------------------------------------------------------------
class ContentDecodingError(httpx.RemoteProtocolError):
    # A transport error on purpose: the send loops map it to APIConnectionError (the answer is unusable).
    """The body is not valid in the content coding its headers name (corrupt gzip, say)."""


class _Decoder:
    """One content coding, decoded in steps of at most `DECODE_STEP` bytes of output."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._z: Any = None
        if coding in {"gzip", "x-gzip"}:
            self._z = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif coding == "deflate":
            self._z = zlib.decompressobj()  # zlib-wrapped; raw deflate is tried when that fails at once
        self._first = coding == "deflate"

    def pieces(self, data: bytes) -> Iterator[bytes]:
        """The decoded bytes of `data`, piece by piece: no piece (and no buffer) above `DECODE_STEP`."""
        if self._z is None:  # identity, or a coding we do not decode: the bytes as they are
            yield data
            return
        if self._first and data:
            self._first = False
            probe = self._z.copy()
            try:
                probe.decompress(data[:1024], 1)
            except zlib.error:
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            out = self._z.decompress(data, DECODE_STEP)
            yield out
            while self._z.unconsumed_tail or len(out) == DECODE_STEP:  # more output than one step
                out = self._z.decompress(self._z.unconsumed_tail, DECODE_STEP)
                if not out:
                    break
                yield out
        except zlib.error as exc:
            raise ContentDecodingError(f"the body is not valid {self.coding}: {exc}") from None


class BodyReader:
    """Decodes a body read as raw chunks, refusing it past `limit` bytes (raw or decoded); keeps the
    decoded bytes, or hands them to `sink` (a file being written) as they come.

    Memory: a refused body never costs more than `limit` plus one decoding step (1 MiB) and one raw
    chunk (64 KiB); a kept one is accumulated in place (`io.BytesIO`), so `finish()` does not copy it.
    """

    def __init__(
        self,
        response: httpx.Response,
        limit: int,
        sink: Callable[[bytes], None] | None = None,
        error: type[ResponseTooLargeError] = ResponseTooLargeError,
        option: str | None = None,
    ) -> None:
        self.response = response
        self._error = error
        self.limit = limit
        self._sink = sink
        if option is None:
            option = "max_download_bytes" if sink is not None else "max_response_bytes"
        self.option = option  # the option that raises the limit ("": a fixed limit)
        codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",") if c.strip()]
        self._decoders = [_Decoder(c) for c in reversed(codings) if c != "identity"]
        self._body = io.BytesIO()
        self._raw = 0
        self._size = 0

    def feed(self, chunk: bytes) -> None:
        self._raw += len(chunk)
        if self._raw > self.limit:
            raise self._too_large("on the wire")
        for piece in self._decoded(chunk, 0):
            self._size += len(piece)
            if self._size > self.limit:
                raise self._too_large("once decompressed" if self._decoders else "on the wire")
            if self._sink is not None:
                self._sink(piece)
            else:
                self._body.write(piece)

    def _decoded(self, data: bytes, level: int) -> Iterator[bytes]:
        if level == len(self._decoders):
            yield data
            return
        for piece in self._decoders[level].pieces(data):
            if piece:
                yield from self._decoded(piece, level + 1)

    def whole(self, content: bytes) -> None:
        """A body already read and decoded by someone else: only its size is checked."""
        if len(content) > self.limit:
            raise self._too_large("once read")
        if self._sink is not None:  # in chunks, so progress reports still move
            for start in range(0, len(content), RAW_CHUNK):
                self._sink(content[start : start + RAW_CHUNK])
        else:
            self._body.write(content)

    def finish(self) -> bytes:
        """The whole decoded body, now also available as `response.content`."""
        body = self._body.getvalue()  # the buffer itself, trimmed: no copy
        self._body = io.BytesIO()
        self.response._content = body  # what httpx's own `read()` sets; `.content`/`.json()` read it
        return body

    def _too_large(self, where: str) -> ResponseTooLargeError:
        request = self.response.request
        hint = f" (raise it with with_options({self.option}=...))" if self.option else ""
        return self._error(
            f"{request.method} {request.url.path}: the answer is larger than the {self.limit:,}-byte limit "
            f"{where}; it was cut off{hint}",
            request=request,
            limit=self.limit,
            received=self._raw,
        )


def read_into(response: httpx.Response, reader: BodyReader) -> None:
    """Feed the body to `reader` chunk by chunk, stopping at the deadline."""
    if response.is_stream_consumed:  # read already (an in-memory transport, or an auth flow that read it)
        reader.whole(response.content)
        return
    for chunk in response.iter_raw(RAW_CHUNK):
        check_deadline(response.request)
        reader.feed(chunk)


async def aread_into(response: httpx.Response, reader: BodyReader) -> None:
    """`read_into` for an async response."""
    if response.is_stream_consumed:
        reader.whole(response.content)
        return
    async for chunk in response.aiter_raw(RAW_CHUNK):
        check_deadline(response.request)
        reader.feed(chunk)


# --- deadlines on the pools the client builds -------------------------------------------------------
class DeadlineAuth(httpx.Auth):
    """Wraps a request's auth: the attempt's deadline starts when the flow hands out its first request.

    So what an auth flow does before anything is sent (the client-side rate limiter waiting for a
    slot, `clientkit.ratelimit`, capped on its own) is not part of the attempt, while everything
    the flow sends (a login, the request, a re-send after a 401) and every answer it reads is.
    """

    def __init__(self, inner: httpx.Auth | None, budget: float | None) -> None:
        self._inner = inner if inner is not None else httpx.Auth()
        self._budget = budget

    def _start(self) -> None:
        if DEADLINE.get() is None and self._budget is not None:
            DEADLINE.set(time.monotonic() + self._budget)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._inner.sync_auth_flow(request)
        try:
            outgoing = next(flow)
            self._start()
            while True:
                response = yield outgoing
                try:
                    outgoing = flow.send(response)
                except StopIteration:
                    return
        finally:
            flow.close()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self._inner.async_auth_flow(request)
        try:
            outgoing = await flow.__anext__()
            self._start()
            while True:
                response = yield outgoing
                try:
                    outgoing = await flow.asend(response)
                except StopAsyncIteration:
                    return
        finally:
            await flow.aclose()

    def __repr__(self) -> str:
        return f"DeadlineAuth({self._inner!r}, budget={self._budget!r})"


def with_deadline(transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> bool:
    """Make the pool of an httpx transport we built obey `DEADLINE`; False when it is not one we know
    (see `clientkit._deadline_pool.with_deadline`)."""
    if getattr(getattr(transport, "_pool", None), "_network_backend", None) is None:
        return False  # not httpx's pool (a MockTransport, a user's own): httpcore need not load at all
    from clientkit import _deadline_pool  # noqa: PLC0415 -- httpcore loads only with a pool we build

    return _deadline_pool.with_deadline(transport)
