"""The mock itself: loopback only, credentials enforced, and never a 5xx or a crash on garbage.

Malformed requests are written byte by byte on raw sockets (invalid HTTP,
huge headers, bad JSON, wrong content types, huge and deeply nested bodies,
invalid UTF-8, ...). Each must get a 4xx (or, for input the HTTP layer cannot
parse at all, a closed connection), never a 5xx; afterwards the server must
still answer and must have recorded no engine error or handler crash.
"""

from __future__ import annotations

import gc
import inspect
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

import clientkit_mocks as mocks
from clientkit_mocks.__main__ import parse_args
from clientkit_mocks.engine.server import serve, uvicorn_config
from tests.faults._support import API_KEY, read_until_closed, reset_mock

READONLY_KEY = "readonly-key"
EMAIL_PATH = "/users/tim@internet.com"


@dataclass(frozen=True)
class Served:
    url: str
    host: str
    port: int


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    with mocks.running("cubicasa", strict=True, api_key=API_KEY) as url:
        host, port = url.removeprefix("http://").rsplit(":", 1)
        yield Served(url, host, int(port))


# --- where it listens ------------------------------------------------------------------------------
def test_every_way_to_start_it_binds_loopback_by_default(served: Served) -> None:
    assert inspect.signature(mocks.running).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(uvicorn_config).parameters["host"].default == "127.0.0.1"
    assert parse_args(["cubicasa"]).host == "127.0.0.1"
    assert served.host == "127.0.0.1"


def _refused(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return False
    except OSError:
        return True


def _outbound_address() -> str | None:
    """This machine's address on its default route, if it has one (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routing lookup only
            address: str = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_it_is_not_reachable_on_other_addresses(served: Served) -> None:
    assert not _refused("127.0.0.1", served.port)
    # Bound to 127.0.0.1 itself, not 0.0.0.0: even another loopback address is refused.
    assert _refused("127.0.0.2", served.port)
    outbound = _outbound_address()
    if outbound is not None:
        assert _refused(outbound, served.port)


def _server_side_sockets(port: int) -> list[Any]:
    """Sockets of live transports accepted on `port`, whatever the event loop (asyncio, uvloop)."""
    found = []
    for obj in gc.get_objects():
        if not callable(getattr(type(obj), "get_extra_info", None)):
            continue
        try:
            sock = obj.get_extra_info("socket")
            name = sock.getsockname() if sock is not None else None
        except (OSError, AttributeError, TypeError, ValueError):
            continue
        if isinstance(name, tuple) and name[1] == port and sock.family == socket.AF_INET:
            found.append(sock)
    return found


def test_served_connections_have_nagle_off(served: Served) -> None:
    """Without TCP_NODELAY every keep-alive answer waits ~40 ms for a delayed ACK."""
    with httpx.Client(base_url=served.url) as http:
        http.get("/__mock__/health").raise_for_status()  # keep one connection open
        sockets = _server_side_sockets(served.port)
        assert sockets, "the server side of the open connection should be found"
        for sock in sockets:
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


# --- credentials -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/users", None),
        ("GET", EMAIL_PATH, None),
        ("POST", "/users", {"email": "new@example.com"}),
        ("PATCH", "/companies/webhook", {"webhook_urls": [], "webhook_triggers": []}),
        ("DELETE", "/users/8b8a99d2-737d-4681-bc16-7ffee5c61fe2", None),
    ],
)
def test_missing_and_wrong_keys_get_401(served: Served, method: str, path: str, body: object) -> None:
    reset_mock(served.url)
    with httpx.Client(base_url=served.url) as http:
        for headers in ({}, {"api-key": "wrong-key"}, {"api-key": ""}, {"api-key": API_KEY.upper()}):
            answer = http.request(method, path, json=body, headers=headers)
            assert answer.status_code == 401, (headers, answer.text)
            assert "message" in answer.json()
        answer = http.request(method, path, json=body, params={"api-key": API_KEY})  # not where the spec says
        assert answer.status_code in (400, 401)
        stats = http.get("/__mock__/stats").json()
    assert stats["writes"] == {}


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/users", {"email": "new@example.com"}),
        ("POST", "/orders/draft", {"street": "1 A St", "city": "Oulu", "country": "Finland", "owner_email": "a@b.co"}),
        ("PATCH", "/companies/webhook", {"webhook_urls": [], "webhook_triggers": []}),
        ("DELETE", "/users/8b8a99d2-737d-4681-bc16-7ffee5c61fe2", None),
        ("DELETE", "/companies/webhook", None),
    ],
)
def test_read_only_key_cannot_write(served: Served, method: str, path: str, body: object) -> None:
    reset_mock(served.url)
    with httpx.Client(base_url=served.url, headers={"api-key": READONLY_KEY}) as http:
        assert http.get(EMAIL_PATH).status_code == 200  # it may read
        answer = http.request(method, path, json=body)
        assert answer.status_code == 403, answer.text
        assert http.get("/__mock__/stats").json()["writes"] == {}
    with httpx.Client(base_url=served.url, headers={"api-key": API_KEY}) as http:
        assert http.get(EMAIL_PATH).status_code == 200  # and nothing was deleted


# --- garbage on the wire ---------------------------------------------------------------------------
def _request(
    method: str, path: str, body: bytes = b"", *, content_type: str | None = "application/json", **extra: str
) -> bytes:
    headers = {"Host": "127.0.0.1", "api-key": API_KEY, "Content-Length": str(len(body)), "Connection": "close"}
    if content_type is not None:
        headers["Content-Type"] = content_type
    headers.update(extra)
    head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode("latin-1") + body


_HEAD_OK = "POST /users HTTP/1.1\r\nHost: x\r\napi-key: " + API_KEY + "\r\nContent-Type: application/json\r\n"
GARBAGE: dict[str, bytes] = {
    "binary noise": bytes(range(256)) * 4 + b"\r\n\r\n",
    "no request line": b"\r\n\r\n",
    "half a request line": b"GET\r\n\r\n",
    "unknown HTTP version": b"GET /users HTTP/9.9\r\nHost: x\r\n\r\n",
    "HTTP/1.0 without Host": b"GET /users HTTP/1.0\r\n\r\n",
    "control characters in the path": b"GET /us\x01ers HTTP/1.1\r\nHost: x\r\n\r\n",
    "header without a colon": b"GET /users HTTP/1.1\r\nHost: x\r\nthis is not a header\r\n\r\n",
    "200 KB header": _request("GET", "/users", **{"X-Big": "a" * 200_000}),
    "5,000 headers": b"GET /users HTTP/1.1\r\nHost: x\r\n"
    + b"".join(b"X-%d: y\r\n" % i for i in range(5000))
    + b"\r\n",
    "non-numeric Content-Length": b"POST /users HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
    "negative Content-Length": b"POST /users HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
    "Content-Length and chunked": (
        _HEAD_OK + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
    ).encode(),
    "broken chunk": (_HEAD_OK + "Transfer-Encoding: chunked\r\n\r\nzz\r\n").encode(),
    "body shorter than Content-Length": (_HEAD_OK + "Content-Length: 100\r\n\r\n{}").encode(),
    "invalid JSON": _request("POST", "/users", b"{not json"),
    "truncated JSON": _request("POST", "/users", b'{"email": "a@b.co"'),
    "JSON NaN": _request("POST", "/users", b'{"email": NaN}'),
    "JSON of the wrong type": _request("POST", "/users", b'["a@b.co"]'),
    "empty body": _request("POST", "/users", b""),
    "wrong content type": _request("POST", "/users", b'{"email":"a@b.co"}', content_type="text/plain"),
    "form content type": _request(
        "POST", "/users", b"email=a%40b.co", content_type="application/x-www-form-urlencoded"
    ),
    "no content type": _request("POST", "/users", b'{"email":"a@b.co"}', content_type=None),
    "invalid UTF-8 in JSON": _request("POST", "/users", b'{"email":"\xff\xfe@x.co"}'),
    "UTF-16 JSON": _request("POST", "/users", '{"email":"u16@x.co"}'.encode("utf-16")),
    "BOM before JSON": _request("POST", "/users", b'\xef\xbb\xbf{"email":"bom@x.co"}'),
    "5 MB JSON string": _request("POST", "/users", b'{"email":"' + b"a" * 5_000_000 + b'@x.co"}'),
    "20 MB of zeros": _request("POST", "/users", b"0" * 20_000_000),
    "100,000 nested arrays": _request("POST", "/users", b"[" * 100_000 + b"]" * 100_000),
    "50,000 nested objects": _request("POST", "/users", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
    "10,000-digit number": _request("POST", "/users", b'{"email":"a@b.co","role":' + b"9" * 10_000 + b"}"),
    "bad percent-encoding in the path": _request("GET", "/users/%ff%fe", content_type=None),
    "NUL in the path": _request("GET", "/users/a%00b", content_type=None),
    "path traversal": _request("GET", "/users/../../../etc/passwd", content_type=None),
    "bad query values": _request("GET", "/users?limit=abc&offset=-1&limit=2", content_type=None),
    "unknown query parameter": _request("GET", "/users?evil=%00", content_type=None),
    "100 KB query": _request("GET", "/users?x=" + "a" * 100_000, content_type=None),
    "unknown method": _request("BREW", "/users", content_type=None),
    "bad UUID in the path": _request("GET", "/orders/not-a-uuid", content_type=None),
    "PATCH with an array body": _request("PATCH", "/orders/draft/312babc6-e742-4d54-ac49-e0f7b16ec15a", b"[]"),
}


def _exchange(port: int, data: bytes) -> bytes:
    """Send `data`, half-close, and read whatever comes back until the server closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        try:
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)
        except OSError:  # the server may close early on input it refuses (e.g. huge headers)
            pass
        return read_until_closed(sock)


STATUS_LINE = re.compile(rb"^HTTP/1\.[01] (\d{3}) ")


@pytest.mark.parametrize("name", list(GARBAGE))
def test_garbage_never_gets_a_5xx(served: Served, name: str) -> None:
    answer = _exchange(served.port, GARBAGE[name])
    if answer:
        status = STATUS_LINE.match(answer)
        assert status is not None, f"{name}: not an HTTP answer: {answer[:200]!r}"
        assert 200 <= int(status.group(1)) < 500, f"{name}: {answer[:300]!r}"
    with httpx.Client(base_url=served.url, headers={"api-key": API_KEY}, timeout=10) as http:
        assert http.get(EMAIL_PATH).status_code == 200, f"{name}: the server stopped answering"
        drift = http.get("/__mock__/drift").json()
    assert drift == [], f"{name}: the engine recorded a crash or drift: {drift}"


def test_json_bodies_that_cannot_be_parsed_get_400_in_the_api_shape(served: Served) -> None:
    for name in ("invalid JSON", "truncated JSON", "invalid UTF-8 in JSON", "100,000 nested arrays", "no content type"):
        answer = _exchange(served.port, GARBAGE[name])
        assert STATUS_LINE.match(answer) is not None
        assert answer.startswith(b"HTTP/1.1 400 "), f"{name}: {answer[:200]!r}"
        assert b'"validation_error"' in answer, f"{name}: not CubiCasa's error shape"


def test_it_survives_a_burst_of_abandoned_connections(served: Served) -> None:
    for index in range(200):
        with socket.create_connection(("127.0.0.1", served.port), timeout=5) as sock:
            if index % 2:
                sock.sendall(b"GET /users HTTP/1.1\r\nHost: x\r\n")  # headers never finished
    with httpx.Client(base_url=served.url, headers={"api-key": API_KEY}) as http:
        assert http.get("/users", params={"limit": 1}).status_code == 200
