"""Stay under NU Web's per-company rate limit: 60 requests per rolling minute unless raised.

`RateLimiter` remembers when the requests of the last window were sent and
makes the next caller wait (a thread sleeps, a coroutine awaits) until one
more fits. It also listens to the server: `X-Remaining-Requests: 0` with
`X-Available-In-Seconds: N` holds every request for N seconds, which keeps
several processes sharing one company's quota from running into 429s.

One answer must not freeze every client sharing the limiter, so the server's
word is bounded like `Retry-After` (`RetryPolicy.max_retry_after`, 60 s):

- N up to the cap: requests wait N seconds;
- N past the cap (1e9, `inf`, a day): nothing waits; for the next `max_server_wait`
  seconds requests fail at once with `RateLimitHoldError`, then go out again
  and the server's next answer decides;
- N negative, NaN or unreadable: ignored, our own window decides;
- the latest answer wins: one with requests left lifts a hold at once.

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

from clientkit.retries import RetryPolicy
from nuweb_client.errors import ConfigurationError, NuWebError

WINDOW_SECONDS = 60.0
MAX_SERVER_WAIT = RetryPolicy.max_retry_after  # 60 s: the longest hold one answer can impose
REMAINING_HEADER = "x-remaining-requests"
AVAILABLE_HEADER = "x-available-in-seconds"


class RateLimitHoldError(NuWebError):
    """NU Web asked to hold every request for longer than the limiter waits (`max_server_wait`).

    Raised before anything is sent. `requested` is what the server asked for (seconds, may be
    `inf`); `retry_in` is when the limiter lets requests out again to hear a fresh answer.
    """

    def __init__(self, requested: float, cap: float, retry_in: float) -> None:
        super().__init__(
            f"NU Web asked to hold requests for {requested:g} s (X-Available-In-Seconds), more than the "
            f"{cap:g} s this client waits; not sent. Requests go out again in {retry_in:.1f} s."
        )
        self.requested = requested
        self.cap = cap
        self.retry_in = retry_in


def _header_number(headers: Mapping[str, str], name: str) -> float | None:
    """The header as a number >= 0 (`inf` included), or None when absent, negative, NaN or unreadable."""
    value = headers.get(name)
    if value is None:  # httpx's headers ignore case; a plain mapping may not
        value = next((v for k, v in headers.items() if k.lower() == name), None)
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return None if math.isnan(number) or number < 0 else number


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
        max_server_wait: float = MAX_SERVER_WAIT,
    ) -> None:
        if not isinstance(per_minute, int) or isinstance(per_minute, bool) or per_minute < 1:
            raise ConfigurationError(f"rate_limit must be a whole number of requests per minute, not {per_minute!r}")
        if not isinstance(window, int | float) or isinstance(window, bool) or not 0 < window < math.inf:
            raise ConfigurationError(f"the rate-limit window must be a positive number of seconds, not {window!r}")
        if (
            isinstance(max_server_wait, bool)
            or not isinstance(max_server_wait, int | float)
            or not (0 <= max_server_wait < math.inf)
        ):
            raise ConfigurationError(f"max_server_wait must be a number of seconds >= 0, not {max_server_wait!r}")
        self.per_minute = per_minute
        self.window = float(window)
        self.max_server_wait = float(max_server_wait)
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._logger = logger or logging.getLogger("nuweb")
        self._sent: deque[float] = deque()  # send times inside the current window, oldest first
        self._blocked_until = -math.inf  # the server's latest "0 left, available in N <= cap" answer
        self._refused_until = -math.inf  # the server's latest "0 left" answer with N past the cap
        self._refused_for = 0.0  # ... and its N
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter(per_minute={self.per_minute}, window={self.window:g})"

    # --- taking a slot -------------------------------------------------------------------------
    def _try_acquire(self) -> float:
        """Take a slot (0.0), or say how many seconds to wait before asking again.

        Raises `RateLimitHoldError` while the server's latest answer asks for a hold past the cap.
        """
        with self._lock:
            now = self._clock()
            if now < self._refused_until:
                raise RateLimitHoldError(self._refused_for, self.max_server_wait, self._refused_until - now)
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
        """Read `X-Remaining-Requests`/`X-Available-In-Seconds` of an answer (any status); the latest wins.

        Requests left: lift any hold. None left: hold everything for `X-Available-In-Seconds`
        up to `max_server_wait`; past it, refuse for `max_server_wait` (see the module doc);
        without a usable value, until the oldest request of our own window leaves it.
        """
        remaining = _header_number(headers, REMAINING_HEADER)
        if remaining is None:
            return
        with self._lock:
            now = self._clock()
            if remaining >= 1:
                self._blocked_until = self._refused_until = -math.inf
                return
            available = _header_number(headers, AVAILABLE_HEADER)
            if available is not None and available > self.max_server_wait:
                self._blocked_until = -math.inf
                self._refused_until, self._refused_for = now + self.max_server_wait, available
                self._logger.warning(
                    "the server asks to hold requests for %g s, more than the %g s cap: "
                    "failing requests for %g s instead of waiting",
                    available,
                    self.max_server_wait,
                    self.max_server_wait,
                )
                return
            self._refused_until = -math.inf
            if available is not None:
                self._blocked_until = now + available
            elif self._sent:
                self._blocked_until = max(self._blocked_until, self._sent[0] + self.window)
            else:
                return
            self._logger.info(
                "the server reports no requests left; holding requests for %.2f s", self._blocked_until - now
            )

    @property
    def in_window(self) -> int:
        """How many requests were sent in the current window (for monitoring and tests)."""
        with self._lock:
            cutoff = self._clock() - self.window
            return sum(1 for sent in self._sent if sent > cutoff)
