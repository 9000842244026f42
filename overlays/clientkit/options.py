"""Client-wide and per-call options, immutable so `with_options()` can share one connection pool."""

from __future__ import annotations

import ipaddress
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from clientkit.errors import ConfigurationError
from clientkit.retries import RetryPolicy

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class _NotGiven:
    """Sentinel for 'option not passed', distinct from None (which means 'no timeout')."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()

TimeoutTypes = float | httpx.Timeout | None


def as_timeout(value: TimeoutTypes) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is not None and (not isinstance(value, int | float) or value <= 0):
        raise ConfigurationError(
            f"timeout must be a positive number of seconds, an httpx.Timeout or None, not {value!r}"
        )
    return httpx.Timeout(value)


@dataclass(frozen=True)
class ClientOptions:
    """What every request of one client (or one `with_options()` view of it) uses."""

    base_url: str
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    headers: Mapping[str, str] = field(default_factory=dict)

    def evolve(self, *, timeout: TimeoutTypes = NOT_GIVEN, max_retries: int = NOT_GIVEN) -> ClientOptions:
        changes: dict[str, Any] = {}
        if timeout is not NOT_GIVEN:
            changes["timeout"] = as_timeout(timeout)
        if max_retries is not NOT_GIVEN:
            changes["retry"] = replace(self.retry, max_retries=check_max_retries(max_retries))
        return replace(self, **changes)


def check_max_retries(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, not {value!r}")
    return value


def check_base_url(base_url: str, *, allow_insecure: bool) -> str:
    """Refuse to send credentials in clear text to anything but this machine, unless told to."""
    url = httpx.URL(base_url)
    if url.scheme not in {"http", "https"} or not url.host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, not {base_url!r}")
    if url.scheme == "http" and not allow_insecure and not is_loopback(url.host):
        raise ConfigurationError(
            f"refusing to send credentials over plain http to {url.host}; use https, "
            "or pass allow_insecure=True if you really mean it"
        )
    return str(url).rstrip("/")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_idempotency_key() -> str:
    return f"clientkit-{uuid.uuid4()}"
