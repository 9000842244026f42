"""`GET /auth/session`: Get the current session

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.user_session import UserSession

OPERATION = Operation(
    id="get_session",
    method="GET",
    path="/auth/session",
    sends_credentials=True,
)


def build_request(
    *,
    x_account_id: str | None = None,
) -> RequestParts:
    """Check the arguments of `get_session` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/auth/session"
    headers: dict[str, str] = {}
    if x_account_id is not None:
        headers["x-account-id"] = _args.header_value(x_account_id, "x_account_id")

    body: Any = NO_BODY
    return RequestParts(url, None, headers or None, body)


def parse_response(response: httpx.Response) -> UserSession:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return UserSession.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[UserSession] = Endpoint(OPERATION, parse_response)
