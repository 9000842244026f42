"""`POST /users/change-password`: Change user password

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts
from clientkit.redaction import Secret

from ...errors import ARGUMENTS as _args
from ...models.message_response import MessageResponse

OPERATION = Operation(
    id="change_user_password",
    method="POST",
    path="/users/change-password",
    sends_credentials=True,
    sensitive_body=True,
)


def build_request(
    *,
    email: str,
    old_password: str | Secret,
    new_password: str | Secret,
) -> RequestParts:
    """Check the arguments of `change_user_password` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/users/change-password"
    body: Any = {}
    body["email"] = _args.string(email, "email", min_length=1)

    body["old_password"] = _args.string(
        old_password, "old_password", min_length=1, secret=True
    )

    body["new_password"] = _args.string(
        new_password, "new_password", min_length=1, secret=True
    )

    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> MessageResponse:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return MessageResponse.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[MessageResponse] = Endpoint(OPERATION, parse_response)
