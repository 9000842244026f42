"""`POST /users/reset-password`: Send password reset link

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.message_response import MessageResponse

OPERATION = Operation(
    id="send_password_reset_link",
    method="POST",
    path="/users/reset-password",
    sends_credentials=True,
)


def build_request(
    *,
    email: str,
) -> RequestParts:
    """Check the arguments of `send_password_reset_link` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/users/reset-password"
    body: Any = {}
    body["email"] = _args.string(email, "email", min_length=1)

    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> MessageResponse:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return MessageResponse.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[MessageResponse] = Endpoint(OPERATION, parse_response)
