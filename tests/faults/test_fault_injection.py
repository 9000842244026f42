"""1,000 mixed calls per client over real loopback HTTP with ~10 % injected faults.

Reads: `users.list_page`, `orders.get`, `users.get_by_email` and a streamed
`orders.combined_pdf` download; writes: `users.create` and `drafts.create`
(POST), `drafts.update` (PATCH), `drafts.delete` (DELETE).

The mock (strict, seeded) answers 503 / 429 (Retry-After: 0) / 500 before its
handler runs, and drops the connection, truncates the JSON body or stalls past
the client's timeout *after* the handler ran (the write happened, the answer
is lost). For every call we check:

* it succeeds with the right answer or raises one typed `cubicasa` error the
  injected faults explain, within a bounded time;
* POST and PATCH went out exactly once (an event hook sees every attempt), GET
  and DELETE at most 1 + max_retries times;
* what the mock executed matches the call: the mock counts a write per
  ``METHOD path key`` (key = Idempotency-Key if sent, else a hash of the body)
  only when its handler answered 2xx, and *replays* a repeated Idempotency-Key
  without counting it, so we check `duplicate_writes == []` **and**
  `idempotent_replays == 0` **and** each call's own key count;
* no connection is left busy, and none is left open after `close()`.

Figures (calls, faults by kind, retries, errors by class, duplicates, leaks)
are written to the run's figures file (see `tests/faults/_support.py`).
"""

from __future__ import annotations

import asyncio
import contextvars
import hashlib
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

import clientkit_mocks as mocks
import cubicasa
from tests.faults._support import (
    API_KEY,
    FAULT_CALLS,
    SleepRecorder,
    busy_connections,
    mock_stats,
    open_connections,
    record_figures,
)

FAULT_RATE = 0.10
# Uniform draw over this tuple: stalls (the slow fault) are 1 in 10 faults, ~1 % of requests.
FAULT_MIX = ("503", "503", "429", "429", "drop", "drop", "truncate", "truncate", "500", "stall")
STALL_S = 1.0
CLIENT_TIMEOUT_S = 0.5
MAX_RETRIES = 2
# An attempt spends at most connect + write + read timeouts; backoff sleeps are compressed 25x.
CALL_BOUND_S = (MAX_RETRIES + 1) * 3 * CLIENT_TIMEOUT_S + 1.0
ASYNC_WORKERS = 16
OWNER = "tim@internet.com"

OPS: dict[str, int] = {  # kind -> weight
    "list_page": 12,
    "get_order": 12,
    "get_by_email": 12,
    "download_pdf": 8,  # a streamed GET: the path where an unclosed response would leak a connection
    "create_user": 12,
    "create_draft": 18,
    "update_draft": 14,
    "delete_draft": 12,
}
STATUS_FAULT_ERRORS = frozenset({"InternalServerError", "RateLimitError"})
TRANSPORT_ERRORS = frozenset({"APIConnectionError", "APITimeoutError"})
ALLOWED_ERRORS: dict[str, frozenset[str]] = {
    kind: STATUS_FAULT_ERRORS | TRANSPORT_ERRORS | {"ResponseValidationError"} for kind in OPS
}
# A DELETE whose answer was lost is retried; the draft is already gone, so the retry gets 404.
ALLOWED_ERRORS["delete_draft"] |= {"NotFoundError"}
TYPED = (cubicasa.APIStatusError, cubicasa.APIConnectionError, cubicasa.ResponseValidationError)


@dataclass
class Sent:
    """One attempt as it left the client."""

    method: str
    path: str
    key: str  # the mock's write key: the Idempotency-Key, else "body:" + sha256(body)[:16]


@dataclass
class CallRecord:
    index: int
    kind: str
    method: str
    expect: str = ""  # the id / e-mail the answer must carry
    attempts: list[Sent] = field(default_factory=list)
    outcome: str = "ok"
    problem: str = ""
    elapsed: float = 0.0


CURRENT: contextvars.ContextVar[CallRecord] = contextvars.ContextVar("current_call")


def _sent(request: httpx.Request) -> None:
    record = CURRENT.get(None)
    if record is None:
        return
    key = request.headers.get("idempotency-key") or "body:" + hashlib.sha256(request.content).hexdigest()[:16]
    record.attempts.append(Sent(request.method, request.url.path, key))


async def _sent_async(request: httpx.Request) -> None:
    _sent(request)


@dataclass
class Seeds:
    order_ids: list[str]
    delivered_ids: list[str]  # orders with a combined PDF
    emails: list[str]


@dataclass
class Mock:
    app: Starlette
    url: str
    seeds: Seeds


@pytest.fixture()
def faulty_mock() -> Iterator[Mock]:
    app = mocks.create_app(
        "cubicasa",
        strict=True,
        api_key=API_KEY,
        seed=7,
        fault_rate=FAULT_RATE,
        faults=FAULT_MIX,
        stall_s=STALL_S,
        retry_after_s=0,
    )
    state = app.state.api  # ground truth read in-process, never through the faulty HTTP
    seeds = Seeds(
        order_ids=sorted(state.orders),
        delivered_ids=sorted(o["id"] for o in state.orders.values() if state._delivered(o)),
        emails=sorted(u["email"] for u in state.users.values()),
    )
    with mocks.serve(app) as url:
        yield Mock(app, url, seeds)


class Worker:
    """Turns a planned kind into a concrete call; keeps the drafts it created to update/delete later."""

    def __init__(self, name: str, seeds: Seeds, seed: int, downloads: Path) -> None:
        self.name = name
        self.seeds = seeds
        self.downloads = downloads
        self.rng = random.Random(seed)
        self.live_drafts: list[str] = []
        self.counter = 0

    def plan(self, count: int) -> list[str]:
        return self.rng.choices(list(OPS), weights=list(OPS.values()), k=count)

    def prepare(self, client: Any, kind: str, index: int) -> tuple[CallRecord, Callable[[], Any]]:
        """The record and a zero-argument callable (a coroutine function for the async client)."""
        self.counter += 1
        tag = f"{self.name}-{self.counter}"
        if kind in ("update_draft", "delete_draft") and not self.live_drafts:
            kind = "create_draft"
        if kind == "list_page":
            offset, limit = self.rng.randrange(0, 130), self.rng.choice((5, 20, 50))
            return CallRecord(index, kind, "GET", expect=str(limit)), lambda: client.users.list_page(
                offset=offset, limit=limit
            )
        if kind == "get_order":
            order_id = self.rng.choice(self.seeds.order_ids)
            return CallRecord(index, kind, "GET", expect=order_id), lambda: client.orders.get(order_id)
        if kind == "download_pdf":
            order_id = self.rng.choice(self.seeds.delivered_ids)
            target = self.downloads / f"{tag}.pdf"
            return CallRecord(index, kind, "GET", expect=str(target)), lambda: client.orders.combined_pdf(
                order_id, target
            )
        if kind == "get_by_email":
            email = self.rng.choice(self.seeds.emails)
            return CallRecord(index, kind, "GET", expect=email), lambda: client.users.get_by_email(email)
        if kind == "create_user":
            email = f"fault-{tag}@example.com"
            return CallRecord(index, kind, "POST", expect=email), lambda: client.users.create(email=email, role="User")
        if kind == "create_draft":
            key = f"fault-{tag}"
            return CallRecord(index, kind, "POST"), lambda: client.drafts.create(
                idempotency_key=key,
                street=f"{self.counter} Fault Street",
                city="Oulu",
                country="Finland",
                owner_email=OWNER,
                external_id=key,
            )
        if kind == "update_draft":
            draft_id = self.rng.choice(self.live_drafts)
            return CallRecord(index, kind, "PATCH", expect=draft_id), lambda: client.drafts.update(
                draft_id,
                street=f"{self.counter} Updated Street",
                city="Oulu",
                country="Finland",
                owner_email=OWNER,
                info=f"update {tag}",  # unique body: the mock keys un-keyed writes by body hash
            )
        draft_id = self.live_drafts.pop(self.rng.randrange(len(self.live_drafts)))
        return CallRecord(index, "delete_draft", "DELETE", expect=draft_id), lambda: client.drafts.delete(draft_id)

    def settle(self, record: CallRecord, result: Any) -> None:
        """Check a successful answer belongs to this call; remember created drafts."""
        wrong = ""
        if record.kind == "list_page":
            if len(result.items) > int(record.expect):
                wrong = f"{len(result.items)} items for limit {record.expect}"
        elif record.kind in ("get_order", "update_draft"):
            wrong = "" if str(result.id) == record.expect else f"asked {record.expect}, got {result.id}"
        elif record.kind in ("get_by_email", "create_user"):
            wrong = "" if result.email == record.expect else f"asked {record.expect}, got {result.email}"
        elif record.kind == "download_pdf":
            ok = str(result) == record.expect and Path(record.expect).read_bytes().startswith(b"%PDF-")
            wrong = "" if ok else f"no PDF at {record.expect}"
        elif record.kind == "create_draft":
            self.live_drafts.append(str(result.id))
        if wrong:
            record.outcome, record.problem = "WRONG_ANSWER", wrong


def _failed(record: CallRecord, exc: Exception) -> None:
    if isinstance(exc, TYPED):
        record.outcome = type(exc).__name__
        assert str(exc), "a typed error must say what went wrong"
    else:
        record.outcome, record.problem = f"UNTYPED {type(exc).__name__}", repr(exc)


def run_sync(client: cubicasa.CubiCasa, seeds: Seeds, count: int, downloads: Path) -> list[CallRecord]:
    worker = Worker("sync", seeds, seed=11, downloads=downloads)
    records = []
    for index, kind in enumerate(worker.plan(count)):
        record, call = worker.prepare(client, kind, index)
        token = CURRENT.set(record)
        started = time.perf_counter()
        try:
            worker.settle(record, call())
        except Exception as exc:
            _failed(record, exc)
        finally:
            record.elapsed = time.perf_counter() - started
            CURRENT.reset(token)
        records.append(record)
    return records


async def run_async(client: cubicasa.AsyncCubiCasa, seeds: Seeds, count: int, downloads: Path) -> list[CallRecord]:
    async def work(number: int, share: int) -> list[CallRecord]:
        worker = Worker(f"async{number}", seeds, seed=100 + number, downloads=downloads)
        records = []
        for index, kind in enumerate(worker.plan(share)):
            record, call = worker.prepare(client, kind, number * share + index)
            CURRENT.set(record)  # each gathered task runs in its own context
            started = time.perf_counter()
            try:
                # A hang guard only: a call that needs this long has already failed CALL_BOUND_S.
                worker.settle(record, await asyncio.wait_for(call(), timeout=4 * CALL_BOUND_S))
            except TimeoutError:
                record.outcome, record.problem = "HANG", "no answer nor error within the hang guard"
            except Exception as exc:
                _failed(record, exc)
            record.elapsed = time.perf_counter() - started
            records.append(record)
        return records

    share = count // ASYNC_WORKERS
    shares = [share + (1 if n < count % ASYNC_WORKERS else 0) for n in range(ASYNC_WORKERS)]
    done = await asyncio.gather(*(work(n, shares[n]) for n in range(ASYNC_WORKERS)))
    return [record for records in done for record in records]


def _executions(r: CallRecord) -> set[int]:
    """How many times the mock may have executed the write of a call, given its outcome."""
    if r.outcome in {"ok", "NotFoundError"}:
        return {1}  # a 404 on DELETE: an earlier attempt deleted it and lost the answer
    if r.method == "DELETE":
        return {0, 1}
    if r.outcome in STATUS_FAULT_ERRORS:
        return {0}  # 503/429/500 are answered before the handler: nothing written
    if r.outcome == "APITimeoutError":
        # A stall (the handler ran, the answer never came), or an attempt that ran out of its
        # end-to-end deadline on a loaded machine before the mock got to it: the server may or
        # may not have acted, which is what docs/reliability.md says of a timed-out POST.
        return {0, 1}
    return {1}  # dropped/truncated after the handler ran: written once, answer lost


def check_run(records: list[CallRecord], stats: dict[str, Any], delays: list[float], downloads: Path) -> dict[str, Any]:
    """Every assertion about one run; returns its figures."""
    leftovers = sorted(p.name for p in downloads.iterdir() if not p.name.endswith(".pdf"))
    assert leftovers == [], f"half-written downloads left behind: {leftovers[:10]}"
    problems = [r for r in records if r.outcome in ("WRONG_ANSWER", "HANG") or r.outcome.startswith("UNTYPED")]
    assert not problems, "calls that neither succeeded nor raised a typed error:\n" + "\n".join(
        f"#{r.index} {r.kind}: {r.outcome} {r.problem}" for r in problems[:20]
    )
    unexplained = [r for r in records if r.outcome != "ok" and r.outcome not in ALLOWED_ERRORS[r.kind]]
    assert not unexplained, "errors the injected faults do not explain:\n" + "\n".join(
        f"#{r.index} {r.kind}: {r.outcome}" for r in unexplained[:20]
    )
    slow = [r for r in records if r.elapsed > CALL_BOUND_S]
    assert not slow, f"calls over the {CALL_BOUND_S:.1f} s bound: " + ", ".join(
        f"#{r.index} {r.kind} {r.elapsed:.2f}s ({len(r.attempts)} attempts)" for r in slow[:10]
    )

    writes: dict[str, int] = stats["writes"]
    executed_by_calls = 0
    lost_answers = 0
    for r in records:
        assert r.attempts, f"#{r.index} {r.kind}: nothing was sent"
        assert all(a.method == r.method for a in r.attempts)
        if r.method in ("POST", "PATCH"):
            # Never re-sent: not after a 503/429, not after a dropped, truncated or stalled answer.
            assert len(r.attempts) == 1, f"#{r.index} {r.kind} {r.method} was sent {len(r.attempts)} times"
        else:
            assert len(r.attempts) <= MAX_RETRIES + 1, f"#{r.index} {r.kind}: {len(r.attempts)} attempts"
        if r.method == "GET":
            continue
        keys = {f"{a.method} {a.path} {a.key}" for a in r.attempts}
        assert len(keys) == 1, f"#{r.index} {r.kind}: attempts differ {keys}"
        executed = writes.get(keys.pop(), 0)
        executed_by_calls += executed
        expected = _executions(r)
        if r.outcome not in {"ok", "NotFoundError"} and r.method != "DELETE" and r.outcome not in STATUS_FAULT_ERRORS:
            lost_answers += executed
        assert executed in expected, f"#{r.index} {r.kind} -> {r.outcome}: the mock executed it {executed} times"
    assert stats["duplicate_writes"] == []
    assert stats["idempotent_replays"] == 0, "a keyed write was sent again (the mock replayed it)"
    assert sum(writes.values()) == executed_by_calls, "the mock executed writes no call accounts for"
    assert stats["drift"] == 0, "the strict mock's answers drifted from the spec"

    attempts = sum(len(r.attempts) for r in records)
    faults: dict[str, int] = stats["faults"]
    answered_before_handler = sum(faults.get(kind, 0) for kind in ("503", "429", "500"))
    assert attempts == sum(stats["requests"].values()) + answered_before_handler, "client and mock disagree"
    retries = attempts - len(records)
    assert retries == len(delays), "every retry waits first (one sleep per retry)"
    assert all(0 <= d <= 8.0 for d in delays)
    assert set(faults) == set(FAULT_MIX), f"every fault kind should have fired: {faults}"
    assert 0.05 <= sum(faults.values()) / attempts <= 0.2, f"fault share off: {faults} over {attempts}"
    outcomes = Counter(r.outcome for r in records)
    for kind in OPS:
        done = [r for r in records if r.kind == kind]
        assert sum(r.outcome == "ok" for r in done) > len(done) // 2, f"{kind}: most calls should succeed"
    return {
        "calls": len(records),
        "calls_by_kind": dict(Counter(r.kind for r in records)),
        "attempts": attempts,
        "retries": retries,
        "faults_injected": dict(sorted(faults.items())),
        "fault_share": round(sum(faults.values()) / attempts, 4),
        "succeeded": outcomes["ok"],
        "typed_errors": {k: v for k, v in sorted(outcomes.items()) if k != "ok"},
        "untyped_errors": 0,
        "writes_executed": sum(writes.values()),
        "writes_with_lost_answer_not_resent": lost_answers,
        "duplicate_writes": len(stats["duplicate_writes"]),
        "idempotent_replays": stats["idempotent_replays"],
        "max_call_s": round(max(r.elapsed for r in records), 3),
        "call_bound_s": CALL_BOUND_S,
    }


def test_sync_client_under_faults(faulty_mock: Mock, tmp_path: Path) -> None:
    sleeps = SleepRecorder()
    client = cubicasa.CubiCasa(API_KEY, base_url=faulty_mock.url, timeout=CLIENT_TIMEOUT_S, max_retries=MAX_RETRIES)
    client._sleep = sleeps.sync()
    client._http.event_hooks = {"request": [_sent], "response": []}
    started = time.perf_counter()
    try:
        records = run_sync(client, faulty_mock.seeds, FAULT_CALLS, tmp_path)
        busy = busy_connections(client)
    finally:
        client.close()
    wall = time.perf_counter() - started
    assert busy == [], f"connections still carrying a request after every call returned: {busy}"
    assert client.is_closed
    assert open_connections(client) == [], "connections left open after close()"
    figures = check_run(records, mock_stats(faulty_mock.url), sleeps.delays, tmp_path)
    record_figures("fault_injection_sync", {**figures, "leaked_connections": 0, "wall_s": round(wall, 1)})


def test_async_client_under_faults(faulty_mock: Mock, tmp_path: Path) -> None:
    sleeps = SleepRecorder()

    async def scenario() -> tuple[list[CallRecord], list[str], list[str], bool]:
        client = cubicasa.AsyncCubiCasa(
            API_KEY, base_url=faulty_mock.url, timeout=CLIENT_TIMEOUT_S, max_retries=MAX_RETRIES
        )
        client._sleep = sleeps.asynchronous()
        client._http.event_hooks = {"request": [_sent_async], "response": []}
        try:
            records = await run_async(client, faulty_mock.seeds, FAULT_CALLS, tmp_path)
            busy = busy_connections(client)
        finally:
            await client.close()
        return records, busy, open_connections(client), client.is_closed

    started = time.perf_counter()
    records, busy, still_open, closed = asyncio.run(scenario())
    wall = time.perf_counter() - started
    assert busy == [], f"connections still carrying a request after every call returned: {busy}"
    assert closed
    assert still_open == [], "connections left open after close()"
    figures = check_run(records, mock_stats(faulty_mock.url), sleeps.delays, tmp_path)
    record_figures(
        "fault_injection_async",
        {**figures, "concurrency": ASYNC_WORKERS, "leaked_connections": 0, "wall_s": round(wall, 1)},
    )
