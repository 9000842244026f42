"""Receive webhooks safely: bounded parsing, typed errors, fast acknowledgement, exactly-once hand-off.

Senders retry (CubiCasa tries 3 times), so the same event can arrive more
than once; `WebhookReceiver` remembers recent event identities and hands each
event to user code once, on a worker thread, after answering the sender.

Every bound is explicit: bodies over 256 KiB are refused, identities are kept
for a window (`RecentKeys`: 24 h, at most 100,000), and at most `max_pending`
events (and `max_pending_bytes` of body) wait for the handler. A full queue or
a closed receiver answers 503 with `Retry-After`, so the sender tries again
later instead of getting a 200 for an event nobody will handle.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import deque
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, Self, TypeVar

from clientkit._recent_keys import RecentKeys
from clientkit.decoding import ModelFieldError
from clientkit.errors import WebhookError

__all__ = [
    "MAX_PENDING",
    "MAX_PENDING_BYTES",
    "MAX_WEBHOOK_BYTES",
    "RETRY_AFTER_SECONDS",
    "RecentKeys",
    "WebhookReceiver",
    "WebhookResponse",
    "canonical_digest",
    "parse_event",
]

EventT = TypeVar("EventT")
EventT_co = TypeVar("EventT_co", covariant=True)
MAX_WEBHOOK_BYTES = 256 * 1024
MAX_PENDING = 1_000  # events accepted but not yet handed to the handler
MAX_PENDING_BYTES = 8 * 1024 * 1024  # their bodies, in bytes
RETRY_AFTER_SECONDS = 30  # what a 503 asks the sender to wait


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


def canonical_digest(data: Mapping[str, Any]) -> bytes:
    """A 128-bit digest of every field of `data` (canonical JSON: sorted keys, no spaces).

    Used as an event's identity, so a forged event can only ever be mistaken for
    an exact copy of itself, never suppress a real event that differs in any field.
    """
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@dataclass(frozen=True)
class WebhookResponse:
    """What to answer the sender; map it onto your framework's response (headers included)."""

    status: int
    body: dict[str, Any]
    headers: Mapping[str, str] = field(default_factory=dict)


class WebhookReceiver(Generic[EventT]):
    """Framework-agnostic receiver: `receiver.handle(body)` returns the answer to send at once.

    Valid, new events go to `on_event` on a worker thread (so a slow handler
    never makes the sender time out and retry); duplicates are acknowledged
    and dropped; malformed bodies get a 400 with the reason; a full queue or a
    closed receiver gets a 503 with `Retry-After`, and the event is not remembered,
    so the sender's retry is accepted later.
    """

    def __init__(
        self,
        parse: Callable[[bytes], EventT],
        on_event: Callable[[EventT], None],
        *,
        identity: Callable[[EventT], Hashable],
        logger: logging.Logger | None = None,
        background: bool = True,
        dedup: RecentKeys | None = None,
        max_pending: int = MAX_PENDING,
        max_pending_bytes: int = MAX_PENDING_BYTES,
        retry_after: int = RETRY_AFTER_SECONDS,
    ) -> None:
        if max_pending < 1 or max_pending_bytes < 1:
            raise ValueError("max_pending and max_pending_bytes must be at least 1")
        self._parse = parse
        self._on_event = on_event
        self._identity = identity
        self.dedup = dedup if dedup is not None else RecentKeys()
        self._log = logger or logging.getLogger("clientkit.webhooks")
        self.max_pending = max_pending
        self.max_pending_bytes = max_pending_bytes
        self._retry_after = {"Retry-After": str(int(retry_after))}
        self._pending: deque[tuple[EventT, int]] = deque()
        self._pending_bytes = 0
        self._busy = False  # the worker is inside on_event
        self._closed = False
        self._refusing = False  # the queue was full at the last attempt (log the first refusal only)
        self._early_losses_logged = 0
        self._cond = threading.Condition()
        self._worker: threading.Thread | None = None
        if background:
            self._worker = threading.Thread(target=self._work, name="webhook-worker", daemon=True)
            self._worker.start()

    # --- answering the sender ------------------------------------------------------------------
    def handle(self, body: bytes) -> WebhookResponse:
        """The answer for one delivery: 200 (accepted or duplicate), 400 (bad body) or 503 (try later)."""
        if self._closed:
            return self._unavailable("the receiver is closed")
        if self._worker is not None and len(self._pending) >= self.max_pending:  # full: not even worth parsing
            with self._cond:
                return self._refuse_full()
        try:
            event = self._parse(body)
        except WebhookError as exc:
            return WebhookResponse(400, {"error": str(exc)})
        key = self._identity(event)
        with self._cond:
            if self._closed:
                return self._unavailable("the receiver is closed")
            if self.dedup.seen(key):
                return WebhookResponse(200, {"status": "duplicate ignored"})
            if self._worker is not None and not self._room_for(len(body)):
                return self._refuse_full()
            self._refusing = False
            self.dedup.add(key)
            self._note_early_losses()
            if self._worker is not None:
                self._pending.append((event, len(body)))
                self._pending_bytes += len(body)
                self._cond.notify_all()
        if self._worker is None:
            self._deliver(event)
        return WebhookResponse(200, {"status": "accepted"})

    def _room_for(self, size: int) -> bool:
        if len(self._pending) >= self.max_pending:
            return False
        return not self._pending or self._pending_bytes + size <= self.max_pending_bytes

    def _unavailable(self, reason: str) -> WebhookResponse:
        return WebhookResponse(503, {"error": f"{reason}; try again later"}, dict(self._retry_after))

    def _refuse_full(self) -> WebhookResponse:
        if not self._refusing:
            self._refusing = True
            self._log.warning(
                "webhook queue full (%d events, %d bytes waiting for the handler): answering 503",
                len(self._pending),
                self._pending_bytes,
            )
        return self._unavailable(f"{len(self._pending)} events are waiting for the handler")

    def _note_early_losses(self) -> None:
        lost = self.dedup.evicted_early
        if lost == 0 or lost < 10 * self._early_losses_logged:  # log at the 1st loss, then at 10x as many
            return
        self._early_losses_logged = lost
        self._log.warning(
            "more than %d distinct events within %g s: %d identities forgotten early, "
            "so a late retry of one of them would be handed on again",
            self.dedup.capacity,
            self.dedup.window,
            lost,
        )

    # --- handing events to user code -----------------------------------------------------------
    def _deliver(self, event: EventT) -> None:
        try:
            self._on_event(event)
        except Exception:  # user code must not kill the worker
            self._log.exception("webhook handler failed")

    def _work(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closed:
                    self._cond.wait()
                if not self._pending:  # closed and drained
                    return
                event, size = self._pending.popleft()
                self._pending_bytes -= size
                self._busy = True
            try:
                self._deliver(event)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    @property
    def pending(self) -> int:
        """Events accepted (answered 200) but not yet handed to `on_event`."""
        with self._cond:
            return len(self._pending)

    def join(self, timeout: float | None = None) -> bool:
        """Wait until every accepted event has been handed to `on_event`; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._pending and not self._busy, timeout)

    def close(self, timeout: float = 5.0) -> list[EventT]:
        """Refuse new events (503), hand the queued ones on for up to `timeout` seconds.

        Returns the events that were accepted (answered 200) but not handed on in
        time; the sender will not resend them, so store or process them yourself.
        """
        with self._cond:
            self._closed = True
            self._cond.notify_all()
            self._cond.wait_for(lambda: not self._pending and not self._busy, timeout)
            undelivered = [event for event, _ in self._pending]
            self._pending.clear()
            self._pending_bytes = 0
            still_busy = self._busy
            self._cond.notify_all()
        if undelivered:
            self._log.warning(
                "webhook receiver closed with %d accepted events not handed to the handler; close() returned them",
                len(undelivered),
            )
        if still_busy:
            self._log.warning("webhook receiver closed while the handler was still running on one event")
        return undelivered

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
