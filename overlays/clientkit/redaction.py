"""Keep credentials out of logs, reprs, exception messages and tracebacks.

A `Secret` never shows its value when printed; `scrub()` masks every
registered secret in whatever form a library may print it (see `_forms`);
`RedactingFilter` applies it to every log record of the loggers it is on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping

from clientkit._secret_forms import SecretMatcher

SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "api-key", "x-api-key", "cookie", "set-cookie", "x-auth-token"}
)
MASK = "[REDACTED]"
MIN_SECRET_LENGTH = 4  # shorter values would scrub ordinary text


class Secret:
    """A credential that prints as `Secret('****')`; call `reveal()` only where it is sent."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("a secret must be a non-empty string")
        self._value = value
        _REGISTRY.add(value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('****')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __reduce__(self) -> tuple[type[Secret], tuple[str]]:
        raise TypeError("Secret values are not picklable")


class _SecretRegistry:
    """Every secret value a client was given; the matcher is rebuilt lazily when one is added."""

    def __init__(self) -> None:
        self._values: set[str] = set()
        self._matcher = SecretMatcher(())
        self._stale = False
        self._lock = threading.Lock()

    def add(self, value: str) -> None:
        if len(value) >= MIN_SECRET_LENGTH:
            with self._lock:
                if value not in self._values:
                    self._values.add(value)
                    self._stale = True

    def scrub(self, text: str) -> str:
        if self._stale:
            with self._lock:
                if self._stale:
                    self._matcher = SecretMatcher(self._values)
                    self._stale = False
        return self._matcher.mask(text, MASK)


_REGISTRY = _SecretRegistry()


def scrub(text: str) -> str:
    """`text` with every registered secret masked, raw or escaped, JSON-, percent- or base64-encoded."""
    return _REGISTRY.scrub(text)


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of `headers` safe to log: sensitive ones masked by name, secrets masked by value."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: MASK if k.lower() in SENSITIVE_HEADERS else scrub(v) for k, v in items}


class RedactingFilter(logging.Filter):
    """Formats the record's message (and traceback) once, scrubbed, so no handler can print a secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad template: logging would print msg and args raw, so do it here, scrubbed
            message = f"unformattable log message {record.msg!r} with arguments {record.args!r}"
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True
