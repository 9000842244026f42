"""When to retry a failed request, and how long to wait first.

The rule that matters most: a request that may create or charge something
(POST, PATCH) is retried only when it provably never reached the server
(the connection could not be opened). Everything else that failed after
sending is surfaced to the caller, who knows whether repeating it is safe.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Exceptions raised before a single byte of the request left this machine.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter: initial * 2**attempt, capped, times a factor in [0.75, 1]."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0  # a server asking for longer than this gets an error, not a wait

    def backoff(self, retries_done: int, rng: random.Random | None = None) -> float:
        delay = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        jitter: float = (rng or random).random()
        return delay * (1 - 0.25 * jitter)

    def delay_for_response(self, response: httpx.Response, retries_done: int) -> float | None:
        """Seconds to wait before retrying, or None when the server's Retry-After is beyond our cap."""
        advised = parse_retry_after(response.headers)
        if advised is None:
            return self.backoff(retries_done)
        return advised if advised <= self.max_retry_after else None


def is_idempotent(method: str) -> bool:
    return method.upper() in IDEMPOTENT_METHODS


def should_retry_status(method: str, status_code: int) -> bool:
    """A retryable status is retried only for idempotent methods: the server may have acted on a POST."""
    return status_code in RETRYABLE_STATUSES and is_idempotent(method)


def should_retry_exception(method: str, exc: Exception) -> bool:
    """Never-sent requests are always safe to retry; sent ones only when idempotent."""
    if isinstance(exc, NOT_SENT_ERRORS):
        return True
    return isinstance(exc, httpx.TransportError) and is_idempotent(method)


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """`retry-after-ms`, or `Retry-After` as seconds or an HTTP date; None if absent or unreadable."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            seconds = float(millis) / 1000
        except ValueError:
            pass
        else:
            if not math.isnan(seconds):
                return max(seconds, 0.0)
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return None if math.isnan(seconds) else max(seconds, 0.0)  # NaN says nothing; inf is over any cap
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(parsed.timestamp() - (time.time() if now is None else now), 0.0)
