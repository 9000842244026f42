"""The mock's bounds against hostile clients: request body size, header and body time, header size.

Memory cases run the server in a child process whose address space is capped
(`_capped_mock.py`), so a regression fails the test instead of exhausting the
machine; the peak RSS is read from /proc. Time cases use short timeouts and
only assert that the server closed the connection, with a generous socket
timeout as the bound of a failing run.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

import clientkit_mocks as mocks
from clientkit_mocks.__main__ import parse_args
from clientkit_mocks.engine.factory import create_app
from clientkit_mocks.engine.server import serve
from tests.faults._support import API_KEY, read_until_closed

ROOT = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024
BIG = 200 * MIB
HEADROOM_MIB = 256  # the child's address-space cap above what it uses at start
MAX_GROWTH_MIB = 16  # what a refused 200 MB body may add to the server's peak RSS
CLOSE_WAIT_S = 10.0  # how long a test waits for the server to close (a failing run's bound)


# --- a capped server in a child process -----------------------------------------------------------
@dataclass(frozen=True)
class Child:
    pid: int
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def status_kib(self, field: str) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
        raise LookupError(field)

    def reset_peak(self) -> None:
        """Let VmHWM start again from the current RSS (Linux: `5` into clear_refs)."""
        Path(f"/proc/{self.pid}/clear_refs").write_text("5")


@pytest.fixture(scope="module")
def child() -> Iterator[Child]:
    if not Path("/proc/self/clear_refs").exists():
        pytest.skip("needs Linux /proc to read and reset a process's peak RSS")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.faults._capped_mock", str(HEADROOM_MIB)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        line = proc.stdout.readline() if ready and proc.stdout else ""
        assert line.strip().isdigit(), f"capped mock did not start (exit {proc.poll()})"
        yield Child(proc.pid, int(line))
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    """A JSON-looking body of `total` bytes, produced lazily (the test itself stays small)."""
    chunk = b"a" * size
    yield b'{"email":"'
    for _ in range(total // size):
        yield chunk
    yield b'@example.com"}'


def _peak_growth_mib(child: Child, send: Iterator[None]) -> float:
    child.reset_peak()
    before = child.status_kib("VmRSS")
    for _ in send:
        pass
    return (child.status_kib("VmHWM") - before) / 1024


@pytest.mark.parametrize("path", ["/users", "/__mock__/reset"])
def test_a_streamed_200_mb_body_gets_413_and_costs_no_memory(child: Child, path: str) -> None:
    answers: list[httpx.Response] = []

    def send() -> Iterator[None]:
        with httpx.Client(base_url=child.url, headers={"api-key": API_KEY}, timeout=30) as http:
            # an iterator body is sent chunked: no Content-Length to refuse it by
            answers.append(http.post(path, content=_chunks(BIG), headers={"content-type": "application/json"}))
        yield None

    growth = _peak_growth_mib(child, send())
    assert answers[0].status_code == 413, answers[0].text
    assert "larger than" in answers[0].json()["message"]
    assert growth < MAX_GROWTH_MIB, f"peak RSS grew by {growth:.1f} MiB for a refused body"
    assert httpx.get(f"{child.url}/__mock__/health").status_code == 200


@pytest.mark.parametrize("path", ["/users", "/__mock__/reset"])
def test_a_declared_200_mb_body_is_refused_before_it_is_sent(child: Child, path: str) -> None:
    """Only the headers go out: an answer at all proves the server did not wait for the body."""
    answer: list[bytes] = []

    def send() -> Iterator[None]:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: x\r\napi-key: {API_KEY}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {BIG}\r\n\r\n"
        )
        with socket.create_connection(("127.0.0.1", child.port), timeout=CLOSE_WAIT_S) as sock:
            sock.sendall(head.encode())
            answer.append(read_until_closed(sock))
        yield None

    growth = _peak_growth_mib(child, send())
    assert answer[0].startswith(b"HTTP/1.1 413 "), answer[0][:200]
    assert b"connection: close" in answer[0].lower()
    assert growth < MAX_GROWTH_MIB


# --- the body limit, in process with a small limit ------------------------------------------------
LIMIT = 2_000


@pytest.fixture(scope="module")
def small() -> Iterator[str]:
    with mocks.running("cubicasa", api_key=API_KEY, max_body_bytes=LIMIT) as url:
        yield url


def _office(size: int) -> bytes:
    """A valid `POST /offices` body padded with JSON whitespace to exactly `size` bytes."""
    body = json.dumps({"name": "Padded office"}).encode()
    return body + b" " * (size - len(body))


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_body_at_the_limit_passes_one_byte_more_gets_413(small: str, chunked: bool) -> None:
    def content(size: int) -> bytes | Iterator[bytes]:
        body = _office(size)
        return iter([body[: size // 2], body[size // 2 :]]) if chunked else body

    with httpx.Client(base_url=small, headers={"api-key": API_KEY, "content-type": "application/json"}) as http:
        http.post("/__mock__/reset").raise_for_status()
        assert http.post("/offices", content=content(LIMIT)).status_code == 200
        refused = http.post("/offices", content=content(LIMIT + 1))
        assert refused.status_code == 413
        assert refused.json() == {"message": f"Request body larger than {LIMIT} bytes."}
        stats = http.get("/__mock__/stats").json()
        assert sum(stats["writes"].values()) == 1  # only the first office was created
        assert http.get("/__mock__/drift").json() == []


@pytest.mark.parametrize("api", ["cubicasa", "pulse_crm", "nuweb"])
def test_control_endpoints_answer_413_in_the_api_error_shape(api: str) -> None:
    app = create_app(api, max_body_bytes=LIMIT)
    expected = app.state.api.error_body(413, f"Request body larger than {LIMIT} bytes.")
    with serve(app) as url, httpx.Client(base_url=url) as http:
        for content in (b"{}" + b" " * LIMIT, iter([b"{}", b" " * LIMIT])):
            refused = http.post("/__mock__/reset", content=content)
            assert refused.status_code == 413
            assert refused.headers["content-type"] == "application/json"
            assert refused.json() == expected
        assert http.post("/__mock__/reset", content=b"{}").status_code == 200


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_an_unauthenticated_client_cannot_make_it_read_a_large_body(small: str, chunked: bool) -> None:
    """Declared: 413 before anything is read. Chunked: the 401 closes the connection, the rest is not read."""
    body = _office(LIMIT * 50)
    with httpx.Client(base_url=small) as http:
        answer = http.post(
            "/offices", content=iter([body]) if chunked else body, headers={"content-type": "application/json"}
        )
    assert answer.status_code == (401 if chunked else 413)
    assert answer.headers["connection"] == "close"


# --- header time and size ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hasty() -> Iterator[int]:
    """A mock that allows half a second for a request's headers, and pauses of half a second in a body."""
    with mocks.running("cubicasa", api_key=API_KEY, header_timeout_s=0.5, body_timeout_s=0.5) as url:
        yield int(url.rsplit(":", 1)[1])


def _closed_by_server(sock: socket.socket) -> bool:
    sock.settimeout(CLOSE_WAIT_S)
    try:
        return sock.recv(65536) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


@pytest.mark.parametrize(
    "sent",
    [b"", b"GET /users HTTP/1.1\r\n", b"GET /users HTTP/1.1\r\nHost: x\r\napi-key: " + API_KEY.encode()],
    ids=["nothing", "request line only", "half the headers"],
)
def test_a_client_that_stalls_in_its_headers_is_disconnected(hasty: int, sent: bytes) -> None:
    with socket.create_connection(("127.0.0.1", hasty)) as sock:
        sock.sendall(sent)
        assert _closed_by_server(sock)


def test_trickled_headers_do_not_extend_the_deadline(hasty: int) -> None:
    """One byte every 50 ms keeps the connection busy, but the deadline is fixed (slowloris)."""
    request = b"GET /users HTTP/1.1\r\nHost: x\r\n" + b"X-Padding: " + b"p" * 1000 + b"\r\n\r\n"
    with socket.create_connection(("127.0.0.1", hasty)) as sock:
        try:
            for byte in request[:-4]:  # never the blank line that ends the headers
                sock.sendall(bytes([byte]))
                time.sleep(0.05)
        except OSError:
            pass  # the server cut the connection while we were still sending
        assert _closed_by_server(sock)


def test_keep_alive_idle_time_does_not_count_against_the_deadline(hasty: int) -> None:
    request = f"GET /users?limit=1 HTTP/1.1\r\nHost: x\r\napi-key: {API_KEY}\r\n\r\n".encode()
    with socket.create_connection(("127.0.0.1", hasty), timeout=CLOSE_WAIT_S) as sock:
        for _ in range(2):
            sock.sendall(request)
            assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")
            time.sleep(0.8)  # idle longer than the header deadline, shorter than keep-alive (5 s)


OFFICE_HEAD = f"POST /offices HTTP/1.1\r\nHost: x\r\napi-key: {API_KEY}\r\nContent-Type: application/json\r\n"


@pytest.mark.parametrize(
    "sent",
    [
        OFFICE_HEAD.encode() + b"Content-Length: 100\r\n\r\n" + b'{"name": "Half',
        # a complete JSON document in the first chunk, and no last chunk: the handler must not run on it
        OFFICE_HEAD.encode() + b'Transfer-Encoding: chunked\r\n\r\nf\r\n{"name":"Half"}\r\n',
    ],
    ids=["content-length", "chunked"],
)
def test_a_client_that_stalls_in_its_body_is_disconnected_and_nothing_runs(hasty: int, sent: bytes) -> None:
    base_url = f"http://127.0.0.1:{hasty}"
    httpx.post(f"{base_url}/__mock__/reset").raise_for_status()
    with socket.create_connection(("127.0.0.1", hasty)) as sock:
        sock.sendall(sent)
        assert _closed_by_server(sock)
    stats = httpx.get(f"{base_url}/__mock__/stats").json()
    assert stats["writes"] == {}
    assert httpx.get(f"{base_url}/__mock__/drift").json() == []


def test_a_slow_but_steady_body_is_accepted(hasty: int) -> None:
    """The body timeout bounds each pause, not the whole body."""
    body = b'{"name":"Slow office"}'
    with socket.create_connection(("127.0.0.1", hasty), timeout=CLOSE_WAIT_S) as sock:
        sock.sendall(OFFICE_HEAD.encode() + b"Content-Length: %d\r\n\r\n" % len(body))
        for byte in body:
            sock.sendall(bytes([byte]))
            time.sleep(0.1)
        assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")


def test_a_header_section_over_64_kib_gets_431(hasty: int) -> None:
    head = b"GET /users HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: %s\r\n" % (i, b"v" * 100) for i in range(700))
    with socket.create_connection(("127.0.0.1", hasty), timeout=CLOSE_WAIT_S) as sock:
        with contextlib.suppress(OSError):  # the server may cut us off mid-send
            sock.sendall(head)  # no blank line: the headers never end
        answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:200]


def test_bounds_are_mock_options_and_cli_flags() -> None:
    args = parse_args(["cubicasa", "--max-body-bytes", "10", "--header-timeout-s", "2.5", "--body-timeout-s", "3"])
    assert (args.max_body_bytes, args.header_timeout_s, args.body_timeout_s) == (10, 2.5, 3.0)
    for bad in ({"max_body_bytes": -1}, {"header_timeout_s": 0}, {"body_timeout_s": -1}):
        with pytest.raises(ValueError):
            create_app("cubicasa", **bad)


def test_the_child_cap_is_real() -> None:
    """The address-space cap that guards the memory tests does stop a 1 GiB allocation."""
    code = (
        "import resource, sys; from tests.faults._capped_mock import address_space_bytes;"
        "cap = address_space_bytes() + 256 * 2**20; resource.setrlimit(resource.RLIMIT_AS, (cap, cap));"
        "\ntry:\n    bytearray(2**30)\nexcept MemoryError:\n    sys.exit(3)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ}, timeout=60, check=False)
    assert proc.returncode == 3
