"""``Idempotency-Key``: replay the stored answer to a retry, refuse a key reused for another request.

A key is scoped to the method, the path and the credential that sent it (one
client cannot replay, or block, another's key) and remembers a fingerprint of
the request it came with: its query and body, compared as parsed JSON, so
whitespace and key order do not matter. Same key, same request: the stored
answer is replayed and the handler does not run again. Same key, another
request: the client reused a key for a different operation, which real APIs
refuse rather than run: :class:`KeyReusedError`, which the engine answers
422 as the IETF Idempotency-Key draft says where the spec documents 422, else
400 as Stripe does (``idempotency_error``).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, NamedTuple

from clientkit_mocks.engine.api import MockResponse


class KeyReusedError(Exception):
    """The key was first sent with another request."""


class IdempotencyKey(NamedTuple):
    """Where a key is valid: method, path, a digest of the credential, and the key itself."""

    method: str
    path: str
    principal: str
    key: str


def fingerprint(query: dict[str, Any], body: Any) -> str:
    """A digest of what the request asks for (parsed, so formatting does not count)."""
    canonical = json.dumps([query, body], sort_keys=True, separators=(",", ":"), default=repr)
    return hashlib.sha256(canonical.encode()).hexdigest()


def principal_digest(credentials: str) -> str:
    """Keys are scoped by credential without keeping the credential itself."""
    return hashlib.sha256(credentials.encode()).hexdigest()[:16]


class IdempotencyStore:
    """Answers stored per key, with the fingerprint of the request that produced them."""

    def __init__(self) -> None:
        self._answers: dict[IdempotencyKey, tuple[str, MockResponse]] = {}

    def replay(self, key: IdempotencyKey, request_fingerprint: str) -> MockResponse | None:
        """The stored answer for a retry of the same request, None for a new key.

        Raises :class:`KeyReusedError` when the key came with another request.
        """
        stored = self._answers.get(key)
        if stored is None:
            return None
        first_fingerprint, answer = stored
        if first_fingerprint != request_fingerprint:
            raise KeyReusedError(
                f"Idempotency-Key {key.key!r} was already used with a different request; "
                "use a new key for a new request."
            )
        return answer

    def remember(self, key: IdempotencyKey, request_fingerprint: str, answer: MockResponse) -> None:
        """Keep ``answer`` for retries of this request."""
        self._answers[key] = (request_fingerprint, answer)

    def clear(self) -> None:
        """Forget every key (``/__mock__/reset``)."""
        self._answers.clear()

    def __len__(self) -> int:
        return len(self._answers)
