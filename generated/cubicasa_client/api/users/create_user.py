"""`POST /users`: Add new user

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts
from clientkit.redaction import Secret

from ...errors import ARGUMENTS as _args
from ...models.role import Role
from ...models.user_created import UserCreated

OPERATION = Operation(
    id="create_user",
    method="POST",
    path="/users",
    sends_credentials=True,
    sensitive_body=True,
)


def build_request(
    *,
    email: str,
    role: Role | str | None = None,
    office_id: UUID | str | None = None,
    password: str | Secret | None = None,
) -> RequestParts:
    """Check the arguments of `create_user` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/users"
    body: Any = {}
    body["email"] = _args.string(email, "email", min_length=1)

    if role is not None:
        body["role"] = _args.enum(role, Role, "role")

    if office_id is not None:
        body["office_id"] = _args.uuid(office_id, "office_id")

    if password is not None:
        body["password"] = _args.string(password, "password", secret=True)

    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> UserCreated:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return UserCreated.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[UserCreated] = Endpoint(OPERATION, parse_response)
