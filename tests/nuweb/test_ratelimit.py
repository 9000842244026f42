"""The client-side rate limit: at most N requests per rolling minute, and the server's 'none left' honoured."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

import nuweb
from clientkit.ratelimit import RateLimitedAuth
from nuweb._auth import NuWebAuth
from tests.nuweb.fakes import TOKEN, FakeClock, document, json_response, make_async_client, make_client, replies

EMPTY_LIMIT_HEADERS = {"X-Remaining-Requests": "0", "X-Available-In-Seconds": "7"}


def test_the_61st_request_in_a_minute_waits_for_the_window(clock: FakeClock) -> None:
    recorder = replies(json_response(200, document(1)))
    with make_client(recorder, rate_limit=clock.limiter(60)) as client:
        for _ in range(60):
            client.users.get(1)
        assert clock.sleeps == []
        client.users.get(1)  # the 61st at the same instant: waits until the first leaves the window

    assert clock.sleeps == [60.0]
    assert len(recorder.requests) == 61


def test_the_window_rolls(clock: FakeClock) -> None:
    limiter = clock.limiter(60)
    for _ in range(60):
        assert limiter.acquire() == 0.0
        clock.now += 1.0  # one request a second: the 1st at t=1000, the 60th at t=1059
    clock.now = 1059.5
    assert limiter.acquire() == pytest.approx(0.5)  # the request of t=1000 leaves the window at t=1060
    assert limiter.acquire() == pytest.approx(1.0)  # next slot: when the t=1001 request leaves
    assert clock.sleeps == [0.5, 1.0]
    assert limiter.in_window == 60


def test_no_requests_left_on_the_server_makes_the_next_call_wait(clock: FakeClock) -> None:
    recorder = replies(
        json_response(200, document(1), {"X-Remaining-Requests": "0", "X-Available-In-Seconds": "7"}),
        json_response(200, document(1), {"X-Remaining-Requests": "58", "X-Available-In-Seconds": "60"}),
    )
    with make_client(recorder, rate_limit=clock.limiter(60)) as client:
        client.users.get(1)
        assert clock.sleeps == []  # only the *next* call waits
        client.users.get(1)
        client.users.get(1)  # 58 left: no wait

    assert clock.sleeps == [7.0]
    assert len(recorder.requests) == 3


@pytest.mark.anyio
async def test_async_client_waits_without_blocking(clock: FakeClock) -> None:
    recorder = replies(json_response(200, document(1), EMPTY_LIMIT_HEADERS), json_response(200, document(1)))
    async with make_async_client(recorder, rate_limit=clock.limiter(3)) as client:
        await client.users.get(1)  # the server says 0 left, available in 7 s
        await client.users.get(1)  # waits 7 s
        await client.users.get(1)
        await client.users.get(1)  # 4th within the (fake) minute of a 3/min limit: waits for the 1st to expire

    assert clock.sleeps == [7.0, 53.0]


def test_every_retry_attempt_takes_a_slot(clock: FakeClock) -> None:
    limiter = clock.limiter(60)
    recorder = replies(
        json_response(503, {"message": "Down."}),
        json_response(503, {"message": "Down."}),
        json_response(200, document(1)),
    )
    with make_client(recorder, rate_limit=limiter) as client:
        client._sleep = lambda seconds: None
        client.users.get(1)
    assert len(recorder.requests) == 3
    assert limiter.in_window == 3


def test_login_counts_too_and_views_share_the_limiter(clock: FakeClock) -> None:
    limiter = clock.limiter(2)
    recorder = replies(json_response(200, {"token": "fresh-token-1234"}))
    with make_client(recorder, rate_limit=limiter) as client:
        client.auth.login(email="a@example.com", password="pa55word")
        client.with_options(timeout=5).auth.login(email="a@example.com", password="pa55word")
        assert client.with_options(max_retries=0).rate_limiter is limiter
        client.auth.login(email="a@example.com", password="pa55word")
    assert clock.sleeps == [60.0]


def test_rate_limit_zero_or_none_disables_it() -> None:
    for disabled in (0, None):
        recorder = replies(json_response(200, document(1), EMPTY_LIMIT_HEADERS))
        with make_client(recorder, rate_limit=disabled) as client:
            assert client.rate_limiter is None
            started = time.monotonic()
            for _ in range(70):
                client.users.get(1)
            assert time.monotonic() - started < 5
        assert len(recorder.requests) == 70


def test_default_is_sixty_per_minute() -> None:
    with make_client(replies(json_response(200, document(1)))) as client:
        assert client.rate_limiter is not None and client.rate_limiter.per_minute == 60


def test_threads_never_exceed_the_limit_in_any_window() -> None:
    """Real clock, tiny window: 3 threads x 5 requests through a 5-per-0.15-s limiter."""
    window, limit = 0.15, 5
    local = threading.local()

    def clock() -> float:
        local.last = time.monotonic()
        return float(local.last)

    limiter = nuweb.RateLimiter(limit, window=window, clock=clock)
    stamps: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(5):
            limiter.acquire()
            with lock:
                stamps.append(local.last)  # the clock reading the slot was taken at

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)

    stamps.sort()
    assert len(stamps) == 15
    assert all(stamps[i + limit] - stamps[i] >= window for i in range(len(stamps) - limit))
    assert stamps[-1] - stamps[0] >= 2 * window  # 15 requests needed at least two waits


def test_bad_limiter_settings_are_refused() -> None:
    with pytest.raises(nuweb.ConfigurationError):
        nuweb.RateLimiter(0)
    with pytest.raises(nuweb.ConfigurationError):
        nuweb.RateLimiter(10, window=0)


# --- the server's word is bounded --------------------------------------------------------------------
def hold(available: str) -> dict[str, str]:
    return {"X-Remaining-Requests": "0", "X-Available-In-Seconds": available}


@pytest.mark.parametrize("available", ["1e9", "86400", "600", "60.5", "inf", "1e400"])
def test_a_server_wait_past_the_cap_fails_fast_instead_of_freezing(clock: FakeClock, available: str) -> None:
    recorder = replies(json_response(200, document(1), hold(available)), json_response(200, document(1)))
    with make_client(recorder, rate_limit=clock.limiter(60)) as client:
        client.users.get(1)  # the answer itself is fine; it asks to hold everything
        with pytest.raises(nuweb.RateLimitHoldError) as info:
            client.users.get(1)
        assert isinstance(info.value, nuweb.NuWebError)
        assert info.value.requested == float(available) and info.value.cap == 60.0
        assert info.value.retry_in == pytest.approx(60.0)
        assert "more than the 60 s this client waits" in str(info.value)
        clock.now += 60.0  # the hold past the cap lasts the cap, then requests go out again
        client.users.get(1)
    assert clock.sleeps == []
    assert len(recorder.requests) == 2  # the refused call sent nothing


def test_a_server_wait_up_to_the_cap_is_waited_for(clock: FakeClock) -> None:
    recorder = replies(json_response(200, document(1), hold("60")), json_response(200, document(1)))
    with make_client(recorder, rate_limit=clock.limiter(60)) as client:
        client.users.get(1)
        client.users.get(1)
    assert clock.sleeps == [60.0]


@pytest.mark.parametrize("available", ["-5", "nan", "-inf", "soon", ""])
def test_nonsense_waits_are_ignored_and_the_window_decides(clock: FakeClock, available: str) -> None:
    recorder = replies(json_response(200, document(1), hold(available)), json_response(200, document(1)))
    with make_client(recorder, rate_limit=clock.limiter(60)) as client:
        client.users.get(1)  # sent at t=1000: the only request of our window
        client.users.get(1)
    assert clock.sleeps == [60.0]  # until that request leaves our own window, no longer


def test_one_answer_cannot_poison_a_shared_limiter(clock: FakeClock) -> None:
    limiter = clock.limiter(60)
    poisoned = replies(json_response(200, document(1), hold("1e9")))
    healthy = replies(json_response(200, document(1), {"X-Remaining-Requests": "30"}))
    with make_client(poisoned, rate_limit=limiter) as first, make_client(healthy, rate_limit=limiter) as second:
        first.users.get(1)
        with pytest.raises(nuweb.RateLimitHoldError):
            second.users.get(1)  # fails at once: no thread sleeps for a billion seconds
        limiter.observe({"X-Remaining-Requests": "12"})  # a later answer (another in-flight request): quota left
        second.users.get(1)
        limiter.observe(hold("1e9"))
        limiter.observe(hold("7"))  # the latest sane answer wins over an earlier huge one
        second.users.get(1)
    assert clock.sleeps == [7.0]
    assert len(healthy.requests) == 2


@pytest.mark.anyio
async def test_async_client_fails_fast_past_the_cap(clock: FakeClock) -> None:
    recorder = replies(json_response(200, document(1), hold("86400")), json_response(200, document(1)))
    async with make_async_client(recorder, rate_limit=clock.limiter(60)) as client:
        await client.users.get(1)
        with pytest.raises(nuweb.RateLimitHoldError):
            await client.users.get(1)
    assert clock.sleeps == []
    assert len(recorder.requests) == 1


def test_a_refused_request_no_longer_carries_the_token(clock: FakeClock) -> None:
    limiter = clock.limiter(60)
    limiter.observe(hold("1e9"))
    auth = RateLimitedAuth(NuWebAuth(nuweb.Secret(TOKEN)), limiter)
    request = httpx.Request("GET", "https://api.nuweb.test/v1/company/users/1")
    with pytest.raises(nuweb.RateLimitHoldError):
        next(auth.sync_auth_flow(request))
    assert "authorization" not in request.headers


def test_the_cap_is_configurable_and_checked(clock: FakeClock) -> None:
    limiter = nuweb.RateLimiter(60, clock=clock, sleep=clock.sleep, max_server_wait=5)
    limiter.observe(hold("6"))
    with pytest.raises(nuweb.RateLimitHoldError, match="more than the 5 s"):
        limiter.acquire()
    for bad in (-1, float("inf"), float("nan"), True, "60"):
        with pytest.raises(nuweb.ConfigurationError):
            nuweb.RateLimiter(60, max_server_wait=bad)  # type: ignore[arg-type]
    for window in (float("nan"), float("inf")):
        with pytest.raises(nuweb.ConfigurationError):
            nuweb.RateLimiter(60, window=window)
