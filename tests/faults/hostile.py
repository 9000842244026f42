"""Small hostile HTTP/1.1 servers on 127.0.0.1 for the fault tests: every byte they send is scripted.

`HostileServer(handler)` listens on a random free port; each connection runs in a daemon thread
that reads one request after another and hands each to `handler(conn, request)`. The handler
writes whatever it likes through `conn` (a whole answer, a byte every half second, an endless
gzip bomb) and returns True to keep the connection for the next request. Writing stops as soon
as the client goes away or the server is stopped, so no test waits on a server: leaving the
`with` block stops every thread within about a second.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

MAX_HEAD = 64 * 1024
ZEROS = bytes(1024 * 1024)


@dataclass
class Request:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query)

    def param(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def json(self) -> Any:
        return json.loads(self.body)


class ClientGoneError(Exception):
    """The client closed the connection, or the server is stopping."""


class Connection:
    """One accepted socket; every write raises `ClientGoneError` once the client is gone or the server stops."""

    def __init__(self, sock: socket.socket, server: HostileServer) -> None:
        self.sock = sock
        self.server = server
        self._buffer = b""

    # --- reading ---------------------------------------------------------------------------------
    def read_request(self) -> Request | None:
        while b"\r\n\r\n" not in self._buffer:
            if len(self._buffer) > MAX_HEAD:
                return None
            data = self._recv()
            if not data:
                return None
            self._buffer += data
        head, _, self._buffer = self._buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = [*lines[0].split(" ", 2), "", ""][:3]
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or "0")
        while len(self._buffer) < length:
            data = self._recv()
            if not data:
                return None
            self._buffer += data
        body, self._buffer = self._buffer[:length], self._buffer[length:]
        return Request(method, target, headers, body)

    def _recv(self) -> bytes:
        while not self.server.stopping.is_set():
            try:
                return self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return b""
        return b""

    # --- writing ---------------------------------------------------------------------------------
    def send(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            if self.server.stopping.is_set():
                raise ClientGoneError
            try:
                sent = self.sock.send(view)
            except TimeoutError:  # the client is not reading just now: wait for it (or for stop())
                continue
            except OSError:
                raise ClientGoneError from None
            view = view[sent:]
            self.server.count_sent(sent)

    def pause(self, seconds: float) -> None:
        if self.server.stopping.wait(seconds):
            raise ClientGoneError

    def drip(self, data: bytes, every: float) -> None:
        """Send `data` one byte at a time, `every` seconds apart."""
        for index in range(len(data)):
            self.send(data[index : index + 1])
            self.pause(every)

    def answer(self, status: int, body: bytes = b"", headers: Mapping[str, str] | None = None) -> None:
        """A whole answer with a Content-Length (unless `headers` set another framing)."""
        fields = {"content-length": str(len(body)), **(headers or {})}
        self.send(head(status, fields) + body)

    def json(self, status: int, value: Any, headers: Mapping[str, str] | None = None) -> None:
        self.answer(status, json.dumps(value).encode(), {"content-type": "application/json", **(headers or {})})

    def stream(self, chunks: Iterator[bytes], *, chunked: bool = False) -> None:
        """Send chunks until they run out or the client leaves (`chunked`: with chunked framing)."""
        for chunk in chunks:
            if chunked:
                self.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            else:
                self.send(chunk)
        if chunked:
            self.send(b"0\r\n\r\n")


def head(status: int, headers: Mapping[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


REASONS = {
    200: "OK",
    204: "No Content",
    302: "Found",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}

Handler = Callable[[Connection, Request], bool | None]


class HostileServer:
    """A scripted HTTP/1.1 server on 127.0.0.1 and a random free port; a context manager."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[Request] = []
        self.connections = 0
        self.sent = 0
        self.errors: list[BaseException] = []  # anything but a departed client, raised in a handler
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(128)
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._accepting = threading.Thread(target=self._accept, name=f"hostile-{self.port}", daemon=True)
        self._accepting.start()

    def count_sent(self, size: int) -> None:
        with self._lock:
            self.sent += size

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(0.2)
            with self._lock:
                self.connections += 1
                self._sockets.append(sock)
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            with self._lock:
                self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        conn = Connection(sock, self)
        try:
            while not self.stopping.is_set():
                request = conn.read_request()
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                if not self.handler(conn, request):
                    return
        except ClientGoneError:
            pass
        except BaseException as exc:  # a bug in the test's handler: reported by `stop()`
            with self._lock:
                self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def stop(self) -> None:
        self.stopping.set()
        with self._lock:
            sockets = [self._listener, *self._sockets]
        for sock in sockets:  # wakes a thread blocked in accept() or recv() at once
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self._listener.close()
        self._accepting.join(2)
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(2)

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
        assert not self.errors, f"the test server's handler failed: {self.errors!r}"


# --- bodies ------------------------------------------------------------------------------------------
def endless(piece: bytes = b"x" * 65536) -> Iterator[bytes]:
    while True:
        yield piece


_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
_RAW = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
_SEGMENT = _RAW.compress(ZEROS) + _RAW.flush(zlib.Z_FULL_FLUSH)  # 1 MiB of zeros, 1,037 bytes, no history
_FINAL_BLOCK = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS).flush()


def gzip_bomb(mebibytes: int = 3 * 1024) -> Iterator[bytes]:
    """A valid gzip body of `mebibytes` MiB of zeros: about 1/1000 of that on the wire (3 GiB: 3.2 MB).

    Built from one precomputed segment (a full flush resets the compressor, so every 1 MiB of zeros
    compresses to the same bytes); the CRC of the trailer is computed only if a reader gets that far.
    """
    yield _GZIP_HEADER
    for _ in range(mebibytes):
        yield _SEGMENT
    crc = 0
    for _ in range(mebibytes):
        crc = zlib.crc32(ZEROS, crc)
    yield _FINAL_BLOCK + struct.pack("<II", crc, (mebibytes << 20) & 0xFFFFFFFF)


def gzip_bomb_size(mebibytes: int = 3 * 1024) -> int:
    """The exact length of `gzip_bomb(mebibytes)`, for a truthful Content-Length."""
    return len(_GZIP_HEADER) + mebibytes * len(_SEGMENT) + len(_FINAL_BLOCK) + 8


def json_array(item: bytes = b'{"id":"00000000-0000-0000-0000-000000000001"}') -> Iterator[bytes]:
    """`[item,item,...` forever: a JSON body that never ends."""
    yield b"["
    piece = (item + b",") * max(1, 65536 // (len(item) + 1))
    while True:
        yield piece
