"""`POST /company/users/update`: Update Company User

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts
from clientkit.redaction import Secret

from ...errors import ARGUMENTS as _args
from ...models.company_user_document import CompanyUserDocument

OPERATION = Operation(
    id="update_company_user",
    method="POST",
    path="/company/users/update",
    sends_credentials=True,
    sensitive_body=True,
)


def build_request(
    user_id: int | str,
    *,
    name: str | None = None,
    email: str | None = None,
    password: str | Secret | None = None,
    accepted_terms: bool | None = None,
    accepted_privacy: bool | None = None,
    accepted_email_opt_in: bool | None = None,
    roles: Sequence[int] | None = None,
    visibility_groups: Sequence[int] | None = None,
    x_nu_company_id: Any = None,
    accept_language: Any = None,
) -> RequestParts:
    """Check the arguments of `update_company_user` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/company/users/update"
    headers: dict[str, str] = {}
    if x_nu_company_id is not None:
        headers["X-NU-COMPANY-ID"] = str(
            _args.integer(x_nu_company_id, "x_nu_company_id", minimum=1, digits=True)
        )

    if accept_language is not None:
        headers["Accept-Language"] = _args.header_value(
            accept_language, "accept_language"
        )

    body: Any = {}
    body["id"] = _args.integer(user_id, "user_id", digits=True)

    if name is not None:
        body["name"] = _args.string(name, "name", max_length=255, pattern="\\S")

    if email is not None:
        body["email"] = _args.string(email, "email", max_length=255)

    if password is not None:
        body["password"] = _args.string(password, "password", min_length=8, secret=True)

    if accepted_terms is not None:
        body["acceptedTerms"] = _args.boolean(accepted_terms, "accepted_terms")

    if accepted_privacy is not None:
        body["acceptedPrivacy"] = _args.boolean(accepted_privacy, "accepted_privacy")

    if accepted_email_opt_in is not None:
        body["acceptedEmailOptIn"] = _args.boolean(
            accepted_email_opt_in, "accepted_email_opt_in"
        )

    if roles is not None:
        body["roles"] = _args.array(roles, "roles", lambda v, n: _args.integer(v, n))

    if visibility_groups is not None:
        body["visibilityGroups"] = _args.array(
            visibility_groups, "visibility_groups", lambda v, n: _args.integer(v, n)
        )

    _args.at_least(
        body,
        2,
        [
            "user_id",
            "name",
            "email",
            "password",
            "accepted_terms",
            "accepted_privacy",
            "accepted_email_opt_in",
            "roles",
            "visibility_groups",
        ],
        "update_company_user",
    )
    return RequestParts(url, None, headers or None, body)


def parse_response(response: httpx.Response) -> CompanyUserDocument:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return CompanyUserDocument.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[CompanyUserDocument] = Endpoint(OPERATION, parse_response)
