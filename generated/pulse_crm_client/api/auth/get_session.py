"""`GET /auth/session`: Get the current session

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts

from ...models.user_session import UserSession

OPERATION = Operation(
    id="get_session",
    method="GET",
    path="/auth/session",
    sends_credentials=True,
)


def build_request() -> RequestParts:
    """Check the arguments of `get_session` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/auth/session"
    body: Any = NO_BODY
    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> UserSession:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return UserSession.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[UserSession] = Endpoint(OPERATION, parse_response)
