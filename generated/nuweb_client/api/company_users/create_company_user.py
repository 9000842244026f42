"""`POST /company/users`: Create Company User

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts
from clientkit.redaction import Secret

from ...errors import ARGUMENTS as _args
from ...models.company_user_document import CompanyUserDocument
from ...models.registration_source import RegistrationSource

OPERATION = Operation(
    id="create_company_user",
    method="POST",
    path="/company/users",
    sends_credentials=True,
    sensitive_body=True,
)


def build_request(
    *,
    name: str,
    email: str,
    password: str | Secret | None = None,
    registration_source: RegistrationSource | str | None = None,
    x_nu_company_id: Any = None,
    accept_language: Any = None,
) -> RequestParts:
    """Check the arguments of `create_company_user` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/company/users"
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
    body["name"] = _args.string(
        name, "name", min_length=1, max_length=255, pattern="\\S"
    )

    body["email"] = _args.string(email, "email", min_length=1, max_length=255)

    if password is not None:
        body["password"] = _args.string(password, "password", min_length=8, secret=True)

    if registration_source is not None:
        body["registrationSource"] = _args.enum(
            registration_source, RegistrationSource, "registration_source"
        )

    return RequestParts(url, None, headers or None, body)


def parse_response(response: httpx.Response) -> CompanyUserDocument:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return CompanyUserDocument.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[CompanyUserDocument] = Endpoint(OPERATION, parse_response)
