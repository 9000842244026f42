"""`POST /login`: Retrieve API Token

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
from ...models.login_response import LoginResponse

OPERATION = Operation(
    id="login",
    method="POST",
    path="/login",
    sends_credentials=False,
    sensitive_body=True,
)


def build_request(
    *,
    email: str,
    password: str | Secret,
    device_name: str = "nuweb-python",
    x_nu_company_id: Any = None,
    accept_language: Any = None,
) -> RequestParts:
    """Check the arguments of `login` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/login"
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
    body["email"] = _args.string(email, "email", min_length=1, pattern="\\S")

    body["password"] = _args.string(
        password, "password", min_length=1, pattern="\\S", secret=True
    )

    body["device_name"] = _args.string(
        device_name, "device_name", min_length=1, pattern="\\S"
    )

    return RequestParts(url, None, headers or None, body)


def parse_response(response: httpx.Response) -> LoginResponse:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return LoginResponse.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[LoginResponse] = Endpoint(OPERATION, parse_response)
