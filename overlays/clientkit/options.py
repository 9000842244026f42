"""Client-wide and per-call options, immutable so `with_options()` views can share one pool."""

from __future__ import annotations

import ipaddress
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final

import httpx

from clientkit.credentials import header_problem
from clientkit.errors import ConfigurationError
from clientkit.limits import DEFAULT_DOWNLOAD_TIMEOUT, DEFAULT_MAX_DOWNLOAD_BYTES, DEFAULT_MAX_RESPONSE_BYTES
from clientkit.retries import RetryPolicy

_HOST = re.compile(r"[A-Za-z0-9._-]+|[0-9A-Fa-f:.]+(%[A-Za-z0-9._~-]+)?")  # a name (IDNs arrive as xn--), an IP
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_CONNECTION_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class NotGiven:
    """Sentinel for 'option not passed', distinct from None (which means 'no timeout')."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final[Any] = NotGiven()

TimeoutTypes = float | httpx.Timeout | None
Headers = Mapping[str, str]
Query = Mapping[str, Any]
Body = Mapping[str, Any]


MAX_SECONDS: Final = 365 * 24 * 3600.0  # a year: anything longer is a mistake, not a timeout


def _seconds(value: object, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value <= MAX_SECONDS:
        return float(value)  # NaN fails the comparison, so it lands below
    raise ConfigurationError(
        f"{what} must be a positive number of seconds (at most {MAX_SECONDS:,.0f}) or None, not {shown(value)}"
    )


def shown(value: object) -> str:
    """`repr(value)` for a message, short; safe for a 4,300-digit int (whose repr raises)."""
    if isinstance(value, int) and abs(value) > 10**30:
        return f"a number of about {int(value.bit_length() * 0.30103)} digits"
    try:
        text = repr(value)
    except Exception:
        return f"a {type(value).__name__}"
    return text if len(text) <= 80 else text[:77] + "..."


def as_timeout(value: object, what: str = "timeout") -> httpx.Timeout:
    """A checked `httpx.Timeout` from seconds, an `httpx.Timeout` or None (no limit)."""
    if isinstance(value, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            _seconds(getattr(value, phase), f"{what}.{phase}")
        return value
    if value is not None and not isinstance(value, int | float):
        raise ConfigurationError(f"{what} must be a number of seconds, an httpx.Timeout or None, not {shown(value)}")
    return httpx.Timeout(_seconds(value, what))


def check_max_retries(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        raise ConfigurationError(f"max_retries must be a whole number from 0 to 100, not {shown(value)}")
    return value


def check_headers(value: object, what: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigurationError(f"{what} must be a mapping of header names to values, not {type(value).__name__}")
    checked: dict[str, str] = {}
    for name, text in value.items():
        if not isinstance(name, str) or not name.isascii() or not name or any(c in name for c in ":\r\n\0 "):
            raise ConfigurationError(f"{what}: {name!r} is not a valid header name")
        if not isinstance(text, str):
            raise ConfigurationError(f"{what}[{name!r}] must be a string, not {type(text).__name__}")
        problem = header_problem(text)
        if problem is not None:
            raise ConfigurationError(f"{what}[{name!r}] {problem} (value not shown)")
        checked[name] = text
    return checked


@dataclass(frozen=True)
class ClientOptions:
    """What every request of one client (or one `with_options()` view of it) uses."""

    base_url: str
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    headers: Mapping[str, str] = field(default_factory=dict)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    max_download_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES
    download_timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT

    def evolve(self, **options: Any) -> ClientOptions:
        """These options with the given ones changed (NOT_GIVEN ones kept), each checked."""
        changes: dict[str, Any] = {}
        for name, value in options.items():
            if value is NOT_GIVEN:
                continue
            if name == "timeout":
                changes["timeout"] = as_timeout(value)
            elif name == "max_retries":
                changes["retry"] = replace(self.retry, max_retries=check_max_retries(value))
            elif name in {"max_response_bytes", "max_download_bytes"}:
                changes[name] = check_size(value, name)
            elif name == "download_timeout":
                changes[name] = _seconds(value, name)
            else:
                raise ConfigurationError(f"unknown option {name!r}")
        return replace(self, **changes) if changes else self


def check_size(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigurationError(f"{what} must be a whole number of bytes >= 1, not {shown(value)}")
    return value


def check_base_url(base_url: object, *, allow_insecure: bool, what: str = "base_url") -> str:
    """An absolute http(s) URL without credentials in it; plain http only to this machine unless told.

    Messages never quote the URL (it may hold a password); they name `what` and the problem.
    """
    if not isinstance(base_url, str) or not base_url.strip():
        raise ConfigurationError(f"{what} must be an absolute http(s) URL string, not {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url.strip())
    except (httpx.InvalidURL, TypeError, ValueError, UnicodeError):
        raise ConfigurationError(f"{what} is not a valid URL") from None
    if url.scheme not in {"http", "https"} or not url.host:
        raise ConfigurationError(f"{what} must be an absolute http(s) URL such as https://api.example.com/v1")
    if not _HOST.fullmatch(url.raw_host.decode("ascii", "replace")):
        raise ConfigurationError(f"{what} has a host name that is not one (letters, digits, '-' and '.' only)")
    if url.userinfo:
        raise ConfigurationError(
            f"{what} must not carry credentials (user:password@host); pass them as the client's credentials"
        )
    if url.query or url.fragment:
        raise ConfigurationError(f"{what} must not carry a query string or fragment")
    if url.scheme == "http" and not allow_insecure and not is_loopback(url.host):
        raise ConfigurationError(
            f"{what} is plain http to {url.host}: refusing to send credentials over it; use https, "
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
    """A fresh key, reused across every attempt of one call."""
    return f"clientkit-{uuid.uuid4()}"
