"""`GET /company/users`: Retrieve Company Users

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
from ...models.company_user_list import CompanyUserList
from ...models.list_company_users_include_item import ListCompanyUsersIncludeItem

OPERATION = Operation(
    id="list_company_users",
    method="GET",
    path="/company/users",
    sends_credentials=True,
)


def build_request(
    *,
    offset: int | None = None,
    page: int | None = 1,
    limit: int | None = 100,
    include: ListCompanyUsersIncludeItem
    | str
    | Sequence[ListCompanyUsersIncludeItem | str]
    | None = ("companyUsers", "roles", "visibilityGroups"),
    with_trashed: bool | None = None,
    only: str | Sequence[str] | None = None,
    exclude: str | Sequence[str] | None = None,
    x_nu_company_id: Any = None,
    accept_language: Any = None,
) -> RequestParts:
    """Check the arguments of `list_company_users` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/company/users"
    params: dict[str, Any] = {}
    if offset is not None:
        params["offset"] = _args.integer(offset, "offset", minimum=0)

    if page is not None:
        params["page"] = _args.integer(page, "page", minimum=1)

    if limit is not None:
        params["limit"] = _args.integer(limit, "limit", minimum=1)

    if include is not None and (
        _include := _args.comma_list(
            _args.array(
                include,
                "include",
                lambda v, n: _args.enum(v, ListCompanyUsersIncludeItem, n),
                single=True,
            )
        )
    ):
        params["include"] = _include

    if with_trashed is not None:
        params["withTrashed"] = _args.boolean(with_trashed, "with_trashed")

    if only is not None and (
        _only := _args.comma_list(
            _args.array(only, "only", lambda v, n: _args.string(v, n), single=True)
        )
    ):
        params["only"] = _only

    if exclude is not None and (
        _exclude := _args.comma_list(
            _args.array(
                exclude, "exclude", lambda v, n: _args.string(v, n), single=True
            )
        )
    ):
        params["except"] = _exclude

    headers: dict[str, str] = {}
    if x_nu_company_id is not None:
        headers["X-NU-COMPANY-ID"] = str(
            _args.integer(x_nu_company_id, "x_nu_company_id", minimum=1, digits=True)
        )

    if accept_language is not None:
        headers["Accept-Language"] = _args.header_value(
            accept_language, "accept_language"
        )

    body: Any = NO_BODY
    return RequestParts(url, params or None, headers or None, body)


def parse_response(response: httpx.Response) -> CompanyUserList:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return CompanyUserList.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[CompanyUserList] = Endpoint(OPERATION, parse_response)
PAGING = PageNumberPaging(
    items_path=("data",),
    page_param="page",
    item_id=("id",),
    total_path=("meta", "total"),
    next_link_path=("links", "next_"),
)
