"""NU Web's rate-limit headers from a hostile or broken server never hold a limiter past its bounds.

Any sequence of answers (any `X-Remaining-Requests`, any `X-Available-In-Seconds`:
huge, negative, NaN, inf, text), observed by one limiter shared by every caller:
each `acquire()` either returns having waited at most the cap plus one window, or
raises `RateLimitHoldError` at once; a later answer with requests left clears
whatever came before. The clock is fake, so nothing really waits.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import nuweb
from tests.nuweb.fakes import FakeClock

NUMBERS = st.floats(allow_nan=True, allow_infinity=True).map(repr) | st.integers(-(10**12), 10**12).map(str)
HEADER_VALUES = st.none() | NUMBERS | st.sampled_from(["", " ", "soon", "1e9", "86400", "600", "60", "0", "-0"])
ANSWERS = st.lists(st.tuples(HEADER_VALUES, HEADER_VALUES, st.floats(0, 120), st.booleans()), min_size=1, max_size=30)


Answer = tuple[str | None, str | None, float, bool]  # remaining, available, seconds until the next, send one?
SLACK = 1e-5  # the fake clock rounds each sleep to 6 decimals


def _headers(remaining: str | None, available: str | None) -> dict[str, str]:
    headers = {}
    if remaining is not None:
        headers["X-Remaining-Requests"] = remaining
    if available is not None:
        headers["X-Available-In-Seconds"] = available
    return headers


@settings(max_examples=300, deadline=None)
@given(answers=ANSWERS, per_minute=st.integers(1, 5))
def test_no_answer_holds_a_caller_past_the_cap(answers: list[Answer], per_minute: int) -> None:
    clock = FakeClock()
    limiter = clock.limiter(per_minute)
    bound = limiter.max_server_wait + limiter.window
    for remaining, available, pause, send in answers:
        limiter.observe(_headers(remaining, available))
        clock.now += pause
        if not send:
            continue
        slept_before = sum(clock.sleeps)
        try:
            limiter.acquire()
        except nuweb.RateLimitHoldError as exc:
            assert 0 < exc.retry_in <= limiter.max_server_wait
            assert sum(clock.sleeps) == slept_before  # refused at once, no wait first
        else:
            assert sum(clock.sleeps) - slept_before <= bound + SLACK
    limiter.observe({"X-Remaining-Requests": "1"})  # a sane answer: only our own window counts now
    slept_before = sum(clock.sleeps)
    limiter.acquire()
    assert sum(clock.sleeps) - slept_before <= limiter.window + SLACK
