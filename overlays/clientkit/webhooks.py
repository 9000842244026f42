"""Receive webhooks safely: bounded parsing, typed errors, fast acknowledgement, exactly-once hand-off.

Senders retry (CubiCasa tries 3 times), so the same event can arrive more
than once; `WebhookReceiver` remembers recent event identities and hands each
event to user code once, on a worker thread, after answering the sender.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from clientkit.decoding import ModelFieldError
from clientkit.errors import WebhookError

EventT = TypeVar("EventT")
EventT_co = TypeVar("EventT_co", covariant=True)
MAX_WEBHOOK_BYTES = 256 * 1024


class _FromDict(Protocol[EventT_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> EventT_co: ...


def parse_event(
    body: bytes | str,
    model: _FromDict[EventT],
    *,
    max_bytes: int = MAX_WEBHOOK_BYTES,
    error: type[WebhookError] = WebhookError,
) -> EventT:
    """Parse a webhook body into `model`, or raise `error` (the API's `WebhookError`) saying what is wrong."""
    raw = body.encode() if isinstance(body, str) else body
    if not isinstance(raw, bytes | bytearray):
        raise error(f"a webhook body must be bytes, not {type(body).__name__}")
    if len(raw) > max_bytes:
        raise error(f"webhook body is {len(raw)} bytes, more than the {max_bytes} accepted")
    try:
        data = json.loads(raw)
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, integers too long to convert
        raise error(f"webhook body is not JSON: {exc}") from None
    except RecursionError:
        raise error("webhook body is nested too deeply") from None
    if not isinstance(data, dict):
        raise error(f"webhook body must be a JSON object, not {type(data).__name__}")
    try:
        return model.from_dict(data)
    except ModelFieldError as exc:
        if exc.reason.startswith("missing field"):
            raise error(f"webhook body lacks the required field {exc.field!r}") from None
        raise error(f"webhook body does not match the event schema: {exc}") from None
    except RecursionError:
        raise error("webhook body is nested too deeply") from None


class RecentKeys:
    """A bounded, thread-safe memory of event identities already handed on."""

    def __init__(self, capacity: int = 10_000) -> None:
        self._keys: OrderedDict[Hashable, None] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def first_time(self, key: Hashable) -> bool:
        with self._lock:
            if key in self._keys:
                self._keys.move_to_end(key)
                return False
            self._keys[key] = None
            if len(self._keys) > self._capacity:
                self._keys.popitem(last=False)
            return True


@dataclass(frozen=True)
class WebhookResponse:
    """What to answer the sender; map it onto your framework's response."""

    status: int
    body: dict[str, Any]


class WebhookReceiver(Generic[EventT]):
    """Framework-agnostic receiver: `receiver.handle(body)` returns the answer to send at once.

    Valid, new events go to `on_event` on a worker thread (so a slow handler
    never makes the sender time out and retry); duplicates are acknowledged
    and dropped; malformed bodies get a 400 with the reason.
    """

    def __init__(
        self,
        parse: Callable[[bytes], EventT],
        on_event: Callable[[EventT], None],
        *,
        identity: Callable[[EventT], Hashable],
        logger: logging.Logger | None = None,
        background: bool = True,
    ) -> None:
        self._parse = parse
        self._on_event = on_event
        self._identity = identity
        self._seen = RecentKeys()
        self._log = logger or logging.getLogger("clientkit.webhooks")
        self._queue: queue.Queue[EventT | None] | None = None
        self._worker: threading.Thread | None = None
        if background:
            self._queue = queue.Queue()
            self._worker = threading.Thread(target=self._drain, name="webhook-worker", daemon=True)
            self._worker.start()

    def handle(self, body: bytes) -> WebhookResponse:
        try:
            event = self._parse(body)
        except WebhookError as exc:
            return WebhookResponse(400, {"error": str(exc)})
        if not self._seen.first_time(self._identity(event)):
            return WebhookResponse(200, {"status": "duplicate ignored"})
        if self._queue is not None:
            self._queue.put(event)
        else:
            self._deliver(event)
        return WebhookResponse(200, {"status": "accepted"})

    def _deliver(self, event: EventT) -> None:
        try:
            self._on_event(event)
        except Exception:  # user code must not kill the worker
            self._log.exception("webhook handler failed")

    def _drain(self) -> None:
        assert self._queue is not None
        while (event := self._queue.get()) is not None:
            self._deliver(event)
            self._queue.task_done()
        self._queue.task_done()

    def join(self) -> None:
        """Wait until every accepted event has been handed to `on_event`."""
        if self._queue is not None:
            self._queue.join()

    def close(self) -> None:
        if self._queue is not None and self._worker is not None:
            self._queue.put(None)
            self._worker.join(timeout=5)
