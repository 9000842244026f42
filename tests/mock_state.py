"""Run a test against a mock on freshly seeded state, and fail it if any answer drifted from the spec."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx

CONTROL = httpx.Client(verify=False, timeout=10)  # shared: an SSL context per call costs ~0.1 s


@contextmanager
def fresh_state(base_url: str) -> Iterator[str]:
    """Reset the mock's data and drift record; after the block, assert the strict mock saw no drift."""
    CONTROL.post(f"{base_url}/__mock__/reset").raise_for_status()
    CONTROL.delete(f"{base_url}/__mock__/drift").raise_for_status()
    yield base_url
    drift = CONTROL.get(f"{base_url}/__mock__/drift").json()
    assert drift == [], f"mock answers drifted from the spec: {drift}"
