"""Hostile servers against the bounds of docs/reliability.md ("Bounds"): time, memory, waits, typed errors.

Every server here is a real socket on 127.0.0.1 (`tests.faults.hostile`). The promises checked:

- an attempt ends within its deadline (`timeout`, or `download_timeout` for files) however slowly
  the server drips its headers or body, sync, async and downloads alike; a call within
  (1 + max_retries) x timeout + its waits;
- an answer is read only up to the size limit, on the wire and once decompressed: a gzip bomb, an
  endless chunked body or a 500 MB JSON body ends in `ResponseTooLargeError` naming the limit, and
  peak memory (measured in a child process whose address space is capped) stays under the limit
  plus a fixed margin;
- a server-supplied wait (Retry-After, retry-after-ms) is honoured up to 60 s; past that the call
  fails at once with the status's typed error, naming the cap;
- whatever bytes come back, a call raises only the API's documented typed errors.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import json
import os
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

import cubicasa
import nuweb
import pulse_crm
from tests.faults._support import record_figures
from tests.faults.hostile import (
    Connection,
    HostileServer,
    Request,
    endless,
    gzip_bomb,
    gzip_bomb_size,
    head,
    json_array,
)

ROOT = Path(__file__).resolve().parents[2]
ORDER_ID = "312babc6-e742-4d54-ac49-e0f7b16ec15a"
API_KEY = "ck-hostile-K3Y-5b0e7d19a4c2"
MiB = 1024 * 1024
DRIP_EVERY = 0.5  # seconds between two bytes of a dripping server
SLACK_S = 1.5  # what a bound may be overrun by on a loaded 2-core machine (scheduling, not the design)
WATCHDOG_S = 8.0  # a dripping server gives up this long after the bound (only a failing client gets there)
MEMORY_MARGIN_MIB = 24  # peak RSS over the warm-up may exceed the response limit by at most this much


def empty_page() -> dict[str, Any]:
    """An empty last page in CubiCasa's shape and in Pulse's (unknown fields are allowed in both)."""
    cubicasa_page = {"pagination": {"has_more": False, "limit": 20, "next_offset": None}, "items": []}
    return {**cubicasa_page, "data": [], "page": 1, "pageSize": 10, "total": 0, "totalPages": 1}


def pulse_session() -> dict[str, Any]:
    token = "pulse-hostile-token-0001"
    return {"id": 3, "email": "probe@example.com", "token": token, "expiresAt": "2099-01-01T00:00:00Z"}


def nuweb_document() -> dict[str, Any]:
    return {"data": {"type": "users", "id": 1, "attributes": {"name": "Probe", "email": "p@example.com"}}}


def sensible(conn: Connection, request: Request) -> bool:
    """What a well-behaved server would answer (the warm-up calls and logins)."""
    if request.path.endswith("/auth/login"):
        conn.json(200, pulse_session())
    elif request.path.endswith("/company/user"):
        conn.json(200, nuweb_document())
    elif request.path.endswith("/combined-pdf"):
        conn.answer(200, b"%PDF-1.7 warm-up", {"content-type": "application/pdf"})
    else:
        conn.json(200, empty_page())
    return True


# --- hostile behaviours ---------------------------------------------------------------------------
def drip_headers(conn: Connection, request: Request) -> None:
    conn.drip(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-padding: " + b"a" * 10_000, DRIP_EVERY)


def drip_body(conn: Connection, request: Request) -> None:
    kind = "application/pdf" if request.path.endswith("/combined-pdf") else "application/json"
    conn.send(head(200, {"content-type": kind, "content-length": "100000"}))
    conn.drip(b" " * 100_000, DRIP_EVERY)


def streamed(status: int, chunks: Callable[[], Iterator[bytes]], *, chunked: bool = True, **headers: str) -> Any:
    def handler(conn: Connection, request: Request) -> None:
        fields = {"content-type": "application/json", **{k.replace("_", "-"): v for k, v in headers.items()}}
        if chunked:
            fields["transfer-encoding"] = "chunked"
        conn.send(head(status, fields))
        conn.stream(chunks(), chunked=chunked)

    return handler


def after_warmup(hostile: Callable[[Connection, Request], Any], *, logins: int = 1) -> Any:
    """Sensible answers to warm-up calls and to the first `logins` logins; `hostile` for the rest."""
    seen = {"logins": 0}
    lock = threading.Lock()

    def handler(conn: Connection, request: Request) -> bool:
        if request.headers.get("x-warmup"):
            return sensible(conn, request)
        if request.path.endswith(("/auth/login", "/login")):
            with lock:
                seen["logins"] += 1
                first = seen["logins"] <= logins
            if first:
                return sensible(conn, request)
        hostile(conn, request)
        return False

    return handler


# --- time: the per-attempt deadline -----------------------------------------------------------------
def _cubicasa(url: str, flavour: str, **options: Any) -> Any:
    cls = cubicasa.CubiCasa if flavour == "sync" else cubicasa.AsyncCubiCasa
    return cls(api_key=API_KEY, base_url=url, **options)


def _pulse(url: str, flavour: str, **options: Any) -> Any:
    cls = pulse_crm.PulseCRM if flavour == "sync" else pulse_crm.AsyncPulseCRM
    return cls(api_key="apiKey-hostile", api_secret="hostile-secret-0001", account_id="1", base_url=url, **options)


def _nuweb(url: str, flavour: str, **options: Any) -> Any:
    cls = nuweb.NuWeb if flavour == "sync" else nuweb.AsyncNuWeb
    return cls(token="nu-hostile-token-0001", company_id=1, base_url=url, **options)


def _run(client: Any, call: Callable[[Any], Any]) -> Any:
    """Make `call(client)` (awaiting it for an async client) and close the client."""
    if isinstance(client, cubicasa.CubiCasa | pulse_crm.PulseCRM | nuweb.NuWeb):
        with client:
            return call(client)

    async def scenario() -> Any:
        async with client:
            return await call(client)

    return asyncio.run(scenario())


@dataclass
class TimedCase:
    """One call against a dripping server: how long it took, what it raised, how much the server sent."""

    name: str
    handler: Callable[[Connection, Request], Any]
    make: Callable[[str], Any]  # the client, given the server's URL
    call: Callable[[Any, Path], Any]  # (client, a download path) -> the call
    bound: float  # seconds
    expected: type[BaseException]
    elapsed: float = 0.0
    raised: BaseException | None = None
    sent: int = 0
    requests: int = 0

    def run(self, tmp: Path) -> TimedCase:
        with HostileServer(self.handler) as server:
            # A watchdog: a client that ignores its deadline is cut off by the server instead, so a
            # failing case fails in seconds rather than hanging the suite.
            watchdog = threading.Timer(self.bound + WATCHDOG_S, server.stop)
            watchdog.start()
            client = self.make(server.url)
            started = time.monotonic()
            try:
                _run(client, lambda c: self.call(c, tmp / f"{self.name}.pdf"))
            except BaseException as exc:
                self.raised = exc
            self.elapsed = time.monotonic() - started
            watchdog.cancel()
            self.sent, self.requests = server.sent, server.count
        return self


PDF = "combined_pdf"


def _timed_cases() -> list[TimedCase]:
    cases: list[TimedCase] = []
    no_retry = {"timeout": 2, "max_retries": 0}
    for flavour in ("sync", "async"):
        for what, handler in (("headers", drip_headers), ("body", drip_body)):
            cases.append(
                TimedCase(
                    f"cubicasa-{flavour}-list-drip-{what}",
                    handler,
                    lambda url, f=flavour: _cubicasa(url, f, **no_retry),
                    lambda c, _p: c.users.list_page(),
                    2.0,
                    cubicasa.APITimeoutError,
                )
            )
            cases.append(
                TimedCase(
                    f"cubicasa-{flavour}-pdf-call-timeout-drip-{what}",
                    handler,
                    lambda url, f=flavour: _cubicasa(url, f, max_retries=0),
                    lambda c, p: c.orders.combined_pdf(ORDER_ID, p, timeout=2),
                    2.0,
                    cubicasa.APITimeoutError,
                )
            )
        cases.append(
            TimedCase(
                f"cubicasa-{flavour}-pdf-download-timeout-drip-body",
                drip_body,
                lambda url, f=flavour: _cubicasa(url, f, max_retries=0, download_timeout=2),
                lambda c, p: c.orders.combined_pdf(ORDER_ID, p),
                2.0,
                cubicasa.APITimeoutError,
            )
        )
        cases.append(
            TimedCase(
                f"cubicasa-{flavour}-post-drip-headers",
                drip_headers,
                lambda url, f=flavour: _cubicasa(url, f, **no_retry),
                lambda c, _p: c.users.create(email="drip@example.com", role="User"),
                2.0,
                cubicasa.APITimeoutError,
            )
        )
        cases.append(
            TimedCase(
                f"pulse-{flavour}-login-drips",
                drip_headers,
                lambda url, f=flavour: _pulse(url, f, **no_retry),
                lambda c, _p: c.users.list_page(),
                2.0,
                pulse_crm.APITimeoutError,
            )
        )
        cases.append(
            TimedCase(
                f"pulse-{flavour}-list-drips-after-login",
                after_warmup(drip_body),
                lambda url, f=flavour: _pulse(url, f, **no_retry),
                lambda c, _p: c.users.list_page(),
                2.0,
                pulse_crm.APITimeoutError,
            )
        )
        cases.append(
            TimedCase(
                f"nuweb-{flavour}-get-drips",
                drip_body,
                lambda url, f=flavour: _nuweb(url, f, **no_retry),
                lambda c, _p: c.users.get(1),
                2.0,
                nuweb.APITimeoutError,
            )
        )
        # With retries: 3 attempts of 1 s, and the backoff waits between them (0.5 s and 1 s at most).
        cases.append(
            TimedCase(
                f"cubicasa-{flavour}-list-drip-body-2-retries",
                drip_body,
                lambda url, f=flavour: _cubicasa(url, f, timeout=1, max_retries=2),
                lambda c, _p: c.users.list_page(),
                3 * 1.0 + 0.5 + 1.0,
                cubicasa.APITimeoutError,
            )
        )
    # A pool the user passes in gets the same deadline.
    cases.append(
        TimedCase(
            "cubicasa-sync-own-http-client-drip-headers",
            drip_headers,
            lambda url: cubicasa.CubiCasa(
                api_key=API_KEY, http_client=httpx.Client(base_url=url, timeout=2), timeout=2, max_retries=0
            ),
            lambda c, _p: c.users.list_page(),
            2.0,
            cubicasa.APITimeoutError,
        )
    )
    cases.append(
        TimedCase(
            "cubicasa-async-own-http-client-drip-headers",
            drip_headers,
            lambda url: cubicasa.AsyncCubiCasa(
                api_key=API_KEY, http_client=httpx.AsyncClient(base_url=url, timeout=2), timeout=2, max_retries=0
            ),
            lambda c, _p: c.users.list_page(),
            2.0,
            cubicasa.APITimeoutError,
        )
    )
    return cases


def test_dripping_servers_are_cut_off_at_the_deadline(tmp_path: Path) -> None:
    """A byte every 0.5 s never trips a 2 s read timeout; the attempt's deadline must end the call.

    All cases run at once (each waits on its server, not on the CPU), so the whole matrix takes
    about as long as its slowest case.
    """
    cases = _timed_cases()
    with ThreadPoolExecutor(max_workers=len(cases)) as pool:
        done = list(pool.map(lambda case: case.run(tmp_path), cases))
    failures = []
    for case in done:
        if not isinstance(case.raised, case.expected):
            failures.append(f"{case.name}: raised {type(case.raised).__name__}: {case.raised}")
        if case.elapsed > case.bound + SLACK_S:
            failures.append(f"{case.name}: took {case.elapsed:.2f} s, bound {case.bound:.1f} s")
        if case.sent == 0:
            failures.append(f"{case.name}: the server sent nothing (the drip never started)")
    assert not failures, "\n".join(failures)
    assert not list(tmp_path.iterdir()), "a download cut off at its deadline left a file behind"
    record_figures(
        "bounds_deadline",
        {c.name: {"seconds": round(c.elapsed, 2), "bound": c.bound, "requests": c.requests} for c in done},
    )


def test_a_flood_of_100_continue_answers_ends_at_the_deadline() -> None:
    def flood(conn: Connection, request: Request) -> None:
        while True:
            conn.send(b"HTTP/1.1 100 Continue\r\n\r\n")
            conn.pause(0.01)

    with HostileServer(flood) as server:
        started = time.monotonic()
        with pytest.raises(cubicasa.APITimeoutError):
            _run(_cubicasa(server.url, "sync", timeout=1, max_retries=0), lambda c: c.users.list_page())
        assert time.monotonic() - started < 1 + SLACK_S


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_client_side_rate_limit_wait_is_not_part_of_the_attempt(flavour: str) -> None:
    """NU Web's limiter makes a call wait for a slot inside the auth flow, before anything is sent;
    the attempt's deadline starts when the request goes out, so the wait does not time it out.
    (Before: a 1.2 s wait for a slot made every timeout=0.8 call fail with APITimeoutError.)"""
    limiter = nuweb.RateLimiter(1, window=1.2)
    with HostileServer(sensible) as server:
        client = _nuweb(server.url, flavour, timeout=0.8, max_retries=0, rate_limit=limiter)

        def three_calls(c: Any) -> Any:
            if flavour == "sync":
                return [c.users.get(1) for _ in range(3)]

            async def calls() -> list[Any]:
                return [await c.users.get(1) for _ in range(3)]

            return calls()

        started = time.monotonic()
        users = _run(client, three_calls)
        elapsed = time.monotonic() - started
    assert len(users) == 3 and server.count == 3
    assert elapsed >= 2 * 1.2 - 0.1  # the limiter did make the calls wait
    assert elapsed < 2 * 1.2 + 3 * 0.8 + SLACK_S


# --- memory: the response size limit, in a capped child process ------------------------------------
def probe(server: HostileServer, spec: dict[str, Any]) -> dict[str, Any]:
    """Run `tests.faults._memory_probe` against `server`; its JSON report."""
    spec = {"url": server.url, "cap_mib": 256, "options": {}, **spec}
    env = {**os.environ, "MALLOC_ARENA_MAX": "2", "PYTHONDONTWRITEBYTECODE": "1"}
    for name in ("CUBICASA_API_KEY", "CUBICASA_BASE_URL", "PULSE_API_KEY", "PULSE_API_SECRET", "NUWEB_TOKEN"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.faults._memory_probe", json.dumps(spec)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def bomb(status: int = 200) -> Any:
    """A 3.2 MB gzip body (with a truthful Content-Length) that inflates to 3 GiB of zeros."""
    return streamed(status, gzip_bomb, chunked=False, content_encoding="gzip", content_length=str(gzip_bomb_size()))


def big_json(status: int = 200) -> Any:
    """A 500 MB JSON array, Content-Length announced up front."""
    return streamed(status, json_array, chunked=False, content_length=str(500 * 1000 * 1000))


def endless_chunked(status: int = 200) -> Any:
    return streamed(status, json_array)


def double_gzip() -> Any:
    """gzip inside gzip: the outer layer is small, the inner one a bomb."""

    def chunks() -> Iterator[bytes]:
        outer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        for piece in gzip_bomb(1024):
            out = outer.compress(piece)
            if out:
                yield out
        yield outer.flush()

    return streamed(200, chunks, content_encoding="gzip, gzip")


def deflate_bomb() -> Any:
    def chunks() -> Iterator[bytes]:
        compressor = zlib.compressobj(9)
        zeros = bytes(MiB)
        for _ in range(3 * 1024):
            yield compressor.compress(zeros) + compressor.flush(zlib.Z_SYNC_FLUSH)

    return streamed(200, chunks, content_encoding="deflate")


def pdf_stream(**headers: str) -> Any:
    def handler(conn: Connection, request: Request) -> None:
        fields = {"content-type": "application/pdf", "transfer-encoding": "chunked", **headers}
        conn.send(head(200, fields))
        conn.stream(gzip_bomb() if "content-encoding" in headers else endless(b"%PDF" * 16384), chunked=True)

    return handler


@dataclass(frozen=True)
class MemoryCase:
    name: str
    hostile: Any  # the handler answering the hostile call
    spec: dict[str, Any]  # for tests.faults._memory_probe: api, call, options, call_options
    limit: int  # the limit that must stop it
    logins: int = 2  # Pulse: logins answered sensibly (the warm-up client's, the hostile client's)


DEFAULT_LIMIT = 32 * MiB
CUBICASA_LIST = {"api": "cubicasa", "call": "list_page"}
PULSE_LIST = {"api": "pulse_crm", "call": "list_page"}
MEMORY_CASES = [
    MemoryCase("gzip-bomb-3GiB", bomb(), CUBICASA_LIST, DEFAULT_LIMIT),
    MemoryCase("gzip-bomb-error-body", bomb(400), CUBICASA_LIST, DEFAULT_LIMIT),
    MemoryCase("gzip-in-gzip", double_gzip(), CUBICASA_LIST, DEFAULT_LIMIT),
    MemoryCase("deflate-bomb", deflate_bomb(), CUBICASA_LIST, DEFAULT_LIMIT),
    MemoryCase("endless-chunked-json", endless_chunked(), CUBICASA_LIST, DEFAULT_LIMIT),
    MemoryCase("endless-chunked-500", endless_chunked(500), CUBICASA_LIST, DEFAULT_LIMIT),
    MemoryCase("500MB-json-content-length", big_json(), CUBICASA_LIST, DEFAULT_LIMIT),
    MemoryCase(
        "500MB-json-8MiB-limit", big_json(), {**CUBICASA_LIST, "options": {"max_response_bytes": 8 * MiB}}, 8 * MiB
    ),
    MemoryCase(
        "pdf-endless",
        pdf_stream(),
        {"api": "cubicasa", "call": "combined_pdf", "call_options": {"max_bytes": 16 * MiB}},
        16 * MiB,
    ),
    MemoryCase(
        "pdf-gzip-bomb",
        pdf_stream(**{"content-encoding": "gzip"}),
        {"api": "cubicasa", "call": "combined_pdf", "options": {"max_download_bytes": 16 * MiB}},
        16 * MiB,
    ),
    MemoryCase("pdf-link-answer-endless", endless_chunked(), {"api": "cubicasa", "call": "combined_pdf"}, 64 * 1024),
    # The hostile client's own login gets the endless answer; then the list call does; then a 401 does
    # (the login after it is sensible, the re-sent list call gets the endless 401 again).
    MemoryCase("pulse-login-endless", endless_chunked(), PULSE_LIST, 1 * MiB, logins=1),
    MemoryCase("pulse-list-endless", endless_chunked(), PULSE_LIST, DEFAULT_LIMIT),
    MemoryCase("pulse-401-endless", endless_chunked(401), PULSE_LIST, DEFAULT_LIMIT, logins=3),
    MemoryCase("nuweb-gzip-bomb", bomb(), {"api": "nuweb", "call": "get_user"}, DEFAULT_LIMIT),
]


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("case", MEMORY_CASES, ids=[case.name for case in MEMORY_CASES])
def test_oversized_answers_end_in_response_too_large_within_the_memory_bound(
    case: MemoryCase, flavour: str, tmp_path: Path
) -> None:
    spec = {**case.spec, "flavour": flavour, "path": str(tmp_path / "plan.pdf")}
    with HostileServer(after_warmup(case.hostile, logins=case.logins)) as server:
        report = probe(server, spec)
    limit = case.limit
    assert report["raised"] == "ResponseTooLargeError", report
    assert report["module"] in {"cubicasa", "pulse_crm", "nuweb"} or report["module"].endswith("_client.errors")
    assert report["limit"] == limit, report
    assert f"{limit:,}" in report["message"], report
    assert report["peak_growth_mib"] < limit / MiB + MEMORY_MARGIN_MIB, report
    assert report["seconds"] < 10, report
    assert not (tmp_path / "plan.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
    record_figures(f"bounds_memory_{case.name}_{flavour}", report)


# --- waits the server asks for ----------------------------------------------------------------------
def _http_date(seconds_ahead: float) -> str:
    moment = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=seconds_ahead)
    return email.utils.format_datetime(moment, usegmt=True)


def rate_limited(status: int, headers: dict[str, str]) -> Any:
    def handler(conn: Connection, request: Request) -> bool:
        conn.json(status, {"message": "slow down"}, headers)
        return True

    return handler


WAIT_CASES: list[tuple[str, int, dict[str, str], list[float] | None]] = [
    # (name, status, headers, the waits the client makes before giving up; None: it must not wait at all)
    ("retry-after-3600", 429, {"retry-after": "3600"}, None),
    ("retry-after-61", 503, {"retry-after": "61"}, None),
    ("retry-after-1e309", 429, {"retry-after": "1e309"}, None),
    ("retry-after-inf", 429, {"retry-after": "inf"}, None),
    ("retry-after-999-digits", 429, {"retry-after": "9" * 999}, None),
    ("retry-after-http-date-tomorrow", 429, {"retry-after": _http_date(86_400)}, None),
    ("retry-after-ms-1e12", 429, {"retry-after-ms": "1e12"}, None),
    ("retry-after-60", 429, {"retry-after": "60"}, [60.0]),
    ("retry-after-negative", 429, {"retry-after": "-5"}, [0.0]),
    ("retry-after-ms-250", 503, {"retry-after-ms": "250"}, [0.25]),
    ("retry-after-nan", 429, {"retry-after": "nan"}, []),  # unreadable: the client's own backoff
    ("retry-after-text", 429, {"retry-after": "soon"}, []),
]


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(("name", "status", "headers", "waits"), WAIT_CASES, ids=[c[0] for c in WAIT_CASES])
def test_server_supplied_waits_are_capped_at_60_s(
    name: str, status: int, headers: dict[str, str], waits: list[float] | None, flavour: str
) -> None:
    slept: list[float] = []
    with HostileServer(rate_limited(status, headers)) as server:
        client = _cubicasa(server.url, flavour, max_retries=1)
        if flavour == "sync":
            client._sleep = slept.append
        else:

            async def record(seconds: float) -> None:
                slept.append(seconds)

            client._sleep = record
        started = time.monotonic()
        with pytest.raises(cubicasa.APIStatusError) as caught:
            _run(client, lambda c: c.users.list_page())
        elapsed = time.monotonic() - started
    expected = cubicasa.RateLimitError if status == 429 else cubicasa.InternalServerError
    assert type(caught.value) is expected
    assert elapsed < 1 + SLACK_S
    if waits is None:
        assert slept == [] and server.count == 1, (slept, server.count)
        assert "60 s" in str(caught.value), str(caught.value)
    elif waits:
        assert slept == pytest.approx(waits) and server.count == 2
    else:  # the client's own backoff: 0.5 s less up to 25 % jitter
        assert len(slept) == 1 and 0.375 <= slept[0] <= 0.5 and server.count == 2
    assert all(0 <= s <= 60 for s in slept)


# --- whatever comes back: typed errors only ---------------------------------------------------------
def raw(data: bytes, *, then_close: bool = True) -> Any:
    def handler(conn: Connection, request: Request) -> None:
        conn.send(data)

    return handler


def answer(status: int, body: bytes, **headers: str) -> Any:
    def handler(conn: Connection, request: Request) -> None:
        fields = {"content-type": "application/json", **{k.replace("_", "-"): v for k, v in headers.items()}}
        conn.answer(status, body, fields)

    return handler


def truncated(conn: Connection, request: Request) -> None:
    conn.send(head(200, {"content-type": "application/json", "content-length": "1000"}) + b'{"items": [')


GARBAGE: list[tuple[str, Any, tuple[type[BaseException], ...]]] = [
    ("closes-at-once", raw(b""), (cubicasa.APIConnectionError,)),
    ("not-http", raw(b"HELLO THERE\r\n\r\n"), (cubicasa.APIConnectionError,)),
    ("status-999", answer(999, b"{}"), (cubicasa.APIStatusError,)),
    ("bad-content-length", raw(b"HTTP/1.1 200 OK\r\ncontent-length: abc\r\n\r\n{}"), (cubicasa.APIConnectionError,)),
    (
        "two-content-lengths",
        raw(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 9\r\n\r\n{}"),
        (cubicasa.APIConnectionError,),
    ),
    (
        "bad-chunk-size",
        raw(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
        (cubicasa.APIConnectionError,),
    ),
    ("endless-headers", raw(b"HTTP/1.1 200 OK\r\n" + b"x-a: b\r\n" * 200_000), (cubicasa.APIConnectionError,)),
    ("truncated-body", truncated, (cubicasa.APIConnectionError,)),
    ("corrupt-gzip", answer(200, b"this is not gzip" * 8, content_encoding="gzip"), (cubicasa.APIConnectionError,)),
    (
        "truncated-gzip",
        answer(200, zlib.compress(json.dumps(empty_page()).encode())[:-6], content_encoding="deflate"),
        (cubicasa.APIConnectionError, cubicasa.ResponseValidationError),
    ),
    ("unknown-encoding", answer(200, b"\x00\x01\x02", content_encoding="br"), (cubicasa.ResponseValidationError,)),
    ("html-page", answer(200, b"<html>login</html>", content_type="text/html"), (cubicasa.ResponseValidationError,)),
    ("deep-json", answer(200, b"[" * 200_000 + b"]" * 200_000), (cubicasa.ResponseValidationError,)),
    (
        "10000-digit-number",
        answer(200, b'{"items": [], "pagination": {"has_more": false, "limit": ' + b"9" * 10_000 + b"}}"),
        (cubicasa.ResponseValidationError,),
    ),
    ("not-utf8", answer(200, b'{"items": ["\xff\xfe"]}'), (cubicasa.ResponseValidationError,)),
    ("nan-literal", answer(200, b'{"items": NaN, "pagination": {}}'), (cubicasa.ResponseValidationError,)),
    ("json-list", answer(200, b"[1, 2, 3]"), (cubicasa.ResponseValidationError,)),
    ("error-page-500", answer(500, b"<html>" + b"x" * 100_000), (cubicasa.InternalServerError,)),
    ("redirect-302", answer(302, b"", location="https://elsewhere.example/users"), (cubicasa.ResponseValidationError,)),
    ("not-modified-304", raw(b"HTTP/1.1 304 Not Modified\r\n\r\n"), (cubicasa.ResponseValidationError,)),
    (
        "switching-protocols-101",
        raw(b"HTTP/1.1 101 Switching Protocols\r\nupgrade: h2c\r\n\r\n"),
        (cubicasa.CubiCasaError,),
    ),
    (
        "content-length-20-digits",
        raw(b"HTTP/1.1 200 OK\r\ncontent-length: 99999999999999999999\r\n\r\n{}"),
        (cubicasa.APIConnectionError,),
    ),
    (
        "one-1MB-header",
        raw(b"HTTP/1.1 200 OK\r\nx-big: " + b"a" * 1_000_000 + b"\r\n\r\n"),
        (cubicasa.APIConnectionError,),
    ),
    (
        "http-1.0-close-delimited",
        raw(b"HTTP/1.0 200 OK\r\ncontent-type: application/json\r\n\r\n" + json.dumps(empty_page()).encode()),
        (),
    ),
]


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(("name", "handler", "expected"), GARBAGE, ids=[g[0] for g in GARBAGE])
def test_whatever_the_server_sends_only_typed_errors_come_out(
    name: str, handler: Any, expected: tuple[type[BaseException], ...], flavour: str
) -> None:
    with HostileServer(handler) as server:
        started = time.monotonic()
        try:
            _run(_cubicasa(server.url, flavour, timeout=2, max_retries=0), lambda c: c.users.list_page())
        except cubicasa.CubiCasaError as exc:
            assert expected, f"{name}: a sensible answer raised {type(exc).__name__}: {exc}"
            assert isinstance(exc, expected), f"{name}: {type(exc).__name__}: {exc}"
            assert len(str(exc)) < 1000, f"{name}: a {len(str(exc))}-character message"
        else:
            assert not expected, f"{name}: no error"
        assert time.monotonic() - started < 2 + SLACK_S


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_response_too_large_for_a_password_call_keeps_no_password(flavour: str) -> None:
    password = "pw-TooLarge-7f3a9c"
    with HostileServer(endless_chunked()) as server:
        client = _cubicasa(server.url, flavour, max_retries=0, max_response_bytes=1 * MiB)
        with pytest.raises(cubicasa.ResponseTooLargeError) as caught:
            _run(client, lambda c: c.users.create(email="a@example.com", role="User", password=password))
    exc = caught.value
    assert exc.request is not None
    assert password.encode() not in exc.request.content
    assert password not in repr(exc) + str(exc)
