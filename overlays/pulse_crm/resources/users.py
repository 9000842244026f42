"""`client.users`: list (lazily, page by page), get, create, update and delete the users of an account.

Every call carries the client's account id as `x-account-id`. Only `create` is published by the
vendor; list/get/update/delete follow the API's regular resource pattern (inferred, see the spec).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Unpack

from clientkit import AsyncAPIClient, AsyncPaginator, SyncAPIClient, SyncPaginator
from clientkit.arguments import as_str_list, positive, require_text
from clientkit.resource import ArgumentError, AsyncResource, Call, SyncResource
from pulse_crm._paging import PAGES, by_id, checked
from pulse_crm.resources._common import UserFields, as_user_id, require_account, user_fields_body
from pulse_crm_client.api.users import create_user, delete_user, get_user, list_users, update_user
from pulse_crm_client.models import CreateUserRequest, PaginatedUsers, User

Sort = str | Sequence[str] | None


def _sort(sort: Sort) -> str | None:
    """`"-createdAt"` or `["-createdAt", "email"]` → the comma-separated form the API reads."""
    if sort is None or isinstance(sort, str):
        return sort
    return ",".join(as_str_list(sort, "sort") or [])


def list_page_call(
    account_id: str | None, *, page: int, page_size: int | None, search: str | None, sort: Sort
) -> Call[PaginatedUsers]:
    params: dict[str, Any] = {"x_account_id": require_account(account_id), "page": positive(page, "page")}
    if page_size is not None:
        params["page_size"] = positive(page_size, "page_size")
    if search is not None:
        params["search"] = require_text(search, "search")
    if (sort_text := _sort(sort)) is not None:
        params["sort"] = require_text(sort_text, "sort")
    return Call(list_users, PaginatedUsers, params)


def get_call(account_id: str | None, user_id: int | str) -> Call[User]:
    return Call(get_user, User, {"x_account_id": require_account(account_id), "user_id": as_user_id(user_id)})


def create_call(account_id: str | None, email: str, fields: UserFields) -> Call[User]:
    body = CreateUserRequest(email=require_text(email, "email"))
    for key, value in user_fields_body(fields).to_dict().items():  # the open body takes User fields too
        body[key] = value
    return Call(create_user, User, {"x_account_id": require_account(account_id), "body": body})


def update_call(account_id: str | None, user_id: int | str, fields: UserFields) -> Call[User]:
    if not fields:
        raise ArgumentError("update needs at least one field (name, phone, img_src, team_id, active, ...)")
    params = {"x_account_id": require_account(account_id), "user_id": as_user_id(user_id)}
    return Call(update_user, User, {**params, "body": user_fields_body(fields)})


def delete_call(account_id: str | None, user_id: int | str) -> Call[object]:
    """The answer is the deleted `User` (200) or nothing (204): both are declared."""
    return Call(delete_user, object, {"x_account_id": require_account(account_id), "user_id": as_user_id(user_id)})


def deleted(result: object) -> User | None:
    return result if isinstance(result, User) else None


def first_cursor(page: int, page_size: int | None, search: str | None, sort: Sort) -> dict[str, Any]:
    return {"page": page, "page_size": page_size, "search": search, "sort": _sort(sort)}


class Users(SyncResource):
    def __init__(self, engine: SyncAPIClient, account_id: str | None) -> None:
        super().__init__(engine)
        self._account_id = account_id

    def list(
        self,
        *,
        page_size: int | None = None,
        search: str | None = None,
        sort: Sort = None,
        page: int = 1,
        max_pages: int | None = None,
        dedupe: bool = False,
    ) -> SyncPaginator[PaginatedUsers, User]:
        """Every user of the account, fetched page by page as you iterate; `dedupe=True` never yields an id twice.

        `search` is full-text, `sort` is field names with `-` for descending (default `-createdAt`).
        """
        list_page_call(self._account_id, page=page, page_size=page_size, search=search, sort=sort)  # check now
        return SyncPaginator(
            lambda cursor: checked(self.list_page(**cursor), cursor["page"]),
            PAGES,
            first_cursor(page, page_size, search, sort),
            max_pages=max_pages,
            dedupe_key=by_id if dedupe else None,
        )

    def list_page(
        self, *, page: int = 1, page_size: int | None = None, search: str | None = None, sort: Sort = None
    ) -> PaginatedUsers:
        return self._run(list_page_call(self._account_id, page=page, page_size=page_size, search=search, sort=sort))

    def get(self, user_id: int | str) -> User:
        return self._run(get_call(self._account_id, user_id))

    def create(self, *, email: str, **fields: Unpack[UserFields]) -> User:
        """Add a user to the account. Never retried once sent (a retry could create it twice)."""
        return self._run(create_call(self._account_id, email, fields))

    def update(self, user_id: int | str, **fields: Unpack[UserFields]) -> User:
        """Change only the fields given; `active=False` deactivates the user."""
        return self._run(update_call(self._account_id, user_id, fields))

    def delete(self, user_id: int | str) -> User | None:
        """Delete the user; returns the deleted user when the server sends it back."""
        return deleted(self._run(delete_call(self._account_id, user_id)))


class AsyncUsers(AsyncResource):
    def __init__(self, engine: AsyncAPIClient, account_id: str | None) -> None:
        super().__init__(engine)
        self._account_id = account_id

    def list(
        self,
        *,
        page_size: int | None = None,
        search: str | None = None,
        sort: Sort = None,
        page: int = 1,
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
    ) -> AsyncPaginator[PaginatedUsers, User]:
        """`async for` over every user; `prefetch=N` keeps up to N next pages in flight."""
        list_page_call(self._account_id, page=page, page_size=page_size, search=search, sort=sort)
        return AsyncPaginator(
            self._checked_page,
            PAGES,
            first_cursor(page, page_size, search, sort),
            max_pages=max_pages,
            dedupe_key=by_id if dedupe else None,
            prefetch=prefetch,
        )

    async def _checked_page(self, cursor: dict[str, Any]) -> PaginatedUsers:
        return checked(await self.list_page(**cursor), cursor["page"])

    async def list_page(
        self, *, page: int = 1, page_size: int | None = None, search: str | None = None, sort: Sort = None
    ) -> PaginatedUsers:
        call = list_page_call(self._account_id, page=page, page_size=page_size, search=search, sort=sort)
        return await self._run(call)

    async def get(self, user_id: int | str) -> User:
        return await self._run(get_call(self._account_id, user_id))

    async def create(self, *, email: str, **fields: Unpack[UserFields]) -> User:
        return await self._run(create_call(self._account_id, email, fields))

    async def update(self, user_id: int | str, **fields: Unpack[UserFields]) -> User:
        return await self._run(update_call(self._account_id, user_id, fields))

    async def delete(self, user_id: int | str) -> User | None:
        return deleted(await self._run(delete_call(self._account_id, user_id)))
