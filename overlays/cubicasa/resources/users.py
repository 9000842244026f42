"""`client.users`: list (lazily, every page), get by e-mail, create, update, passwords, delete."""

from __future__ import annotations

from uuid import UUID

from clientkit import AsyncPaginator, SyncPaginator
from clientkit.arguments import as_enum, as_uuid, positive, require_text
from clientkit.resource import ArgumentError, AsyncResource, Call, SyncResource
from cubicasa._paging import DEFAULT_LIMIT, by_id, strategy
from cubicasa.resources._common import unset
from cubicasa_client.api.users import (
    change_user_password,
    create_user,
    delete_user,
    get_user_by_email,
    list_users,
    send_password_reset_link,
    update_user,
)
from cubicasa_client.models import (
    ChangePasswordRequest,
    MessageResponse,
    PaginatedUsers,
    PasswordResetRequest,
    Role,
    User,
    UserCreate,
    UserCreated,
    UserUpdate,
)

PAGES = strategy(PaginatedUsers)


def list_page_call(*, offset: int, limit: int) -> Call[PaginatedUsers]:
    return Call(
        list_users, PaginatedUsers, {"offset": positive(offset, "offset", minimum=0), "limit": positive(limit, "limit")}
    )


def create_call(
    *, email: str, role: Role | str | None, office_id: UUID | str | None, password: str | None
) -> Call[UserCreated]:
    body = UserCreate(
        email=require_text(email, "email"),
        role=unset(as_enum(role, Role, "role") if role is not None else None),
        office_id=unset(as_uuid(office_id, "office_id") if office_id is not None else None),
        password=unset(password),
    )
    return Call(create_user, UserCreated, {"body": body})


def update_call(
    user_id: UUID | str, *, name: str | None, surname: str | None, role: Role | str | None, office_id: UUID | str | None
) -> Call[User]:
    if name is None and surname is None and role is None and office_id is None:
        raise ArgumentError("update needs at least one of name, surname, role, office_id")
    body = UserUpdate(
        name=unset(name),
        surname=unset(surname),
        role=unset(as_enum(role, Role, "role") if role is not None else None),
        office_id=unset(as_uuid(office_id, "office_id") if office_id is not None else None),
    )
    return Call(update_user, User, {"user_id": as_uuid(user_id, "user_id"), "body": body})


def get_by_email_call(email: str) -> Call[User]:
    return Call(get_user_by_email, User, {"user_id": require_text(email, "email")})


def change_password_call(*, email: str, old_password: str, new_password: str) -> Call[MessageResponse]:
    body = ChangePasswordRequest(
        email=require_text(email, "email"),
        old_password=require_text(old_password, "old_password"),
        new_password=require_text(new_password, "new_password"),
    )
    return Call(change_user_password, MessageResponse, {"body": body})


def reset_link_call(email: str) -> Call[MessageResponse]:
    return Call(
        send_password_reset_link, MessageResponse, {"body": PasswordResetRequest(email=require_text(email, "email"))}
    )


def delete_call(user_id: UUID | str) -> Call[MessageResponse]:
    return Call(delete_user, MessageResponse, {"user_id": as_uuid(user_id, "user_id")})


class Users(SyncResource):
    def list(
        self, *, limit: int = DEFAULT_LIMIT, offset: int = 0, max_pages: int | None = None, dedupe: bool = False
    ) -> SyncPaginator[PaginatedUsers, User]:
        """Every user, fetched page by page as you iterate; `dedupe=True` never yields an id twice."""
        list_page_call(offset=offset, limit=limit)  # validate now, not on first iteration
        return SyncPaginator(
            lambda cursor: self.list_page(**cursor),
            PAGES,
            {"offset": offset, "limit": limit},
            max_pages=max_pages,
            dedupe_key=by_id if dedupe else None,
        )

    def list_page(self, *, offset: int = 0, limit: int = DEFAULT_LIMIT) -> PaginatedUsers:
        return self._run(list_page_call(offset=offset, limit=limit))

    def create(
        self,
        *,
        email: str,
        role: Role | str | None = None,
        office_id: UUID | str | None = None,
        password: str | None = None,
    ) -> UserCreated:
        """Add a user; without `password` CubiCasa e-mails an invitation. Never retried once sent."""
        return self._run(create_call(email=email, role=role, office_id=office_id, password=password))

    def get_by_email(self, email: str) -> User:
        return self._run(get_by_email_call(email))

    def update(
        self,
        user_id: UUID | str,
        *,
        name: str | None = None,
        surname: str | None = None,
        role: Role | str | None = None,
        office_id: UUID | str | None = None,
    ) -> User:
        return self._run(update_call(user_id, name=name, surname=surname, role=role, office_id=office_id))

    def change_password(self, *, email: str, old_password: str, new_password: str) -> MessageResponse:
        return self._run(change_password_call(email=email, old_password=old_password, new_password=new_password))

    def send_reset_link(self, email: str) -> MessageResponse:
        return self._run(reset_link_call(email))

    def delete(self, user_id: UUID | str) -> MessageResponse:
        return self._run(delete_call(user_id))


class AsyncUsers(AsyncResource):
    def list(
        self,
        *,
        limit: int = DEFAULT_LIMIT,
        offset: int = 0,
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
    ) -> AsyncPaginator[PaginatedUsers, User]:
        """`async for` over every user; `prefetch=N` keeps up to N next pages in flight."""
        list_page_call(offset=offset, limit=limit)
        return AsyncPaginator(
            lambda cursor: self.list_page(**cursor),
            PAGES,
            {"offset": offset, "limit": limit},
            max_pages=max_pages,
            dedupe_key=by_id if dedupe else None,
            prefetch=prefetch,
        )

    async def list_page(self, *, offset: int = 0, limit: int = DEFAULT_LIMIT) -> PaginatedUsers:
        return await self._run(list_page_call(offset=offset, limit=limit))

    async def create(
        self,
        *,
        email: str,
        role: Role | str | None = None,
        office_id: UUID | str | None = None,
        password: str | None = None,
    ) -> UserCreated:
        return await self._run(create_call(email=email, role=role, office_id=office_id, password=password))

    async def get_by_email(self, email: str) -> User:
        return await self._run(get_by_email_call(email))

    async def update(
        self,
        user_id: UUID | str,
        *,
        name: str | None = None,
        surname: str | None = None,
        role: Role | str | None = None,
        office_id: UUID | str | None = None,
    ) -> User:
        return await self._run(update_call(user_id, name=name, surname=surname, role=role, office_id=office_id))

    async def change_password(self, *, email: str, old_password: str, new_password: str) -> MessageResponse:
        return await self._run(change_password_call(email=email, old_password=old_password, new_password=new_password))

    async def send_reset_link(self, email: str) -> MessageResponse:
        return await self._run(reset_link_call(email))

    async def delete(self, user_id: UUID | str) -> MessageResponse:
        return await self._run(delete_call(user_id))
