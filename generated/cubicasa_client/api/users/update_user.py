"""`PATCH /users/{user_id}`: Update user details

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.role import Role
from ...models.user import User
from ...types import UNSET, Unset

OPERATION = Operation(
    id="update_user",
    method="PATCH",
    path="/users/{user_id}",
    sends_credentials=True,
)


def build_request(
    user_id: UUID | str,
    *,
    name: str | None | Unset = UNSET,
    surname: str | None | Unset = UNSET,
    role: Role | str | None = None,
    office_id: UUID | str | None = None,
) -> RequestParts:
    """Check the arguments of `update_user` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    user_id = _args.uuid(user_id, "user_id")
    url = f"/users/{quote(str(user_id), safe='')}"
    body: Any = {}
    if name is not UNSET:
        body["name"] = None if name is None else _args.string(name, "name")

    if surname is not UNSET:
        body["surname"] = None if surname is None else _args.string(surname, "surname")

    if role is not None:
        body["role"] = _args.enum(role, Role, "role")

    if office_id is not None:
        body["office_id"] = _args.uuid(office_id, "office_id")

    _args.at_least(body, 1, ["name", "surname", "role", "office_id"], "update_user")
    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> User:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return User.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[User] = Endpoint(OPERATION, parse_response)
