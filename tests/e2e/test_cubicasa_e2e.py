"""The real CubiCasa clients (`cubicasa.CubiCasa`, `AsyncCubiCasa`) against the real mock over HTTP.

No MockTransport here: every answer crosses a loopback socket from the strict,
stateful mock, whose counters (`/__mock__/stats`) show what the client really
sent. Faults are forced per client with the mock's `x-mock-fault` header (on
an `http_client` the test passes in), or built into a mock whose handler was
replaced with `engine.replace_handler`.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

import clientkit_mocks as mocks
import cubicasa
from clientkit_mocks.engine.api import HttpError, MockRequest

KEY = "ck-e2e-2b7f0c4d9a1e6f35"
READONLY_KEY = "readonly-key"
KNOWN_EMAIL = "tim@internet.com"
DOCUMENTED_ORDER = "312babc6-e742-4d54-ac49-e0f7b16ec15a"
CONTROL = httpx.Client(timeout=10)
HANG_BOUND_S = 10.0  # no call may take longer than this, whatever the mock does


def stats(url: str) -> dict[str, Any]:
    return CONTROL.get(f"{url}/__mock__/stats").json()  # type: ignore[no-any-return]


def drift(url: str) -> list[dict[str, Any]]:
    return CONTROL.get(f"{url}/__mock__/drift").json()  # type: ignore[no-any-return]


@pytest.fixture(autouse=True)
def _no_client_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key and URL are passed explicitly; the developer's own CUBICASA_* environment must not leak in."""
    for name in ("CUBICASA_API_KEY", "CUBICASA_BASE_URL", "CUBICASA_LOG"):
        monkeypatch.delenv(name, raising=False)


@dataclass
class Server:
    url: str
    app: Starlette


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    app = mocks.create_app("cubicasa", strict=True, api_key=KEY, stall_s=1.0, retry_after_s=0)
    with mocks.serve(app) as url:
        yield Server(url, app)


@pytest.fixture()
def url(server: Server) -> Iterator[str]:
    """The mock on fresh data and counters; fails the test if any answer drifted from the spec."""
    CONTROL.post(f"{server.url}/__mock__/reset").raise_for_status()
    CONTROL.delete(f"{server.url}/__mock__/drift").raise_for_status()
    yield server.url
    assert drift(server.url) == [], "mock answers drifted from the spec"


class Sleeps(list[float]):
    """Stands in for the engine's sleep: records each retry's delay and returns at once."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def client(url: str, key: str = KEY, *, fault: str | None = None, **options: Any) -> cubicasa.CubiCasa:
    """A client; with `fault`, every request it sends asks the mock for that fault."""
    if fault is not None:
        options["http_client"] = httpx.Client(base_url=url, headers={"x-mock-fault": fault})
    made = cubicasa.CubiCasa(key, base_url=url, **options)
    made._sleep = Sleeps()
    return made


def sleeps(c: cubicasa.CubiCasa) -> list[float]:
    return list(c._sleep)  # type: ignore[arg-type]


@contextmanager
def faulty(url: str, fault: str, **options: Any) -> Iterator[cubicasa.CubiCasa]:
    made = client(url, fault=fault, **options)
    try:
        yield made
    finally:
        made.close()
        made._http.close()  # the test's own http_client


def writes(url: str, prefix: str) -> dict[str, int]:
    return {k: n for k, n in stats(url)["writes"].items() if k.startswith(prefix)}


# --- pagination --------------------------------------------------------------------------------------
def test_full_iteration_visits_every_user_once_over_many_pages(server: Server, url: str) -> None:
    truth = {u["id"] for u in server.app.state.api.users.values()}
    assert len(truth) >= 120
    with client(url) as c:
        ids = [str(u.id) for u in c.users.list(limit=20)]
        assert len(ids) == len(set(ids)) == len(truth)
        assert set(ids) == truth
        assert stats(url)["requests"]["list_users"] == math.ceil(len(truth) / 20)
        assert [str(u.id) for u in c.users.list(limit=7)] == ids  # same order with another page size
        orders = [str(o.id) for o in c.orders.list(limit=10)]
        assert sorted(orders) == sorted(server.app.state.api.orders)
        ready = list(c.orders.list(status="Ready", limit=5))
        assert ready and all(str(o.info.status) == "Ready" for o in ready)


def test_async_iteration_with_prefetch_visits_every_user_once(server: Server, url: str) -> None:
    truth = {u["id"] for u in server.app.state.api.users.values()}

    async def walk() -> list[str]:
        async with cubicasa.AsyncCubiCasa(KEY, base_url=url) as c:
            return [str(u.id) async for u in c.users.list(limit=20, prefetch=3)]

    ids = asyncio.run(walk())
    assert len(ids) == len(set(ids)) == len(truth)
    assert set(ids) == truth


def _stuck_pages(next_offset: Callable[[int], int | None], items: bool = True) -> Callable[[MockRequest], Any]:
    def handler(req: MockRequest) -> Any:
        offset = int(req.query.get("offset", 0))
        user = {
            "id": f"00000000-0000-4000-8000-{offset:012d}",
            "email": f"stuck{offset}@example.com",
            "role": "User",
        }
        pagination = {"has_more": True, "limit": 20, "next_offset": next_offset(offset)}
        return {"pagination": pagination, "items": [user] if items else []}

    return handler


@pytest.mark.parametrize(
    ("name", "handler", "pages_fetched"),
    [
        ("repeats offset 20", _stuck_pages(lambda offset: 20), 2),
        ("points back to 0", _stuck_pages(lambda offset: 0 if offset else 20), 2),
        ("stays on the first page", _stuck_pages(lambda offset: offset), 1),
        ("empty page says more follow", _stuck_pages(lambda offset: offset + 20, items=False), 1),
    ],
)
def test_a_server_that_repeats_an_offset_stops_the_walk(
    name: str, handler: Callable[[MockRequest], Any], pages_fetched: int
) -> None:
    app = mocks.create_app("cubicasa", strict=True, api_key=KEY)
    app.state.engine.replace_handler("list_users", handler)
    with mocks.serve(app) as stuck_url:
        with client(stuck_url) as c, pytest.raises(cubicasa.PaginationError) as info:
            list(c.users.list())
        assert "stopping instead of looping forever" in str(info.value)
        assert stats(stuck_url)["requests"]["list_users"] == pages_fetched

        async def walk() -> None:
            async with cubicasa.AsyncCubiCasa(KEY, base_url=stuck_url) as ac:
                async for _ in ac.users.list(prefetch=2):
                    pass

        with pytest.raises(cubicasa.PaginationError):
            asyncio.run(walk())
        assert drift(stuck_url) == []  # the pages are valid; only their cursors lie


# --- every error class from a real answer -----------------------------------------------------------
def test_every_status_error_class_comes_from_a_real_answer(url: str) -> None:
    with client(url) as c:
        with pytest.raises(cubicasa.BadRequestError) as bad:
            c.users.create(email="not an email")
        assert bad.value.status_code == 400
        assert [e.field for e in bad.value.field_errors] == ["body.email"]
        with pytest.raises(cubicasa.NotFoundError) as missing:
            c.users.get_by_email("nobody@example.com")
        assert missing.value.status_code == 404 and "nobody@example.com" in str(missing.value)
        with pytest.raises(cubicasa.NotFoundError):
            c.orders.get("00000000-0000-4000-8000-000000000000")
        with pytest.raises(cubicasa.ConflictError) as conflict:
            c.users.create(email=KNOWN_EMAIL)
        assert conflict.value.status_code == 409
        with pytest.raises(cubicasa.ArgumentError):
            c.orders.get("not-a-uuid")
    with client(url, "ck-e2e-wrong-key") as wrong, pytest.raises(cubicasa.AuthenticationError) as unauthorized:
        wrong.users.get_by_email(KNOWN_EMAIL)
    assert unauthorized.value.status_code == 401
    with client(url, READONLY_KEY) as readonly:
        assert readonly.users.get_by_email(KNOWN_EMAIL).email == KNOWN_EMAIL
        with pytest.raises(cubicasa.PermissionDeniedError) as forbidden:
            readonly.users.create(email="ro@example.com")
    assert forbidden.value.status_code == 403
    for fault, cls in (("429", cubicasa.RateLimitError), ("500", cubicasa.InternalServerError)):
        with faulty(url, fault, max_retries=0) as c, pytest.raises(cls) as info:
            c.users.get_by_email(KNOWN_EMAIL)
        assert info.value.status_code == int(fault)
    with faulty(url, "503", max_retries=0) as c, pytest.raises(cubicasa.InternalServerError) as unavailable:
        c.orders.get(DOCUMENTED_ORDER)
    assert unavailable.value.status_code == 503
    assert all(isinstance(e, cubicasa.APIError) for e in (bad.value, missing.value, unavailable.value))


def test_transport_error_classes_come_from_real_sockets(url: str) -> None:
    with faulty(url, "drop", max_retries=0) as c, pytest.raises(cubicasa.APIConnectionError) as dropped:
        c.orders.get(DOCUMENTED_ORDER)
    assert not isinstance(dropped.value, cubicasa.APITimeoutError)
    with faulty(url, "truncate", max_retries=0) as c, pytest.raises(cubicasa.APIConnectionError) as cut:
        c.orders.get(DOCUMENTED_ORDER)
    assert "GET /orders/" in str(cut.value)
    with faulty(url, "stall", max_retries=0, timeout=0.3) as c, pytest.raises(cubicasa.APITimeoutError):
        c.orders.get(DOCUMENTED_ORDER)


def test_a_body_that_breaks_the_spec_is_a_response_validation_error() -> None:
    app = mocks.create_app("cubicasa", strict=False, api_key=KEY)
    app.state.engine.replace_handler("get_order", lambda req: {"id": req.path_params["id"]})  # no `info`
    with mocks.serve(app) as lax_url, client(lax_url) as c, pytest.raises(cubicasa.ResponseValidationError) as info:
        c.orders.get(DOCUMENTED_ORDER)
    assert info.value.field == "Order.info"
    assert info.value.response is not None and info.value.response.status_code == 200


# --- retries -----------------------------------------------------------------------------------------
def test_a_429_is_retried_after_the_servers_retry_after(server: Server, url: str) -> None:
    original = server.app.state.api.get_user_by_email
    seen: list[int] = []

    def throttled_once(req: MockRequest) -> Any:
        seen.append(1)
        if len(seen) == 1:
            raise HttpError(429, "Slow down.", {"Retry-After": "3"})
        return original(req)

    server.app.state.engine.replace_handler("get_user_by_email", throttled_once)
    try:
        with client(url) as c:
            assert c.users.get_by_email(KNOWN_EMAIL).email == KNOWN_EMAIL
            assert sleeps(c) == [3.0]  # the server's advice, not the 0.5 s backoff
    finally:
        server.app.state.engine.replace_handler("get_user_by_email", original)
    assert stats(url)["statuses"] == {"get_user_by_email 429": 1, "get_user_by_email 200": 1}


def test_a_429_that_never_ends_gives_up_after_max_retries() -> None:
    with mocks.running("cubicasa", api_key=KEY, fault_rate=1.0, faults=("429",), retry_after_s=0) as throttled:
        with client(throttled, max_retries=2) as c, pytest.raises(cubicasa.RateLimitError) as info:
            c.users.get_by_email(KNOWN_EMAIL)
        assert info.value.retry_after == 0.0
        assert sleeps(c) == [0.0, 0.0]
        assert stats(throttled)["faults"] == {"429": 3}
        with client(throttled) as c, pytest.raises(cubicasa.RateLimitError):
            c.users.create(email="never@example.com")  # a POST is not retried, even on 429
        assert sleeps(c) == []
        assert stats(throttled)["faults"] == {"429": 4}


def test_a_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    with mocks.running("cubicasa", api_key=KEY, fault_rate=1.0, faults=("503",), retry_after_s=3600) as busy:
        with client(busy) as c, pytest.raises(cubicasa.InternalServerError):
            c.orders.get(DOCUMENTED_ORDER)
        assert sleeps(c) == []
        assert stats(busy)["faults"] == {"503": 1}


def test_a_dropped_get_is_retried(url: str) -> None:
    with faulty(url, "drop", max_retries=2) as c, pytest.raises(cubicasa.APIConnectionError):
        c.users.get_by_email(KNOWN_EMAIL)
    assert len(sleeps(c)) == 2
    assert stats(url)["requests"] == {"get_user_by_email": 3}


@pytest.mark.parametrize("fault", ["drop", "truncate", "stall"])
def test_a_post_whose_answer_was_lost_is_executed_once_and_never_resent(url: str, fault: str) -> None:
    email = f"lost-{fault}@example.com"
    with faulty(url, fault, timeout=0.3) as c, pytest.raises(cubicasa.APIConnectionError):
        c.users.create(email=email)
    assert sleeps(c) == []
    assert stats(url)["requests"] == {"create_user": 1}
    assert sum(writes(url, "POST /users ").values()) == 1  # it happened, once
    with client(url) as check:
        assert check.users.get_by_email(email).email == email


def test_an_idempotency_key_makes_the_callers_own_resend_safe(url: str) -> None:
    draft = {"street": "1 Lost Answer Road", "city": "Oulu", "country": "Finland", "owner_email": KNOWN_EMAIL}
    with faulty(url, "drop") as c, pytest.raises(cubicasa.APIConnectionError):
        c.drafts.create(idempotency_key="e2e-draft-1", **draft)  # type: ignore[arg-type]
    assert writes(url, "POST /orders/draft ") == {"POST /orders/draft e2e-draft-1": 1}
    with client(url) as c:
        again = c.drafts.create(idempotency_key="e2e-draft-1", **draft)  # type: ignore[arg-type]
        with faulty(url, "drop") as patcher, pytest.raises(cubicasa.APIConnectionError):
            patcher.drafts.update(again.id, info="patched", **draft)  # type: ignore[arg-type]
        assert sleeps(patcher) == []  # PATCH is not retried either
    snapshot = stats(url)
    assert snapshot["idempotent_replays"] == 1  # the stored answer, not a second draft
    assert writes(url, "POST /orders/draft ") == {"POST /orders/draft e2e-draft-1": 1}
    assert snapshot["requests"]["update_draft_order"] == 1
    assert snapshot["duplicate_writes"] == []


def test_a_stalled_answer_times_out_within_bounds(url: str) -> None:
    started = time.perf_counter()
    with faulty(url, "stall", timeout=0.3, max_retries=2) as c, pytest.raises(cubicasa.APITimeoutError):
        c.orders.get(DOCUMENTED_ORDER)
    assert time.perf_counter() - started < HANG_BOUND_S
    assert len(sleeps(c)) == 2
    assert stats(url)["requests"] == {"get_order": 3}


# --- drift the client tolerates ---------------------------------------------------------------------
def _owner_role(server_app: Starlette) -> Callable[[MockRequest], Any]:
    def handler(req: MockRequest) -> Any:
        user = server_app.state.api._user_by_email(req.path_params["user_id"])
        return {**{k: user[k] for k in ("id", "email", "name", "surname", "created_at")}, "role": "Owner"}

    return handler


def test_an_unknown_enum_value_is_tolerated_and_the_drift_is_recorded() -> None:
    lax = mocks.create_app("cubicasa", strict=False, api_key=KEY)
    lax.state.engine.replace_handler("get_user_by_email", _owner_role(lax))
    with mocks.serve(lax) as lax_url, client(lax_url) as c:
        user = c.users.get_by_email(KNOWN_EMAIL)
        assert user.role == "Owner"
        assert user.role.value == "Owner"
        assert user.email == KNOWN_EMAIL
        problems = drift(lax_url)
    assert len(problems) == 1 and "Owner" in problems[0]["problems"][0]  # the mock noticed; the client coped
    strict = mocks.create_app("cubicasa", strict=True, api_key=KEY)
    strict.state.engine.replace_handler("get_user_by_email", _owner_role(strict))
    with mocks.serve(strict) as strict_url, client(strict_url, max_retries=0) as c:
        with pytest.raises(cubicasa.InternalServerError) as info:
            c.users.get_by_email(KNOWN_EMAIL)  # strict mode turns the same drift into a 500
        assert "drifted from the spec" in str(info.value)


# --- sync / async parity -----------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    """A comparable form of a model: `to_dict()` without run-time timestamps."""
    data = value.to_dict() if hasattr(value, "to_dict") else value
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items() if k not in ("created_at", "first_delivered_at")}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data


DRAFT = {"street": "2 Parity Lane", "city": "Oulu", "country": "Finland", "owner_email": KNOWN_EMAIL}
STEPS: list[tuple[str, Callable[[Any, dict[str, Any]], Any]]] = [
    ("get user", lambda c, s: c.users.get_by_email(KNOWN_EMAIL)),
    ("list page", lambda c, s: c.users.list_page(offset=3, limit=5)),
    ("get order", lambda c, s: c.orders.get(DOCUMENTED_ORDER)),
    ("create user", lambda c, s: c.users.create(email="parity@example.com", role="Collaborator")),
    ("duplicate user", lambda c, s: c.users.create(email="parity@example.com")),
    ("create draft", lambda c, s: c.drafts.create(idempotency_key="parity-1", **DRAFT)),
    ("update draft", lambda c, s: c.drafts.update(s["create draft"].id, info="parity", **DRAFT)),
    ("delete draft", lambda c, s: c.drafts.delete(s["create draft"].id)),
    ("get deleted draft", lambda c, s: c.orders.get(s["create draft"].id)),
    ("bad argument", lambda c, s: c.orders.get("nope")),
    ("bad request", lambda c, s: c.users.create(email="not an email")),
]


def _outcome(value: Any) -> Any:
    if isinstance(value, cubicasa.APIStatusError):
        return (type(value).__name__, value.status_code, value.body)
    if isinstance(value, Exception):
        return (type(value).__name__, str(value))
    return _plain(value)


def test_sync_and_async_clients_agree_on_the_same_scenario(url: str) -> None:
    sync_results: dict[str, Any] = {}
    with client(url) as c:
        for name, step in STEPS:
            try:
                sync_results[name] = step(c, sync_results)
            except cubicasa.CubiCasaError as exc:
                sync_results[name] = exc
    sync_stats = stats(url)
    CONTROL.post(f"{url}/__mock__/reset").raise_for_status()  # same seed: the same ids are handed out

    async def run() -> dict[str, Any]:
        results: dict[str, Any] = {}
        async with cubicasa.AsyncCubiCasa(KEY, base_url=url) as ac:
            for name, step in STEPS:
                try:
                    results[name] = await step(ac, results)
                except cubicasa.CubiCasaError as exc:
                    results[name] = exc
        return results

    async_results = asyncio.run(run())
    for name, _ in STEPS:
        assert _outcome(sync_results[name]) == _outcome(async_results[name]), name
    assert isinstance(sync_results["get deleted draft"], cubicasa.NotFoundError)
    assert isinstance(sync_results["duplicate user"], cubicasa.ConflictError)
    assert stats(url) == sync_stats  # the server saw the same requests, statuses and writes


# --- webhooks ----------------------------------------------------------------------------------------
@dataclass
class Hook:
    """A webhook endpoint in front of `cubicasa.webhooks.receiver`, failing its first attempt(s)."""

    fail_first: int
    hand_over_failures: bool  # True: the receiver saw the event but the answer still failed
    events: list[cubicasa.webhooks.OrderStatusEvent] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)

    def app(self) -> Starlette:
        receiver = cubicasa.webhooks.receiver(self.events.append)
        self.receiver = receiver

        async def hook(request: Request) -> JSONResponse:
            body = await request.body()
            failing = len(self.answers) < self.fail_first
            if failing and not self.hand_over_failures:
                self.answers.append(503)
                return JSONResponse({"error": "not ready"}, status_code=503)
            answer = receiver.handle(body)
            status = 500 if failing else answer.status
            self.answers.append(status)
            return JSONResponse(answer.body, status_code=status)

        return Starlette(routes=[Route("/hook", hook, methods=["POST"])])


def _wait_for_deliveries(url: str, count: int) -> list[dict[str, Any]]:
    deadline = time.monotonic() + HANG_BOUND_S
    while True:
        done = [d for d in CONTROL.get(f"{url}/__mock__/webhooks").json() if d["done"]]
        if len(done) >= count or time.monotonic() > deadline:
            return done
        time.sleep(0.02)


@pytest.mark.parametrize("hand_over_failures", [True, False], ids=["answer-lost-after-handling", "refused-at-first"])
def test_a_webhook_event_reaches_user_code_exactly_once_despite_retries(url: str, hand_over_failures: bool) -> None:
    hook = Hook(fail_first=1, hand_over_failures=hand_over_failures)
    with mocks.serve(hook.app()) as hook_base, client(url) as c:
        c.webhooks.update(urls=[f"{hook_base}/hook"], triggers=["moved_to_draft", "moved_to_pending"])
        draft = c.drafts.create(**DRAFT)  # -> moved_to_draft
        (first,) = _wait_for_deliveries(url, 1)
        CONTROL.post(f"{url}/__mock__/orders/{draft.id}/advance").raise_for_status()  # -> moved_to_pending
        deliveries = _wait_for_deliveries(url, 2)
        hook.receiver.join()
        hook.receiver.close()
    assert [a["status"] for a in first["attempts"]] == [hook.answers[0], 200]  # the mock retried once
    assert all(d["delivered"] for d in deliveries)
    assert [(str(e.id), str(e.current_status)) for e in hook.events] == [
        (str(draft.id), "Draft"),
        (str(draft.id), "Pending"),
    ]
    assert len(hook.answers) == 3  # 2 attempts for the first event, 1 for the second
