"""`POST /orders/{order_id}/change-requests`: Add new change request for an order

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.change_request import ChangeRequest

OPERATION = Operation(
    id="create_change_request",
    method="POST",
    path="/orders/{order_id}/change-requests",
    sends_credentials=True,
)


def build_request(
    order_id: UUID | str,
    **fields: Any,
) -> RequestParts:
    """Check the arguments of `create_change_request` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    order_id = _args.uuid(order_id, "order_id")
    url = f"/orders/{quote(str(order_id), safe='')}/change-requests"
    body: Any = {}
    for name, value in fields.items():
        body.setdefault(name, value)
    _args.at_least(body, 1, [], "create_change_request")
    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> ChangeRequest:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return ChangeRequest.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[ChangeRequest] = Endpoint(OPERATION, parse_response)
