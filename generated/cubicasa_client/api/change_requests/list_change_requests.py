"""`GET /orders/{order_id}/change-requests`: List all change requests of order

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT` and `PAGING`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts
from clientkit.pagination import OffsetPaging

from ...errors import ARGUMENTS as _args
from ...models.paginated_change_requests import PaginatedChangeRequests

OPERATION = Operation(
    id="list_change_requests",
    method="GET",
    path="/orders/{order_id}/change-requests",
    sends_credentials=True,
)


def build_request(
    order_id: UUID | str,
    *,
    limit: int | None = 20,
    offset: int | None = None,
) -> RequestParts:
    """Check the arguments of `list_change_requests` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    order_id = _args.uuid(order_id, "order_id")
    url = f"/orders/{quote(str(order_id), safe='')}/change-requests"
    params: dict[str, Any] = {}
    if limit is not None:
        params["limit"] = _args.integer(limit, "limit", minimum=1)

    if offset is not None:
        params["offset"] = _args.integer(offset, "offset", minimum=0)

    body: Any = NO_BODY
    return RequestParts(url, params or None, None, body)


def parse_response(response: httpx.Response) -> PaginatedChangeRequests:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return PaginatedChangeRequests.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[PaginatedChangeRequests] = Endpoint(OPERATION, parse_response)
PAGING = OffsetPaging(
    items_path=("items",),
    has_more_path=("pagination", "has_more"),
    next_offset_path=("pagination", "next_offset"),
    offset_param="offset",
    item_id=("id",),
)
