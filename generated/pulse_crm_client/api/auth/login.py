"""`POST /auth/login`: Log in

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts
from clientkit.redaction import Secret

from ...errors import ARGUMENTS as _args
from ...models.user_session import UserSession

OPERATION = Operation(
    id="login",
    method="POST",
    path="/auth/login",
    sends_credentials=False,
    sensitive_body=True,
)


def build_request(
    *,
    email: str | None = None,
    password: str | Secret | None = None,
    api_key: str | None = None,
    api_secret: str | Secret | None = None,
) -> RequestParts:
    """Check the arguments of `login` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/auth/login"
    form = _args.variant(
        {
            "email": email,
            "password": password,
            "api_key": api_key,
            "api_secret": api_secret,
        },
        (
            ("UserCredentials", ["email", "password"], ["email", "password"]),
            ("ApiKeyCredentials", ["api_key", "api_secret"], ["api_key", "api_secret"]),
        ),
    )
    body = {}
    if form == 0:
        body["email"] = _args.string(email, "email", min_length=1)

        body["password"] = _args.string(password, "password", min_length=1, secret=True)

    elif form == 1:
        body["apiKey"] = _args.string(api_key, "api_key", min_length=1)

        body["apiSecret"] = _args.string(
            api_secret, "api_secret", min_length=1, secret=True
        )

    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> UserSession:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return UserSession.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[UserSession] = Endpoint(OPERATION, parse_response)
