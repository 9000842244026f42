"""`POST /companies/merge-request`: Send a merge request to another company

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts

from ...models.message_response import MessageResponse

OPERATION = Operation(
    id="send_merge_request",
    method="POST",
    path="/companies/merge-request",
    sends_credentials=True,
)


def build_request(
    **fields: Any,
) -> RequestParts:
    """Check the arguments of `send_merge_request` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/companies/merge-request"
    body: Any = {}
    for name, value in fields.items():
        body.setdefault(name, value)
    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> MessageResponse:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return MessageResponse.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[MessageResponse] = Endpoint(OPERATION, parse_response)
