"""The runtime's rate limiter composes with Pulse's session login: every request the flow sends takes a slot.

Pulse's spec declares no quota, so the limiter is attached as `rate_limit=` would attach it for an API
whose spec declares `x-sdk-rate-limit` (the client's `_rate_limiter`, wrapped around its auth per call).
"""

from __future__ import annotations

import httpx
import pytest

import clientkit
from tests.clock import FakeClock
from tests.pulse_crm.fakes import FakePulse, async_client, sync_client


def limiter(clock: FakeClock) -> clientkit.RateLimiter:
    return clientkit.RateLimiter(
        3,
        window=60,
        remaining_header="X-Left",
        retry_in_header="X-Hold",
        clock=clock,
        sleep=clock.sleep,
        async_sleep=clock.async_sleep,
    )


def bearers(fake: FakePulse) -> list[str]:
    return [r.headers.get("authorization", "") for r in fake.requests if r.url.path != "/api/auth/login"]


def test_logins_and_re_sends_take_slots_and_the_token_still_goes_out(fake: FakePulse) -> None:
    clock = FakeClock(start=500.0)
    with sync_client(fake) as client:
        client._rate_limiter = limit = limiter(clock)
        client.users.get(1)  # login + request
        assert limit.in_window == 2 and clock.sleeps == []
        fake.revoke_all()
        client.users.get(2)  # request (401), login: waits for the window, re-send
    assert clock.sleeps == [60.0]
    assert len(fake.logins) == 2 and len(fake.requests) == 5
    assert bearers(fake) == [f"Bearer {fake.issued[0]}"] * 2 + [f"Bearer {fake.issued[1]}"]


@pytest.mark.anyio
async def test_the_async_client_the_same_way(fake: FakePulse) -> None:
    clock = FakeClock(start=500.0)
    async with async_client(fake) as client:
        client._rate_limiter = limit = limiter(clock)
        await client.users.get(1)
        await client.users.get(2)
        await client.users.get(3)  # the 4th request in the window
    assert clock.sleeps == [60.0] and limit.in_window == 1
    assert len(fake.logins) == 1


def test_a_refused_slot_sends_nothing(fake: FakePulse) -> None:
    clock = FakeClock(start=500.0)
    with sync_client(fake) as client:
        client._rate_limiter = limit = limiter(clock)
        client.users.get(1)
        limit.observe(httpx.Headers({"X-Left": "0", "X-Hold": "1e9"}))
        with pytest.raises(clientkit.RateLimitHoldError):
            client.users.get(2)
    assert len(fake.requests) == 2
