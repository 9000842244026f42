"""`DELETE /orders/draft/{order_id}`: Delete a draft order

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
from ...models.message_response import MessageResponse

OPERATION = Operation(
    id="delete_draft_order",
    method="DELETE",
    path="/orders/draft/{order_id}",
    sends_credentials=True,
)


def build_request(
    order_id: UUID | str,
) -> RequestParts:
    """Check the arguments of `delete_draft_order` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    order_id = _args.uuid(order_id, "order_id")
    url = f"/orders/draft/{quote(str(order_id), safe='')}"
    body: Any = NO_BODY
    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> MessageResponse:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return MessageResponse.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[MessageResponse] = Endpoint(OPERATION, parse_response)
