"""Outbound webhook delivery, the way a vendor would do it: POST JSON, retry.

Deliveries run as background tasks on the server's event loop so the request
that triggered them answers at once. Every attempt is recorded so tests can
assert "delivered after a retry, never more than N tries". By default only
loopback hosts are contacted: a mock must not spray the internet with
requests to URLs a fuzzer made up.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import ssl
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

logger = logging.getLogger("clientkit_mocks.webhooks")


@dataclass
class Attempt:
    """One POST try: the status received or the transport error."""

    status: int | None
    error: str | None
    at: float


@dataclass
class Delivery:
    """One event sent to one URL, with all its attempts."""

    id: int
    webhook: str
    url: str
    body: Any
    attempts: list[Attempt] = field(default_factory=list)
    delivered: bool = False
    done: bool = False
    skipped: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (what ``GET /__mock__/webhooks`` lists)."""
        return {
            "id": self.id,
            "webhook": self.webhook,
            "url": self.url,
            "body": self.body,
            "attempts": [{"status": a.status, "error": a.error, "at": a.at} for a in self.attempts],
            "delivered": self.delivered,
            "done": self.done,
            "skipped": self.skipped,
        }


class WebhookDispatcher:
    """Sends webhook events with bounded retries and records the outcome."""

    def __init__(
        self,
        *,
        tries: int = 3,
        timeout_s: float = 2.0,
        backoff_s: float = 0.1,
        allowed_hosts: Sequence[str] = ("127.0.0.1", "localhost", "::1"),
        validate: Callable[[str, Any], list[str]] | None = None,
        on_drift: Callable[[str, list[str]], None] | None = None,
    ) -> None:
        self.tries = max(1, tries)
        self.timeout_s = timeout_s
        self.backoff_s = backoff_s
        self.allowed_hosts = frozenset(h.lower() for h in allowed_hosts)
        self.validate = validate
        self.on_drift = on_drift
        self.deliveries: list[Delivery] = []
        self._ids = itertools.count(1)
        self._tasks: set[asyncio.Task[None]] = set()
        self._ssl: ssl.SSLContext | None = None  # built once: it costs ~0.1 s per client otherwise

    def reset(self) -> None:
        """Forget recorded deliveries (running tasks finish on their own)."""
        self.deliveries.clear()

    def send(self, webhook: str, urls: Iterable[str], body: Any) -> list[Delivery]:
        """Schedule delivery of ``body`` to every URL; must run on the event loop."""
        if self.validate is not None:
            problems = self.validate(webhook, body)
            if problems and self.on_drift is not None:
                self.on_drift(webhook, problems)
        loop = asyncio.get_running_loop()
        scheduled = []
        for url in urls:
            delivery = Delivery(id=next(self._ids), webhook=webhook, url=url, body=body)
            self.deliveries.append(delivery)
            host = (urlsplit(url).hostname or "").lower()
            if "*" not in self.allowed_hosts and host not in self.allowed_hosts:
                delivery.skipped = f"host {host!r} not in the allowed webhook hosts"
                delivery.done = True
                continue
            task = loop.create_task(self._deliver(delivery))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            scheduled.append(delivery)
        return scheduled

    @property
    def pending(self) -> int:
        """Deliveries still in flight."""
        return len(self._tasks)

    async def wait_idle(self, timeout_s: float = 10.0) -> None:
        """Wait until every scheduled delivery has finished."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout_s)

    async def _deliver(self, delivery: Delivery) -> None:
        try:
            if self._ssl is None:
                self._ssl = ssl.create_default_context()
            async with httpx.AsyncClient(timeout=self.timeout_s, follow_redirects=False, verify=self._ssl) as client:
                for attempt in range(self.tries):
                    if attempt:
                        await asyncio.sleep(self.backoff_s * (2 ** (attempt - 1)))
                    try:
                        response = await client.post(delivery.url, json=delivery.body)
                    except httpx.HTTPError as exc:
                        delivery.attempts.append(Attempt(None, f"{type(exc).__name__}: {exc}", time.time()))
                        continue
                    delivery.attempts.append(Attempt(response.status_code, None, time.time()))
                    if 200 <= response.status_code < 300:
                        delivery.delivered = True
                        return
        except Exception:  # a delivery bug must never take the server down
            logger.exception("webhook delivery to %s crashed", delivery.url)
        finally:
            delivery.done = True
            if not delivery.delivered:
                logger.info("webhook %s to %s gave up after %d tries", delivery.webhook, delivery.url, self.tries)

    def snapshot(self) -> list[dict[str, Any]]:
        """JSON-ready list of every delivery so far."""
        return [d.as_dict() for d in self.deliveries]
