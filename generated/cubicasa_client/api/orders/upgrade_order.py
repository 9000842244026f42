"""`POST /orders/{order_id}/post-purchase`: Upgrade order

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.order import Order

OPERATION = Operation(
    id="upgrade_order",
    method="POST",
    path="/orders/{order_id}/post-purchase",
    sends_credentials=True,
    idempotency_header="Idempotency-Key",
)


def build_request(
    order_id: UUID | str,
    *,
    package_type: str | None = None,
    add_ons: Sequence[str] = (),
) -> RequestParts:
    """Check the arguments of `upgrade_order` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    order_id = _args.uuid(order_id, "order_id")
    url = f"/orders/{quote(str(order_id), safe='')}/post-purchase"
    body: Any = {}
    body["package_type"] = (
        None
        if package_type is None
        else _args.string(package_type, "package_type", min_length=1)
    )

    body["add_ons"] = _args.array(add_ons, "add_ons", lambda v, n: _args.string(v, n))

    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> Order:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return Order.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[Order] = Endpoint(OPERATION, parse_response)
