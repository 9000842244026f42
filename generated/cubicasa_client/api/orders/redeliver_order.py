"""`POST /orders/{order_id}/re-deliver`: Re-deliver order with styling options

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.order import Order
from ...models.order_preferences import OrderPreferences

OPERATION = Operation(
    id="redeliver_order",
    method="POST",
    path="/orders/{order_id}/re-deliver",
    sends_credentials=True,
    idempotency_header="Idempotency-Key",
)


def build_request(
    order_id: UUID | str,
    *,
    order_preferences: OrderPreferences | Mapping[str, Any] | None = None,
) -> RequestParts:
    """Check the arguments of `redeliver_order` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    order_id = _args.uuid(order_id, "order_id")
    url = f"/orders/{quote(str(order_id), safe='')}/re-deliver"
    body: Any = {}
    if order_preferences is not None:
        body["order_preferences"] = _args.model(
            order_preferences, OrderPreferences, "order_preferences"
        )

    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> Order:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return Order.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[Order] = Endpoint(OPERATION, parse_response)
