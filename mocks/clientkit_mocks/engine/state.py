"""Engine-side bookkeeping that tests assert on: counters, drift, idempotency.

Kept apart from the API modules' own state so that ``/__mock__/reset`` can
clear both and so that every API gets the same observability for free.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from clientkit_mocks.engine.idempotency import IdempotencyStore


@dataclass
class Stats:
    """Request, write, replay and fault counters.

    ``writes`` counts state-changing requests whose handler really ran and
    succeeded, keyed by ``METHOD path key`` where key is the idempotency key or
    a body hash. Any count above 1 means a write was executed twice, which is
    what the fault-tolerance tests look for.
    """

    requests: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    writes: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    replays: int = 0
    key_reuses: int = 0  # an Idempotency-Key sent again with another request (answered 422)

    def reset(self) -> None:
        """Forget every counter."""
        self.requests.clear()
        self.statuses.clear()
        self.writes.clear()
        self.faults.clear()
        self.replays = 0
        self.key_reuses = 0

    def snapshot(self) -> dict[str, Any]:
        """A JSON-ready copy (what ``GET /__mock__/stats`` returns)."""
        return {
            "requests": dict(self.requests),
            "statuses": dict(self.statuses),
            "writes": dict(self.writes),
            "duplicate_writes": sorted(key for key, count in self.writes.items() if count > 1),
            "faults": dict(self.faults),
            "idempotent_replays": self.replays,
            "idempotency_key_reuses": self.key_reuses,
        }


@dataclass
class DriftRecord:
    """A handler answer that did not match the spec (or a handler crash)."""

    operation_id: str
    method: str
    path: str
    status: int
    problems: list[str]
    at: float = field(default_factory=time.time)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "operation_id": self.operation_id,
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "problems": self.problems,
            "at": self.at,
        }


@dataclass
class EngineState:
    """Everything the engine remembers between requests."""

    stats: Stats = field(default_factory=Stats)
    drift: list[DriftRecord] = field(default_factory=list)
    idempotency: IdempotencyStore = field(default_factory=IdempotencyStore)

    def reset(self) -> None:
        """Back to a fresh start (the API module resets its own data).

        Drift is kept on purpose: a test suite that resets between scenarios
        still wants to assert at the end that no answer ever drifted. Clear it
        with ``DELETE /__mock__/drift``.
        """
        self.stats.reset()
        self.idempotency.clear()
