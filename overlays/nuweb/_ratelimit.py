"""Stay under NU Web's per-company rate limit: 60 requests per rolling minute unless raised.

`RateLimiter` remembers when the requests of the last window were sent and
makes the next caller wait (a thread sleeps, a coroutine awaits) until one
more fits. It also listens to the server: `X-Remaining-Requests: 0` with
`X-Available-In-Seconds: N` holds every request for N seconds, which keeps
several processes sharing one company's quota from running into 429s.

The limiter is hooked into httpx's auth flow (see `nuweb._auth`), which runs
once per attempt, so the engine's retries are counted and limited too. The
clock and both sleeps are injectable, so tests never really wait.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from nuweb_client.errors import ConfigurationError

WINDOW_SECONDS = 60.0
REMAINING_HEADER = "x-remaining-requests"
AVAILABLE_HEADER = "x-available-in-seconds"


def _header_number(headers: Mapping[str, str], name: str) -> float | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


class RateLimiter:
    """At most `per_minute` requests in any rolling `window` seconds; thread- and task-safe.

    Share one limiter between clients of the same company (`NuWeb(rate_limit=limiter)`):
    NU Web counts requests per company, not per connection.
    """

    def __init__(
        self,
        per_minute: int = 60,
        *,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        logger: logging.Logger | None = None,
    ) -> None:
        if not isinstance(per_minute, int) or isinstance(per_minute, bool) or per_minute < 1:
            raise ConfigurationError(f"rate_limit must be a whole number of requests per minute, not {per_minute!r}")
        if not isinstance(window, int | float) or isinstance(window, bool) or window <= 0:
            raise ConfigurationError(f"the rate-limit window must be a positive number of seconds, not {window!r}")
        self.per_minute = per_minute
        self.window = float(window)
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._logger = logger or logging.getLogger("nuweb")
        self._sent: deque[float] = deque()  # send times inside the current window, oldest first
        self._blocked_until = -math.inf  # set from the server's "0 requests left" answers
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter(per_minute={self.per_minute}, window={self.window:g})"

    # --- taking a slot -------------------------------------------------------------------------
    def _try_acquire(self) -> float:
        """Take a slot (0.0), or say how many seconds to wait before asking again."""
        with self._lock:
            now = self._clock()
            cutoff = now - self.window
            while self._sent and self._sent[0] <= cutoff:
                self._sent.popleft()
            wait = self._blocked_until - now
            if len(self._sent) >= self.per_minute:
                wait = max(wait, self._sent[0] + self.window - now)
            if wait > 0:
                return wait
            self._sent.append(now)
            return 0.0

    def acquire(self) -> float:
        """Block until one more request may be sent; return the seconds spent waiting."""
        waited = 0.0
        while (wait := self._try_acquire()) > 0:
            self._log_wait(wait)
            self._sleep(wait)
            waited += wait
        return waited

    async def acquire_async(self) -> float:
        """`acquire()` for coroutines: awaits instead of blocking the event loop."""
        waited = 0.0
        while (wait := self._try_acquire()) > 0:
            self._log_wait(wait)
            await self._async_sleep(wait)
            waited += wait
        return waited

    def _log_wait(self, wait: float) -> None:
        self._logger.info("rate limit (%d requests / %g s): waiting %.2f s", self.per_minute, self.window, wait)

    # --- listening to the server ---------------------------------------------------------------
    def observe(self, headers: Mapping[str, str]) -> None:
        """Read `X-Remaining-Requests`/`X-Available-In-Seconds` of an answer (any status).

        With no request left, hold everything for `X-Available-In-Seconds`; without that
        header, until the oldest request of our own window leaves it.
        """
        remaining = _header_number(headers, REMAINING_HEADER)
        if remaining is None or remaining >= 1:
            return
        available = _header_number(headers, AVAILABLE_HEADER)
        with self._lock:
            now = self._clock()
            if available is not None:
                until = now + available
            elif self._sent:
                until = self._sent[0] + self.window
            else:
                return
            if until > self._blocked_until:
                self._blocked_until = until
                self._logger.info("the server reports no requests left; holding requests for %.2f s", until - now)

    @property
    def in_window(self) -> int:
        """How many requests were sent in the current window (for monitoring and tests)."""
        with self._lock:
            cutoff = self._clock() - self.window
            return sum(1 for sent in self._sent if sent > cutoff)
