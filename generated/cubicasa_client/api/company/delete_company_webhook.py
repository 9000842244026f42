"""`DELETE /companies/webhook`: Delete company webhook

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts

from ...models.message_response import MessageResponse

OPERATION = Operation(
    id="delete_company_webhook",
    method="DELETE",
    path="/companies/webhook",
    sends_credentials=True,
)


def build_request() -> RequestParts:
    """Check the arguments of `delete_company_webhook` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/companies/webhook"
    body: Any = NO_BODY
    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> MessageResponse:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return MessageResponse.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[MessageResponse] = Endpoint(OPERATION, parse_response)
