"""Stay under an API's documented request quota: at most N requests in any rolling window.

A spec declares the quota with `x-sdk-rate-limit` (openapi/CONVENTIONS.md); the generator puts it
into the API's `PROFILE` (`RateLimit`), writes the API's own `RateLimiter` (the spec's numbers as
defaults, the API's error classes) and gives both clients `rate_limit=` and `rate_limiter`.

`RateLimiter` remembers when the requests of the last window were sent and makes the next caller
wait (a thread sleeps, a coroutine awaits) until one more fits. It also listens to the server when
the spec names its headers: `<remaining-header>: 0` with `<retry-in-header>: N` holds every request
for N seconds, which keeps several processes sharing one quota from running into 429s.

One answer must not freeze every client sharing the limiter, so the server's word is bounded like
`Retry-After` (`RetryPolicy.max_retry_after`, 60 s):

- N up to the cap: requests wait N seconds;
- N past the cap (1e9, `inf`, a day): nothing waits; for the next `max_server_wait` seconds requests
  fail at once with `RateLimitHoldError`, then go out again and the server's next answer decides;
- N negative, NaN or unreadable: ignored, our own window decides;
- the latest answer wins: one with requests left lifts a hold at once.

The client wraps the auth it sends with in `RateLimitedAuth`, whose flow runs once per attempt, so
the engine's retries (and a login the auth flow sends) are counted and limited too; the attempt's
deadline (`clientkit.limits.DeadlineAuth`) starts only once a slot is taken. The clock and both
sleeps are injectable, so tests never really wait.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from clientkit.errors import SHARED, ConfigurationError, RateLimitHoldError
from clientkit.retries import RetryPolicy

if TYPE_CHECKING:
    from clientkit.profile import ApiProfile

DEFAULT_WINDOW = 60.0
MAX_SERVER_WAIT = RetryPolicy.max_retry_after  # 60 s: the longest hold one answer can impose


@dataclass(frozen=True)
class RateLimit:
    """An API's documented quota, from its spec's `x-sdk-rate-limit`: `requests` per rolling `window`
    seconds, and the answer headers saying how many are left and when more are available."""

    requests: int
    window: float = DEFAULT_WINDOW
    remaining_header: str | None = None
    retry_in_header: str | None = None


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
    """At most `requests` requests in any rolling `window` seconds; thread- and task-safe.

    An API's generated subclass (`nuweb.RateLimiter`) takes its defaults (numbers, header names)
    from the spec and raises the API's own errors. Share one limiter between the clients that
    spend the same quota (`NuWeb(rate_limit=limiter)`: NU Web counts per company, not per
    connection). A header name given as "" is not read.
    """

    _profile: ClassVar[ApiProfile | None] = None  # set by an API's generated subclass

    def __init__(
        self,
        requests: int | None = None,
        *,
        window: float | None = None,
        remaining_header: str | None = None,
        retry_in_header: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] | None = None,
        logger: logging.Logger | None = None,
        max_server_wait: float = MAX_SERVER_WAIT,
    ) -> None:
        profile = self._profile
        quota = profile.rate_limit if profile is not None else None
        errors = profile.errors if profile is not None else SHARED
        self._hold_error = errors.get(RateLimitHoldError)
        self._who = profile.title if profile is not None else "the server"
        configuration_error = errors.get(ConfigurationError)
        if requests is None and quota is not None:
            requests = quota.requests
        if not isinstance(requests, int) or isinstance(requests, bool) or requests < 1:
            raise configuration_error(
                f"rate_limit must be a whole number of requests per window >= 1, not {requests!r}"
            )
        if window is None:
            window = quota.window if quota is not None else DEFAULT_WINDOW
        if not isinstance(window, int | float) or isinstance(window, bool) or not 0 < window < math.inf:
            raise configuration_error(f"the rate-limit window must be a positive number of seconds, not {window!r}")
        if (
            isinstance(max_server_wait, bool)
            or not isinstance(max_server_wait, int | float)
            or not (0 <= max_server_wait < math.inf)
        ):
            raise configuration_error(f"max_server_wait must be a number of seconds >= 0, not {max_server_wait!r}")
        if remaining_header is None and quota is not None:
            remaining_header = quota.remaining_header
        if retry_in_header is None and quota is not None:
            retry_in_header = quota.retry_in_header
        self.requests = requests
        self.window = float(window)
        self.max_server_wait = float(max_server_wait)
        self.remaining_header = (remaining_header or "").lower() or None
        self.retry_in_header = (retry_in_header or "").lower() or None
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._logger = logger or logging.getLogger(profile.package if profile is not None else "clientkit")
        self._sent: deque[float] = deque()  # send times inside the current window, oldest first
        self._blocked_until = -math.inf  # the server's latest "0 left, available in N <= cap" answer
        self._refused_until = -math.inf  # the server's latest "0 left" answer with N past the cap
        self._refused_for = 0.0  # ... and its N
        self._lock = threading.Lock()

    @classmethod
    def from_option(cls, value: object) -> RateLimiter | None:
        """A client's `rate_limit=`: a number -> a new limiter of this class allowing that many requests
        per window; 0 or None -> no limit; a `RateLimiter` -> shared as it is."""
        if isinstance(value, RateLimiter):
            return value
        if value is None or (value == 0 and not isinstance(value, bool)):
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            errors = cls._profile.errors if cls._profile is not None else SHARED
            raise errors.get(ConfigurationError)(
                f"rate_limit must be a whole number of requests per window >= 0 or a RateLimiter, not {value!r}"
            )
        return cls(value)

    @property
    def per_minute(self) -> int:
        """`requests` under its first name (NU Web's window is a minute)."""
        return self.requests

    def __repr__(self) -> str:
        return f"{type(self).__name__}(requests={self.requests}, window={self.window:g})"

    # --- taking a slot -------------------------------------------------------------------------
    def _try_acquire(self) -> float:
        """Take a slot (0.0), or say how many seconds to wait before asking again.

        Raises `RateLimitHoldError` while the server's latest answer asks for a hold past the cap.
        """
        with self._lock:
            now = self._clock()
            if now < self._refused_until:
                raise self._hold_error(
                    f"{self._who} asked to hold requests for {self._refused_for:g} s ({self.retry_in_header}), "
                    f"more than the {self.max_server_wait:g} s this client waits; not sent. "
                    f"Requests go out again in {self._refused_until - now:.1f} s.",
                    requested=self._refused_for,
                    cap=self.max_server_wait,
                    retry_in=self._refused_until - now,
                )
            cutoff = now - self.window
            while self._sent and self._sent[0] <= cutoff:
                self._sent.popleft()
            wait = self._blocked_until - now
            if len(self._sent) >= self.requests:
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
        if self._async_sleep is None:
            import asyncio  # noqa: PLC0415 -- here, not at the top: sync users never pay for asyncio

            self._async_sleep = asyncio.sleep
        waited = 0.0
        while (wait := self._try_acquire()) > 0:
            self._log_wait(wait)
            await self._async_sleep(wait)
            waited += wait
        return waited

    def _log_wait(self, wait: float) -> None:
        self._logger.info("rate limit (%d requests / %g s): waiting %.2f s", self.requests, self.window, wait)

    # --- listening to the server ---------------------------------------------------------------
    def observe(self, headers: Mapping[str, str]) -> None:
        """Read the quota headers of an answer (any status); the latest answer wins.

        Requests left: lift any hold. None left: hold everything for `<retry-in-header>` seconds
        up to `max_server_wait`; past it, refuse for `max_server_wait` (see the module doc);
        without a usable value, until the oldest request of our own window leaves it.
        """
        if self.remaining_header is None:
            return
        remaining = _header_number(headers, self.remaining_header)
        if remaining is None:
            return
        with self._lock:
            now = self._clock()
            if remaining >= 1:
                self._blocked_until = self._refused_until = -math.inf
                return
            available = _header_number(headers, self.retry_in_header) if self.retry_in_header else None
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


_NO_AUTH = httpx.Auth()


class RateLimitedAuth(httpx.Auth):
    """Wraps a request's auth (an API key, a bearer token, a session login, or none): every request
    the flow sends takes a slot of `limiter` first, and every answer is read for the quota headers.

    A slot refused (`RateLimitHoldError`) closes the inner flow first, so the unsent request no
    longer carries the credentials the inner flow put on it.
    """

    def __init__(self, inner: httpx.Auth | None, limiter: RateLimiter) -> None:
        self._inner = inner if inner is not None else _NO_AUTH
        self.limiter = limiter

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._inner.sync_auth_flow(request)
        outgoing = next(flow)
        while True:
            try:
                self.limiter.acquire()
            except BaseException:  # refused (RateLimitHoldError), interrupted: take credentials off the request
                flow.close()
                raise
            response = yield outgoing
            self.limiter.observe(response.headers)
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self._inner.async_auth_flow(request)
        outgoing = await flow.__anext__()
        while True:
            try:
                await self.limiter.acquire_async()
            except BaseException:
                await flow.aclose()
                raise
            response = yield outgoing
            self.limiter.observe(response.headers)
            try:
                outgoing = await flow.asend(response)
            except StopAsyncIteration:
                return

    def __repr__(self) -> str:
        return f"RateLimitedAuth({self._inner!r}, limiter={self.limiter!r})"
