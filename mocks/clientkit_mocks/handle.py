"""A running mock, as tests hold it: its URL, the credentials its client takes, and its controls.

with start("cubicasa") as mock:
    client = CubiCasa(base_url=mock.url, **mock.credentials)
    mock.fault("503", path="/users")          # the next GET /users answers 503
    mock.advance_order(order_id, "Ready")     # CubiCasa: move an order on (fires its webhook)
    mock.reset()                              # fresh seeded data
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from clientkit_mocks.engine.factory import create_app
from clientkit_mocks.engine.server import serve
from clientkit_mocks.inprocess import InProcessTransport, async_transport


@dataclass
class MockHandle:
    """One mock server of one API (real HTTP on 127.0.0.1), with the controls of `/__mock__/...`."""

    api: str
    url: str
    app: Any = field(repr=False)
    credentials: dict[str, Any] = field(repr=False, default_factory=dict)

    def _control(self, method: str, path: str, body: Any = None) -> Any:
        with httpx.Client(base_url=self.url, timeout=10) as http:
            answer = http.request(method, f"/__mock__{path}", json=body)
            answer.raise_for_status()
            return answer.json()

    def reset(self, seed: int | None = None) -> None:
        """Fresh seeded data, counters and webhooks; queued faults forgotten."""
        self._control("POST", "/reset", {"seed": seed} if seed is not None else {})

    def fault(self, kind: str, *, times: int = 1, path: str = "") -> None:
        """The next `times` requests whose path starts with `path` get fault `kind`:
        `503`, `429` (with Retry-After), `500`, `drop` (connection closed), `truncate`, `stall`."""
        self._control("POST", "/faults", {"fault": kind, "times": times, "path": path})

    def advance_order(self, order_id: str, status: str | None = None) -> dict[str, Any]:
        """CubiCasa: move an order to `status` (or to its next status), as CubiCasa's team would."""
        answer: dict[str, Any] = self._control(
            "POST", f"/orders/{order_id}/advance", {"status": status} if status else None
        )
        return answer

    def stats(self) -> dict[str, Any]:
        """Requests per operation, writes, faults fired, idempotent replays."""
        found: dict[str, Any] = self._control("GET", "/stats")
        return found

    def drift(self) -> list[Any]:
        """Answers of the mock that did not match the spec (a mock bug): empty, always, we hope."""
        found: list[Any] = self._control("GET", "/drift")
        return found

    def webhooks(self) -> list[Any]:
        """Webhook deliveries the mock attempted (CubiCasa's order-status callbacks)."""
        found: list[Any] = self._control("GET", "/webhooks")
        return found

    def transport(self) -> httpx.BaseTransport:
        """A sync httpx transport to the same mock, in process (no socket): fast unit tests."""
        return InProcessTransport(self.app)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The async twin of `transport()`."""
        return async_transport(self.app)


@contextmanager
def start(api: str, **options: Any) -> Iterator[MockHandle]:
    """Serve a fresh mock of `api` (strict: its own answers are checked against the spec) on a free port."""
    options.setdefault("strict", True)
    app = create_app(api, **options)
    with serve(app) as url:
        yield MockHandle(api=api, url=url, app=app, credentials=app.state.api.client_credentials())
