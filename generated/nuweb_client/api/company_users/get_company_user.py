"""`GET /company/user`: Retrieve Company User

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.company_user_document import CompanyUserDocument
from ...models.get_company_user_include_item import GetCompanyUserIncludeItem

OPERATION = Operation(
    id="get_company_user",
    method="GET",
    path="/company/user",
    sends_credentials=True,
)


def build_request(
    user_id: int | str | None = None,
    *,
    email: str | None = None,
    include: GetCompanyUserIncludeItem
    | str
    | Sequence[GetCompanyUserIncludeItem | str]
    | None = ("companyUsers", "roles", "visibilityGroups"),
    with_trashed: bool | None = None,
    only: str | Sequence[str] | None = None,
    exclude: str | Sequence[str] | None = None,
    x_nu_company_id: Any = None,
    accept_language: Any = None,
) -> RequestParts:
    """Check the arguments of `get_company_user` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    _args.any_of(
        {
            "user_id": user_id,
            "email": email,
        },
        [("user_id",), ("email",)],
    )
    url = "/company/user"
    params: dict[str, Any] = {}
    if user_id is not None:
        params["id"] = _args.integer(user_id, "user_id", digits=True)

    if email is not None:
        params["email"] = _args.string(email, "email")

    if include is not None and (
        _include := _args.comma_list(
            _args.array(
                include,
                "include",
                lambda v, n: _args.enum(v, GetCompanyUserIncludeItem, n),
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


def parse_response(response: httpx.Response) -> CompanyUserDocument:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return CompanyUserDocument.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[CompanyUserDocument] = Endpoint(OPERATION, parse_response)
