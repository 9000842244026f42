"""`client.users`: Users of the company account.

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Never
from uuid import UUID

from clientkit.operation import Operation
from clientkit.options import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from clientkit.pagination import AsyncPaginator, SyncPaginator
from clientkit.redaction import Secret
from clientkit.resource import (
    AsyncResource,
    SyncResource,
    async_raw_response,
    lazy_module,
    operations_of,
    raw_response,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..api.users import change_user_password as _change_user_password
    from ..api.users import create_user as _create_user
    from ..api.users import delete_user as _delete_user
    from ..api.users import get_user_by_email as _get_user_by_email
    from ..api.users import list_users as _list_users
    from ..api.users import send_password_reset_link as _send_password_reset_link
    from ..api.users import update_user as _update_user
    from ..models.message_response import MessageResponse
    from ..models.paginated_users import PaginatedUsers
    from ..models.role import Role
    from ..models.user import User
    from ..models.user_created import UserCreated
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _list_users = lazy_module(
        "..api.users.list_users", __package__, globals(), "_list_users"
    )
    _create_user = lazy_module(
        "..api.users.create_user", __package__, globals(), "_create_user"
    )
    _get_user_by_email = lazy_module(
        "..api.users.get_user_by_email", __package__, globals(), "_get_user_by_email"
    )
    _delete_user = lazy_module(
        "..api.users.delete_user", __package__, globals(), "_delete_user"
    )
    _update_user = lazy_module(
        "..api.users.update_user", __package__, globals(), "_update_user"
    )
    _change_user_password = lazy_module(
        "..api.users.change_user_password",
        __package__,
        globals(),
        "_change_user_password",
    )
    _send_password_reset_link = lazy_module(
        "..api.users.send_password_reset_link",
        __package__,
        globals(),
        "_send_password_reset_link",
    )


class Users(SyncResource):
    """`client.users`: Users of the company account."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_users,
            "list_page": _list_users,
            "create": _create_user,
            "get_by_email": _get_user_by_email,
            "delete": _delete_user,
            "update": _update_user,
            "change_password": _change_user_password,
            "send_reset_link": _send_password_reset_link,
        }
    )

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return UsersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> SyncPaginator[PaginatedUsers, User]:
        """List all users

        Lists the users of the key's company. The `limit`/`offset` parameters are inferred from the docs'
        statement that all list endpoints use them.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        return self._paginate(
            _list_users.ENDPOINT,
            _list_users.build_request,
            {
                "limit": limit,
                "offset": offset,
            },
            _list_users.PAGING,
            max_pages=max_pages,
            dedupe=dedupe,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def list_page(
        self,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> PaginatedUsers:
        """List all users

        Lists the users of the key's company. The `limit`/`offset` parameters are inferred from the docs'
        statement that all list endpoints use them.

        Returns one page; `list()` iterates every page for you.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        parts = _list_users.build_request(
            limit=limit,
            offset=offset,
        )
        return self._call(
            _list_users.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def create(
        self,
        *,
        email: str,
        role: Role | str | None = None,
        office_id: UUID | str | None = None,
        password: str | Secret | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> UserCreated:
        """Add new user

        Adds a user to the company. Without `password`, CubiCasa e-mails an invitation that must be
        completed before the first login. Managers can use every feature and setting; Users see only scans
        of their own office and have no company settings; Collaborators get no order e-mails, see only their
        own orders and have limited features.

        A POST is never retried once sent (it could act twice).

        Args:
            email: Required. Inferred: a user cannot exist without one.
            role: A user's role. Managers can use every feature and setting; Users see only scans of their own
                office; Collaborators get no order e-mails and see only their own orders.
            office_id: Office the user belongs to.
            password: Initial password. Omit it to send an invitation e-mail.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("create", unexpected)
        parts = _create_user.build_request(
            email=email,
            role=role,
            office_id=office_id,
            password=password,
        )
        return self._call(
            _create_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_by_email(
        self,
        email: str | UUID,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User:
        """Get user by email

        Returns one user, looked up by e-mail address. The method is seen; the path is inferred: "Delete
        user" is `DELETE /users/{user_id}`, and this operation is taken to read the same path segment as an
        e-mail address. The response is inferred to be the User object of "List all users".

        Args:
            email: The user's e-mail address, as the vendor documents. The path segment is named `user_id`
                because OpenAPI treats templates that differ only in parameter names as one path, and Update
                and Delete user name it `user_id`. Inferred: the user's id (a UUID) is accepted too, because
                tools (and clients) read one path segment as one identifier and pass the `id` of a listed or
                updated user here; whether the live API looks users up by id on this call is not documented
                (the mock does).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("get_by_email", unexpected)
        parts = _get_user_by_email.build_request(
            email,
        )
        return self._call(
            _get_user_by_email.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def delete(
        self,
        user_id: UUID | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> MessageResponse:
        """Delete user

        Removes the user. Their orders stay but are left unassigned.

        Args:
            user_id: Id of the user.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("delete", unexpected)
        parts = _delete_user.build_request(
            user_id,
        )
        return self._call(
            _delete_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def update(
        self,
        user_id: UUID | str,
        *,
        name: str | None | Unset = UNSET,
        surname: str | None | Unset = UNSET,
        role: Role | str | None = None,
        office_id: UUID | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User:
        """Update user details

        Changes a user's name, surname, role or office. The method is seen; the path and body are inferred
        from "Delete user" and the User object. The response is inferred to be the updated User. An
        `office_id` the company does not have is a `409`, as on "Add new user" (a `404` means the user
        itself was not found).

        A PATCH is never retried once sent (it could act twice).

        Args:
            user_id: Id of the user.
            name: (not described)
            surname: (not described)
            role: A user's role. Managers can use every feature and setting; Users see only scans of their own
                office; Collaborators get no order e-mails and see only their own orders.
            office_id: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("update", unexpected)
        parts = _update_user.build_request(
            user_id,
            name=name,
            surname=surname,
            role=role,
            office_id=office_id,
        )
        return self._call(
            _update_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def change_password(
        self,
        *,
        email: str,
        old_password: str | Secret,
        new_password: str | Secret,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> MessageResponse:
        """Change user password

        Changes a user's password, given the old one.

        A POST is never retried once sent (it could act twice).

        Args:
            email: (not described)
            old_password: (not described)
            new_password: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("change_password", unexpected)
        parts = _change_user_password.build_request(
            email=email,
            old_password=old_password,
            new_password=new_password,
        )
        return self._call(
            _change_user_password.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def send_reset_link(
        self,
        *,
        email: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> MessageResponse:
        """Send password reset link

        Has CubiCasa e-mail a password reset link to the user. The vendor page shows no Authorization block
        but its curl sample sends `api-key`, so the call is treated as authenticated.

        A POST is never retried once sent (it could act twice).

        Args:
            email: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("send_reset_link", unexpected)
        parts = _send_password_reset_link.build_request(
            email=email,
        )
        return self._call(
            _send_password_reset_link.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class UsersWithRawResponse:
    """`client.users.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: Users) -> None:
        self.list_page = raw_response(resource.list_page)
        self.create = raw_response(resource.create)
        self.get_by_email = raw_response(resource.get_by_email)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)
        self.change_password = raw_response(resource.change_password)
        self.send_reset_link = raw_response(resource.send_reset_link)


class AsyncUsers(AsyncResource):
    """`client.users` (async): Users of the company account."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_users,
            "list_page": _list_users,
            "create": _create_user,
            "get_by_email": _get_user_by_email,
            "delete": _delete_user,
            "update": _update_user,
            "change_password": _change_user_password,
            "send_reset_link": _send_password_reset_link,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncUsersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> AsyncPaginator[PaginatedUsers, User]:
        """List all users

        Lists the users of the key's company. The `limit`/`offset` parameters are inferred from the docs'
        statement that all list endpoints use them.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        return self._paginate(
            _list_users.ENDPOINT,
            _list_users.build_request,
            {
                "limit": limit,
                "offset": offset,
            },
            _list_users.PAGING,
            max_pages=max_pages,
            dedupe=dedupe,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def list_page(
        self,
        *,
        limit: int | None = 20,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> PaginatedUsers:
        """List all users

        Lists the users of the key's company. The `limit`/`offset` parameters are inferred from the docs'
        statement that all list endpoints use them.

        Returns one page; `list()` iterates every page for you.

        Args:
            limit: Page size (default 20). The maximum is not documented.
            offset: Where the page starts. Send the `pagination.next_offset` of the previous page as is; never
                compute it (the docs show 21 after a 20-item first page).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("list", unexpected)
        parts = _list_users.build_request(
            limit=limit,
            offset=offset,
        )
        return await self._call(
            _list_users.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        email: str,
        role: Role | str | None = None,
        office_id: UUID | str | None = None,
        password: str | Secret | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> UserCreated:
        """Add new user

        Adds a user to the company. Without `password`, CubiCasa e-mails an invitation that must be
        completed before the first login. Managers can use every feature and setting; Users see only scans
        of their own office and have no company settings; Collaborators get no order e-mails, see only their
        own orders and have limited features.

        A POST is never retried once sent (it could act twice).

        Args:
            email: Required. Inferred: a user cannot exist without one.
            role: A user's role. Managers can use every feature and setting; Users see only scans of their own
                office; Collaborators get no order e-mails and see only their own orders.
            office_id: Office the user belongs to.
            password: Initial password. Omit it to send an invitation e-mail.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("create", unexpected)
        parts = _create_user.build_request(
            email=email,
            role=role,
            office_id=office_id,
            password=password,
        )
        return await self._call(
            _create_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_by_email(
        self,
        email: str | UUID,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User:
        """Get user by email

        Returns one user, looked up by e-mail address. The method is seen; the path is inferred: "Delete
        user" is `DELETE /users/{user_id}`, and this operation is taken to read the same path segment as an
        e-mail address. The response is inferred to be the User object of "List all users".

        Args:
            email: The user's e-mail address, as the vendor documents. The path segment is named `user_id`
                because OpenAPI treats templates that differ only in parameter names as one path, and Update
                and Delete user name it `user_id`. Inferred: the user's id (a UUID) is accepted too, because
                tools (and clients) read one path segment as one identifier and pass the `id` of a listed or
                updated user here; whether the live API looks users up by id on this call is not documented
                (the mock does).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("get_by_email", unexpected)
        parts = _get_user_by_email.build_request(
            email,
        )
        return await self._call(
            _get_user_by_email.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def delete(
        self,
        user_id: UUID | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> MessageResponse:
        """Delete user

        Removes the user. Their orders stay but are left unassigned.

        Args:
            user_id: Id of the user.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("delete", unexpected)
        parts = _delete_user.build_request(
            user_id,
        )
        return await self._call(
            _delete_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def update(
        self,
        user_id: UUID | str,
        *,
        name: str | None | Unset = UNSET,
        surname: str | None | Unset = UNSET,
        role: Role | str | None = None,
        office_id: UUID | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User:
        """Update user details

        Changes a user's name, surname, role or office. The method is seen; the path and body are inferred
        from "Delete user" and the User object. The response is inferred to be the updated User. An
        `office_id` the company does not have is a `409`, as on "Add new user" (a `404` means the user
        itself was not found).

        A PATCH is never retried once sent (it could act twice).

        Args:
            user_id: Id of the user.
            name: (not described)
            surname: (not described)
            role: A user's role. Managers can use every feature and setting; Users see only scans of their own
                office; Collaborators get no order e-mails and see only their own orders.
            office_id: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("update", unexpected)
        parts = _update_user.build_request(
            user_id,
            name=name,
            surname=surname,
            role=role,
            office_id=office_id,
        )
        return await self._call(
            _update_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def change_password(
        self,
        *,
        email: str,
        old_password: str | Secret,
        new_password: str | Secret,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> MessageResponse:
        """Change user password

        Changes a user's password, given the old one.

        A POST is never retried once sent (it could act twice).

        Args:
            email: (not described)
            old_password: (not described)
            new_password: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("change_password", unexpected)
        parts = _change_user_password.build_request(
            email=email,
            old_password=old_password,
            new_password=new_password,
        )
        return await self._call(
            _change_user_password.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def send_reset_link(
        self,
        *,
        email: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> MessageResponse:
        """Send password reset link

        Has CubiCasa e-mail a password reset link to the user. The vendor page shows no Authorization block
        but its curl sample sends `api-key`, so the call is treated as authenticated.

        A POST is never retried once sent (it could act twice).

        Args:
            email: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("send_reset_link", unexpected)
        parts = _send_password_reset_link.build_request(
            email=email,
        )
        return await self._call(
            _send_password_reset_link.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncUsersWithRawResponse:
    """`client.users.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.list_page = async_raw_response(resource.list_page)
        self.create = async_raw_response(resource.create)
        self.get_by_email = async_raw_response(resource.get_by_email)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
        self.change_password = async_raw_response(resource.change_password)
        self.send_reset_link = async_raw_response(resource.send_reset_link)
