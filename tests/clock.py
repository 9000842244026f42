"""A fake monotonic clock for rate-limit tests: time moves only when someone sleeps, and every sleep is recorded."""

from __future__ import annotations


class FakeClock:
    """Pass it as a limiter's `clock`, its `sleep` and `async_sleep` as the waits (and to a mock, as its time)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
