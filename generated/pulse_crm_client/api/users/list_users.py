"""`GET /users`: List users

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT` and `PAGING`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts
from clientkit.pagination import PageNumberPaging

from ...errors import ARGUMENTS as _args
from ...models.paginated_users import PaginatedUsers

OPERATION = Operation(
    id="list_users",
    method="GET",
    path="/users",
    sends_credentials=True,
)


def build_request(
    *,
    page: int | None = 1,
    page_size: int | None = None,
    search: str | None = None,
    sort: str | Sequence[str] | None = None,
    x_account_id: Any = None,
) -> RequestParts:
    """Check the arguments of `list_users` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/users"
    params: dict[str, Any] = {}
    if page is not None:
        params["page"] = _args.integer(page, "page", minimum=1)

    if page_size is not None:
        params["pageSize"] = _args.integer(page_size, "page_size", minimum=1)

    if search is not None:
        params["search"] = _args.string(search, "search")

    if sort is not None and (
        _sort := _args.comma_list(
            _args.array(sort, "sort", lambda v, n: _args.string(v, n), single=True)
        )
    ):
        params["sort"] = _sort

    headers: dict[str, str] = {}
    if x_account_id is not None:
        headers["x-account-id"] = _args.header_value(x_account_id, "x_account_id")

    body: Any = NO_BODY
    return RequestParts(url, params or None, headers or None, body)


def parse_response(response: httpx.Response) -> PaginatedUsers:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return PaginatedUsers.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[PaginatedUsers] = Endpoint(OPERATION, parse_response)
PAGING = PageNumberPaging(
    items_path=("data",),
    page_param="page",
    item_id=("id",),
    echoed_page_path=("page",),
    total_pages_path=("total_pages",),
    page_size_path=("page_size",),
    total_path=("total",),
)
