"""`POST /company/users/restore`: Restore Company User

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.company_user_status_message import CompanyUserStatusMessage

OPERATION = Operation(
    id="restore_company_user",
    method="POST",
    path="/company/users/restore",
    sends_credentials=True,
)


def build_request(
    user_id: int | str | None = None,
    *,
    email: str | None = None,
    x_nu_company_id: Any = None,
    accept_language: Any = None,
) -> RequestParts:
    """Check the arguments of `restore_company_user` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    _args.any_of(
        {
            "user_id": user_id,
            "email": email,
        },
        [("user_id",), ("email",)],
    )
    url = "/company/users/restore"
    params: dict[str, Any] = {}
    if user_id is not None:
        params["id"] = _args.integer(user_id, "user_id", digits=True)

    if email is not None:
        params["email"] = _args.string(email, "email")

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


def parse_response(response: httpx.Response) -> CompanyUserStatusMessage:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return CompanyUserStatusMessage.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[CompanyUserStatusMessage] = Endpoint(OPERATION, parse_response)
