"""`GET /orders/{id}`: Get order by ID

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.order import Order

OPERATION = Operation(
    id="get_order",
    method="GET",
    path="/orders/{id}",
    sends_credentials=True,
)


def build_request(
    order_id: UUID | str,
) -> RequestParts:
    """Check the arguments of `get_order` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    order_id = _args.uuid(order_id, "order_id")
    url = f"/orders/{quote(str(order_id), safe='')}"
    body: Any = NO_BODY
    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> Order:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return Order.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[Order] = Endpoint(OPERATION, parse_response)
