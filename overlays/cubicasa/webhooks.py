"""Receive CubiCasa's order-status webhook: `parse(body)` and a de-duplicating `receiver(on_event)`.

CubiCasa POSTs an `OrderStatusEvent` to your URL and tries up to 3 times, so the
same event can arrive more than once. An event's identity is a digest of every
field it carries: a forged event (no signature is documented) can never stop a
real one that differs in any field from reaching your code, and identical
copies within 24 h are handed on once. Confirm important changes with
`client.orders.get(id)`.

The receiver answers 503 with `Retry-After` when 1,000 events are already
waiting for your handler, and after `close()`; `close()` returns the accepted
events it could not hand on in time.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from clientkit.webhooks import (
    MAX_PENDING,
    MAX_WEBHOOK_BYTES,
    RETRY_AFTER_SECONDS,
    RecentKeys,
    WebhookReceiver,
    WebhookResponse,
    canonical_digest,
    parse_event,
)
from cubicasa_client.errors import WebhookError
from cubicasa_client.models import OrderStatusEvent

__all__ = ["OrderStatusEvent", "RecentKeys", "WebhookResponse", "event_identity", "parse", "receiver"]


def parse(body: bytes | str, *, max_bytes: int = MAX_WEBHOOK_BYTES) -> OrderStatusEvent:
    """Parse a webhook body, or raise `cubicasa.WebhookError` saying what is wrong with it."""
    return parse_event(body, OrderStatusEvent, max_bytes=max_bytes, error=WebhookError)


def event_identity(event: OrderStatusEvent) -> Hashable:
    """A digest of every field of the event, unknown ones included (see `canonical_digest`)."""
    return canonical_digest(event.to_dict())


def receiver(
    on_event: Callable[[OrderStatusEvent], None],
    *,
    background: bool = True,
    max_pending: int = MAX_PENDING,
    retry_after: int = RETRY_AFTER_SECONDS,
    dedup: RecentKeys | None = None,
) -> WebhookReceiver[OrderStatusEvent]:
    """A receiver to call from any web framework: `answer = r.handle(await request.body())`.

    Send `answer.status`, `answer.body` (JSON) and `answer.headers` back to CubiCasa.
    `dedup=RecentKeys(capacity, window=seconds)` changes the de-duplication window.
    """
    return WebhookReceiver(
        parse,
        on_event,
        identity=event_identity,
        background=background,
        max_pending=max_pending,
        retry_after=retry_after,
        dedup=dedup,
    )
