"""Receive CubiCasa's order-status webhook: `parse(body)` and a de-duplicating `receiver(on_event)`.

CubiCasa POSTs an `OrderStatusEvent` to your URL and tries up to 3 times, so the
same event can arrive more than once. An event's identity is its order id,
status change and model id; `receiver()` hands each identity to your code once.
No signature is documented, so confirm important changes with `client.orders.get(id)`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from clientkit.webhooks import MAX_WEBHOOK_BYTES, WebhookReceiver, WebhookResponse, parse_event
from cubicasa_client.errors import WebhookError
from cubicasa_client.models import OrderStatusEvent

__all__ = ["OrderStatusEvent", "WebhookResponse", "event_identity", "parse", "receiver"]


def parse(body: bytes | str, *, max_bytes: int = MAX_WEBHOOK_BYTES) -> OrderStatusEvent:
    """Parse a webhook body, or raise `cubicasa.WebhookError` saying what is wrong with it."""
    return parse_event(body, OrderStatusEvent, max_bytes=max_bytes, error=WebhookError)


def event_identity(event: OrderStatusEvent) -> Hashable:
    return (str(event.id), str(event.previous_status), str(event.current_status), str(event.model_id))


def receiver(
    on_event: Callable[[OrderStatusEvent], None], *, background: bool = True
) -> WebhookReceiver[OrderStatusEvent]:
    """A receiver to call from any web framework: `answer = r.handle(await request.body())`."""
    return WebhookReceiver(parse, on_event, identity=event_identity, background=background)
