"""Keep credentials out of logs, reprs, exception messages and tracebacks.

A `Secret` never shows its value when printed; `RedactingFilter` scrubs any
registered secret, and sensitive headers by name, from every log record of
the SDK's loggers, whatever a message template happens to include.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping

SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "api-key", "x-api-key", "cookie", "set-cookie", "x-auth-token"}
)
MASK = "[REDACTED]"


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
    """Every secret value a client was given, so log output can be scrubbed of it."""

    def __init__(self) -> None:
        self._values: set[str] = set()
        self._lock = threading.Lock()

    def add(self, value: str) -> None:
        if len(value) >= 4:  # shorter values would scrub ordinary text
            with self._lock:
                self._values.add(value)

    def scrub(self, text: str) -> str:
        for value in self._values:
            if value in text:
                text = text.replace(value, MASK)
        return text


_REGISTRY = _SecretRegistry()


def scrub(text: str) -> str:
    """`text` with every registered secret replaced by a mask."""
    return _REGISTRY.scrub(text)


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of `headers` safe to log: sensitive ones masked by name, secrets masked by value."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: MASK if k.lower() in SENSITIVE_HEADERS else scrub(v) for k, v in items}


class RedactingFilter(logging.Filter):
    """Formats the record's message once, scrubbed, so no handler can print a secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = scrub(message)
        record.args = None
        return True
