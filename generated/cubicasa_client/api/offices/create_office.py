"""`POST /offices`: Add new office

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.office import Office

OPERATION = Operation(
    id="create_office",
    method="POST",
    path="/offices",
    sends_credentials=True,
)


def build_request(
    *,
    name: str,
) -> RequestParts:
    """Check the arguments of `create_office` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/offices"
    body: Any = {}
    body["name"] = _args.string(name, "name", min_length=1)

    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> Office:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return Office.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[Office] = Endpoint(OPERATION, parse_response)
