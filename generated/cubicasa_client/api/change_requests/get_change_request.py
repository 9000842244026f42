"""`GET /orders/{order_id}/change-requests/{change_request_id}`: Get change request by ID

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
from ...models.change_request import ChangeRequest

OPERATION = Operation(
    id="get_change_request",
    method="GET",
    path="/orders/{order_id}/change-requests/{change_request_id}",
    sends_credentials=True,
)


def build_request(
    order_id: UUID | str,
    change_request_id: str,
) -> RequestParts:
    """Check the arguments of `get_change_request` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    order_id = _args.uuid(order_id, "order_id")
    change_request_id = _args.path_segment(change_request_id, "change_request_id")
    url = f"/orders/{quote(str(order_id), safe='')}/change-requests/{quote(str(change_request_id), safe='')}"
    body: Any = NO_BODY
    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> ChangeRequest:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return ChangeRequest.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[ChangeRequest] = Endpoint(OPERATION, parse_response)
