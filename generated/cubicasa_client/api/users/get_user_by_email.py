"""`GET /users/{user_id}`: Get user by email

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
from ...models.user import User

OPERATION = Operation(
    id="get_user_by_email",
    method="GET",
    path="/users/{user_id}",
    sends_credentials=True,
)


def build_request(
    email: str | UUID,
) -> RequestParts:
    """Check the arguments of `get_user_by_email` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    email = _args.one_of(
        email,
        "email",
        lambda v, n: _args.path_segment(v, n),
        lambda v, n: _args.uuid(v, n),
    )
    url = f"/users/{quote(str(email), safe='')}"
    body: Any = NO_BODY
    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> User:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return User.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[User] = Endpoint(OPERATION, parse_response)
