"""Bounds that hold against any server: how long an attempt may take and how much it may send.

Two mechanisms, both independent of what the server claims in its headers:

- `BodyReader` decodes a body chunk by chunk (identity, gzip, deflate) with
  `zlib`'s `max_length`, so neither the bytes on the wire nor the bytes after
  decompression can exceed the limit by more than one chunk: a gzip bomb or an
  endless chunked body ends in `ResponseTooLargeError` naming the limit, never
  in a `MemoryError`.
- `DEADLINE` is the moment the current attempt must end. The network streams
  of the pools the client builds itself (`with_deadline`) shorten every read,
  write and connect to the time left, so a server that drips one byte per
  second into the headers or the body is cut off when the deadline passes, not
  when it pleases. Pools the user passes in (`http_client=`, `transport=`) are
  checked between body chunks only. The wrappers live in `clientkit._deadline_pool`,
  loaded with the first pool that needs them (httpcore is a 15 ms import that a client
  given its own `transport=` never needs).
"""

from __future__ import annotations

import contextvars
import time
import zlib
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from clientkit.errors import ResponseTooLargeError

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024  # JSON answers: the largest real page is well under 1 MiB
DEFAULT_MAX_DOWNLOAD_BYTES = 2 * 1024 * 1024 * 1024  # files (combined PDFs are tens of MiB)
DEFAULT_DOWNLOAD_TIMEOUT = 600.0  # seconds a download may take end to end, unless the call says otherwise
RAW_CHUNK = 64 * 1024

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
class _Decoder:
    """One content coding, decoded with a bound on the output of each step."""

    def __init__(self, coding: str) -> None:
        if coding in {"gzip", "x-gzip"}:
            self._z: Any = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif coding == "deflate":
            self._z = zlib.decompressobj()  # zlib-wrapped; raw deflate is retried below
            self._deflate = True
        else:
            self._z = None
        self._deflate = coding == "deflate"
        self._first = True

    def decode(self, data: bytes, budget: int) -> bytes:
        if self._z is None:
            return data
        if self._deflate and self._first and data:
            self._first = False
            try:
                return self._step(data, budget)
            except zlib.error:
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._step(data, budget)

    def _step(self, data: bytes, budget: int) -> bytes:
        out = bytes(self._z.decompress(data, budget + 1))
        if self._z.unconsumed_tail:  # more output than the budget allows: the caller will refuse it
            return out + b"\0"
        return out


class BodyReader:
    """Decodes a body read as raw chunks, refusing it past `limit` bytes (raw or decoded); keeps the
    decoded bytes, or hands them to `sink` (a file being written) as they come."""

    def __init__(
        self,
        response: httpx.Response,
        limit: int,
        sink: Callable[[bytes], None] | None = None,
        error: type[ResponseTooLargeError] = ResponseTooLargeError,
    ) -> None:
        self.response = response
        self._error = error
        self.limit = limit
        self._sink = sink
        self.option = "max_download_bytes" if sink is not None else "max_response_bytes"
        codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",") if c.strip()]
        self._decoders = [_Decoder(c) for c in reversed(codings) if c != "identity"]
        self._parts: list[bytes] = []
        self._raw = 0
        self._size = 0

    def feed(self, chunk: bytes) -> None:
        self._raw += len(chunk)
        if self._raw > self.limit:
            raise self._too_large("on the wire")
        data = chunk
        for decoder in self._decoders:
            try:
                data = decoder.decode(data, self.limit - self._size)
            except zlib.error as exc:
                raise httpx.DecodingError(f"the body is not valid {type(decoder).__name__}: {exc}") from None
        self._size += len(data)
        if self._size > self.limit:
            raise self._too_large("once decompressed" if self._decoders else "on the wire")
        if self._sink is not None:
            self._sink(data)
        else:
            self._parts.append(data)

    def whole(self, content: bytes) -> None:
        """A body already read and decoded by someone else: only its size is checked."""
        if len(content) > self.limit:
            raise self._too_large("once read")
        if self._sink is not None:  # in chunks, so progress reports still move
            for start in range(0, len(content), RAW_CHUNK):
                self._sink(content[start : start + RAW_CHUNK])
        else:
            self._parts.append(content)

    def finish(self) -> bytes:
        """The whole decoded body, now also available as `response.content`."""
        body = b"".join(self._parts)
        self._parts = []
        self.response._content = body  # what httpx's own `read()` sets; `.content`/`.json()` read it
        return body

    def _too_large(self, where: str) -> ResponseTooLargeError:
        request = self.response.request
        return self._error(
            f"{request.method} {request.url.path}: the answer is larger than the {self.limit:,}-byte limit "
            f"{where}; it was cut off (raise it with with_options({self.option}=...))",
            request=request,
            limit=self.limit,
        )


def raw_chunks(response: httpx.Response) -> Iterable[bytes]:
    return response.iter_raw(RAW_CHUNK)


# --- deadlines on the pools the client builds -------------------------------------------------------
def with_deadline(transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> bool:
    """Make the pool of an httpx transport we built obey `DEADLINE`; False when it is not one we know
    (see `clientkit._deadline_pool.with_deadline`)."""
    from clientkit import _deadline_pool  # noqa: PLC0415 -- httpcore loads only with a pool we build

    return _deadline_pool.with_deadline(transport)
