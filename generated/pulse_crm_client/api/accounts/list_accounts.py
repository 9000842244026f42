"""`GET /accounts`: List accounts

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import json_body, unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.account import Account

OPERATION = Operation(
    id="list_accounts",
    method="GET",
    path="/accounts",
    sends_credentials=True,
)


def build_request(
    *,
    x_account_id: str | None = None,
) -> RequestParts:
    """Check the arguments of `list_accounts` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/accounts"
    headers: dict[str, str] = {}
    if x_account_id is not None:
        headers["x-account-id"] = _args.header_value(x_account_id, "x_account_id")

    body: Any = NO_BODY
    return RequestParts(url, None, headers or None, body)


def parse_response(response: httpx.Response) -> list[Account]:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        response_200 = []
        _response_200 = json_body(response)
        for response_200_item_data in _response_200:
            response_200_item = Account.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200
    unexpected(response)


ENDPOINT: Endpoint[list[Account]] = Endpoint(OPERATION, parse_response)
