"""`DELETE /users/{userId}`: Delete a user

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.user import User

OPERATION = Operation(
    id="delete_user",
    method="DELETE",
    path="/users/{userId}",
    sends_credentials=True,
)


def build_request(
    user_id: int | str,
    *,
    x_account_id: Any = None,
) -> RequestParts:
    """Check the arguments of `delete_user` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    user_id = _args.integer(user_id, "user_id", digits=True)
    url = f"/users/{quote(str(user_id), safe='')}"
    headers: dict[str, str] = {}
    if x_account_id is not None:
        headers["x-account-id"] = _args.header_value(x_account_id, "x_account_id")

    body: Any = NO_BODY
    return RequestParts(url, None, headers or None, body)


def parse_response(response: httpx.Response) -> User | None:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return User.from_json(response.content)
    if status == 204:
        return None
    unexpected(response)


ENDPOINT: Endpoint[User | None] = Endpoint(OPERATION, parse_response)
