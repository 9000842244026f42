"""`POST /users`: Create a new user

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.user import User

OPERATION = Operation(
    id="create_user",
    method="POST",
    path="/users",
    sends_credentials=True,
)


def build_request(
    *,
    email: str,
    name: str | None = None,
    phone: str | None = None,
    img_src: str | None = None,
    team_id: int | str | None = None,
    active: bool | None = None,
    x_account_id: Any = None,
) -> RequestParts:
    """Check the arguments of `create_user` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/users"
    headers: dict[str, str] = {}
    if x_account_id is not None:
        headers["x-account-id"] = _args.header_value(x_account_id, "x_account_id")

    body: Any = {}
    body["email"] = _args.string(email, "email", min_length=1)

    if name is not None:
        body["name"] = _args.string(name, "name")

    if phone is not None:
        body["phone"] = _args.string(phone, "phone")

    if img_src is not None:
        body["imgSrc"] = _args.string(img_src, "img_src")

    if team_id is not None:
        body["teamId"] = _args.integer(team_id, "team_id", digits=True)

    if active is not None:
        body["active"] = _args.boolean(active, "active")

    return RequestParts(url, None, headers or None, body)


def parse_response(response: httpx.Response) -> User:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return User.from_json(response.content)
    if status == 201:
        return User.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[User] = Endpoint(OPERATION, parse_response)
