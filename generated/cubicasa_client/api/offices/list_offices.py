"""`GET /offices`: List all offices

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT` and `PAGING`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts
from clientkit.pagination import OffsetPaging

from ...errors import ARGUMENTS as _args
from ...models.paginated_offices import PaginatedOffices

OPERATION = Operation(
    id="list_offices",
    method="GET",
    path="/offices",
    sends_credentials=True,
)


def build_request(
    *,
    limit: int | None = 20,
    offset: int | None = None,
) -> RequestParts:
    """Check the arguments of `list_offices` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/offices"
    params: dict[str, Any] = {}
    if limit is not None:
        params["limit"] = _args.integer(limit, "limit", minimum=1)

    if offset is not None:
        params["offset"] = _args.integer(offset, "offset", minimum=0)

    body: Any = NO_BODY
    return RequestParts(url, params or None, None, body)


def parse_response(response: httpx.Response) -> PaginatedOffices:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return PaginatedOffices.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[PaginatedOffices] = Endpoint(OPERATION, parse_response)
PAGING = OffsetPaging(
    items_path=("items",),
    has_more_path=("pagination", "has_more"),
    next_offset_path=("pagination", "next_offset"),
    offset_param="offset",
    item_id=("id",),
)
