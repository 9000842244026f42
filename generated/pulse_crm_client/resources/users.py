"""`client.users`: Users of a Pulse account (create, list, read, update, delete).

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Never

from clientkit.operation import Operation
from clientkit.options import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from clientkit.pagination import AsyncPaginator, SyncPaginator
from clientkit.resource import (
    AsyncResource,
    SyncResource,
    async_raw_response,
    lazy_module,
    operations_of,
    raw_response,
)

if TYPE_CHECKING:
    from ..api.users import create_user as _create_user
    from ..api.users import delete_user as _delete_user
    from ..api.users import get_user as _get_user
    from ..api.users import list_users as _list_users
    from ..api.users import update_user as _update_user
    from ..models.paginated_users import PaginatedUsers
    from ..models.update_user_request_notification_preferences import (
        UpdateUserRequestNotificationPreferences,
    )
    from ..models.user import User
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _list_users = lazy_module(
        "..api.users.list_users", __package__, globals(), "_list_users"
    )
    _create_user = lazy_module(
        "..api.users.create_user", __package__, globals(), "_create_user"
    )
    _get_user = lazy_module("..api.users.get_user", __package__, globals(), "_get_user")
    _delete_user = lazy_module(
        "..api.users.delete_user", __package__, globals(), "_delete_user"
    )
    _update_user = lazy_module(
        "..api.users.update_user", __package__, globals(), "_update_user"
    )


class Users(SyncResource):
    """`client.users`: Users of a Pulse account (create, list, read, update, delete)."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_users,
            "list_page": _list_users,
            "create": _create_user,
            "get": _get_user,
            "delete": _delete_user,
            "update": _update_user,
        }
    )

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return UsersWithRawResponse(self)

    def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        search: str | None = None,
        sort: str | Sequence[str] | None = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> SyncPaginator[PaginatedUsers, User]:
        """List users

        Returns one page of the users of the account named by `x-account-id`. Stop paging when `page >=
        totalPages` or `data` is empty. Inferred: no users list is published; the path, the query parameters
        and the envelope follow the documented lists of leads, applications and tickets. Those lists also
        accept any resource property as an equality filter (e.g. `active=true`), which is not declared here.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            page: Page number, starting at 1 (default 1). Inferred: documented for the leads, applications and
                tickets lists, assumed for users.
            page_size: Items per page. The server default is 10 for leads and applications and 50 for tickets; the
                maximum is not published. Inferred: assumed for users from those lists.
            search: Full-text search over the text fields. Inferred: documented for the leads, applications and
                tickets lists, assumed for users.
            sort: Comma-separated field names; a `-` prefix sorts descending (default `-createdAt`). Inferred:
                documented for the leads, applications and tickets lists, assumed for users.

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
                "page": page,
                "page_size": page_size,
                "search": search,
                "sort": sort,
                "x_account_id": self._client._parameter("account_id", required=True),
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
        page: int | None = 1,
        page_size: int | None = None,
        search: str | None = None,
        sort: str | Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> PaginatedUsers:
        """List users

        Returns one page of the users of the account named by `x-account-id`. Stop paging when `page >=
        totalPages` or `data` is empty. Inferred: no users list is published; the path, the query parameters
        and the envelope follow the documented lists of leads, applications and tickets. Those lists also
        accept any resource property as an equality filter (e.g. `active=true`), which is not declared here.

        Returns one page; `list()` iterates every page for you.

        Args:
            page: Page number, starting at 1 (default 1). Inferred: documented for the leads, applications and
                tickets lists, assumed for users.
            page_size: Items per page. The server default is 10 for leads and applications and 50 for tickets; the
                maximum is not published. Inferred: assumed for users from those lists.
            search: Full-text search over the text fields. Inferred: documented for the leads, applications and
                tickets lists, assumed for users.
            sort: Comma-separated field names; a `-` prefix sorts descending (default `-createdAt`). Inferred:
                documented for the leads, applications and tickets lists, assumed for users.

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
            page=page,
            page_size=page_size,
            search=search,
            sort=sort,
            x_account_id=self._client._parameter("account_id", required=True),
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
        name: str | None = None,
        phone: str | None = None,
        img_src: str | None = None,
        team_id: int | str | None = None,
        active: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User:
        """Create a new user

        Creates a new user in the system with the provided details, in the account named by `x-account-id`.

        A POST is never retried once sent (it could act twice).

        Args:
            email: Email address of the new user.
            name: Full name of the user. Inferred: `User.name`, assumed accepted on creation like on update.
            phone: Phone number. Inferred: `User.phone`, assumed accepted on creation.
            img_src: URL of the profile image. Inferred: `User.imgSrc`, assumed accepted on creation.
            team_id: ID of the team the user belongs to. Inferred: `User.teamId`, assumed accepted on creation.
            active: Whether the user starts active. Inferred: `User.active`, assumed accepted on creation.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            UnprocessableEntityError: 422.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("create", unexpected)
        parts = _create_user.build_request(
            email=email,
            name=name,
            phone=phone,
            img_src=img_src,
            team_id=team_id,
            active=active,
            x_account_id=self._client._parameter("account_id", required=True),
        )
        return self._call(
            _create_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        user_id: int | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User:
        """Get a user

        Returns one user of the account named by `x-account-id`. Inferred: follows `GET /leads/{leadId}`;
        the body is assumed to be the `User` object returned by `POST /users`.

        Args:
            user_id: ID of the user (the `id` of a `User`). Inferred: the path parameter is not published; user
                IDs are integers.

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
            raise self._unexpected("get", unexpected)
        parts = _get_user.build_request(
            user_id,
            x_account_id=self._client._parameter("account_id", required=True),
        )
        return self._call(
            _get_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def delete(
        self,
        user_id: int | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User | None:
        """Delete a user

        Deletes a user. Inferred: follows `DELETE /leads/{leadId}`, which deletes permanently; whether users
        are deleted or only deactivated is not published.

        Args:
            user_id: ID of the user (the `id` of a `User`). Inferred: the path parameter is not published; user
                IDs are integers.

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
            x_account_id=self._client._parameter("account_id", required=True),
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
        user_id: int | str,
        *,
        name: str | None = None,
        phone: str | None = None,
        img_src: str | None = None,
        team_id: int | str | None = None,
        active: bool | None = None,
        notification_preferences: UpdateUserRequestNotificationPreferences
        | Mapping[str, Any]
        | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User:
        """Update a user

        Partially updates a user: only the fields sent are changed. Deactivating a user (`active: false`)
        may be the intended alternative to deleting it (the web UI has an "enabled" toggle). Inferred:
        follows `PATCH /leads/{leadId}`; the writable fields are guessed from the `User` schema.

        A PATCH is never retried once sent (it could act twice).

        Args:
            user_id: ID of the user (the `id` of a `User`). Inferred: the path parameter is not published; user
                IDs are integers.
            name: Full name of the user. Inferred: `User.name`, assumed writable.
            phone: Phone number. Inferred: `User.phone`, assumed writable.
            img_src: URL of the profile image. Inferred: `User.imgSrc`, assumed writable.
            team_id: ID of the team the user belongs to. Inferred: `User.teamId`, assumed writable.
            active: Whether the user is active (`false` deactivates the user). Inferred: `User.active`, assumed
                writable (the web UI has an "enabled" toggle).
            notification_preferences: Notification preferences, in the same open shape as `User.notificationPreferences` (see
                `NotificationPreference`). Inferred: assumed writable; the container shape is not published.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            UnprocessableEntityError: 422.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("update", unexpected)
        parts = _update_user.build_request(
            user_id,
            name=name,
            phone=phone,
            img_src=img_src,
            team_id=team_id,
            active=active,
            notification_preferences=notification_preferences,
            x_account_id=self._client._parameter("account_id", required=True),
        )
        return self._call(
            _update_user.ENDPOINT,
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
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncUsers(AsyncResource):
    """`client.users` (async): Users of a Pulse account (create, list, read, update, delete)."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_users,
            "list_page": _list_users,
            "create": _create_user,
            "get": _get_user,
            "delete": _delete_user,
            "update": _update_user,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncUsersWithRawResponse(self)

    def list(
        self,
        *,
        page: int | None = 1,
        page_size: int | None = None,
        search: str | None = None,
        sort: str | Sequence[str] | None = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> AsyncPaginator[PaginatedUsers, User]:
        """List users

        Returns one page of the users of the account named by `x-account-id`. Stop paging when `page >=
        totalPages` or `data` is empty. Inferred: no users list is published; the path, the query parameters
        and the envelope follow the documented lists of leads, applications and tickets. Those lists also
        accept any resource property as an equality filter (e.g. `active=true`), which is not declared here.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            page: Page number, starting at 1 (default 1). Inferred: documented for the leads, applications and
                tickets lists, assumed for users.
            page_size: Items per page. The server default is 10 for leads and applications and 50 for tickets; the
                maximum is not published. Inferred: assumed for users from those lists.
            search: Full-text search over the text fields. Inferred: documented for the leads, applications and
                tickets lists, assumed for users.
            sort: Comma-separated field names; a `-` prefix sorts descending (default `-createdAt`). Inferred:
                documented for the leads, applications and tickets lists, assumed for users.

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
                "page": page,
                "page_size": page_size,
                "search": search,
                "sort": sort,
                "x_account_id": self._client._parameter("account_id", required=True),
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
        page: int | None = 1,
        page_size: int | None = None,
        search: str | None = None,
        sort: str | Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> PaginatedUsers:
        """List users

        Returns one page of the users of the account named by `x-account-id`. Stop paging when `page >=
        totalPages` or `data` is empty. Inferred: no users list is published; the path, the query parameters
        and the envelope follow the documented lists of leads, applications and tickets. Those lists also
        accept any resource property as an equality filter (e.g. `active=true`), which is not declared here.

        Returns one page; `list()` iterates every page for you.

        Args:
            page: Page number, starting at 1 (default 1). Inferred: documented for the leads, applications and
                tickets lists, assumed for users.
            page_size: Items per page. The server default is 10 for leads and applications and 50 for tickets; the
                maximum is not published. Inferred: assumed for users from those lists.
            search: Full-text search over the text fields. Inferred: documented for the leads, applications and
                tickets lists, assumed for users.
            sort: Comma-separated field names; a `-` prefix sorts descending (default `-createdAt`). Inferred:
                documented for the leads, applications and tickets lists, assumed for users.

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
            page=page,
            page_size=page_size,
            search=search,
            sort=sort,
            x_account_id=self._client._parameter("account_id", required=True),
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
        name: str | None = None,
        phone: str | None = None,
        img_src: str | None = None,
        team_id: int | str | None = None,
        active: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User:
        """Create a new user

        Creates a new user in the system with the provided details, in the account named by `x-account-id`.

        A POST is never retried once sent (it could act twice).

        Args:
            email: Email address of the new user.
            name: Full name of the user. Inferred: `User.name`, assumed accepted on creation like on update.
            phone: Phone number. Inferred: `User.phone`, assumed accepted on creation.
            img_src: URL of the profile image. Inferred: `User.imgSrc`, assumed accepted on creation.
            team_id: ID of the team the user belongs to. Inferred: `User.teamId`, assumed accepted on creation.
            active: Whether the user starts active. Inferred: `User.active`, assumed accepted on creation.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            UnprocessableEntityError: 422.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("create", unexpected)
        parts = _create_user.build_request(
            email=email,
            name=name,
            phone=phone,
            img_src=img_src,
            team_id=team_id,
            active=active,
            x_account_id=self._client._parameter("account_id", required=True),
        )
        return await self._call(
            _create_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        user_id: int | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User:
        """Get a user

        Returns one user of the account named by `x-account-id`. Inferred: follows `GET /leads/{leadId}`;
        the body is assumed to be the `User` object returned by `POST /users`.

        Args:
            user_id: ID of the user (the `id` of a `User`). Inferred: the path parameter is not published; user
                IDs are integers.

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
            raise self._unexpected("get", unexpected)
        parts = _get_user.build_request(
            user_id,
            x_account_id=self._client._parameter("account_id", required=True),
        )
        return await self._call(
            _get_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def delete(
        self,
        user_id: int | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User | None:
        """Delete a user

        Deletes a user. Inferred: follows `DELETE /leads/{leadId}`, which deletes permanently; whether users
        are deleted or only deactivated is not published.

        Args:
            user_id: ID of the user (the `id` of a `User`). Inferred: the path parameter is not published; user
                IDs are integers.

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
            x_account_id=self._client._parameter("account_id", required=True),
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
        user_id: int | str,
        *,
        name: str | None = None,
        phone: str | None = None,
        img_src: str | None = None,
        team_id: int | str | None = None,
        active: bool | None = None,
        notification_preferences: UpdateUserRequestNotificationPreferences
        | Mapping[str, Any]
        | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> User:
        """Update a user

        Partially updates a user: only the fields sent are changed. Deactivating a user (`active: false`)
        may be the intended alternative to deleting it (the web UI has an "enabled" toggle). Inferred:
        follows `PATCH /leads/{leadId}`; the writable fields are guessed from the `User` schema.

        A PATCH is never retried once sent (it could act twice).

        Args:
            user_id: ID of the user (the `id` of a `User`). Inferred: the path parameter is not published; user
                IDs are integers.
            name: Full name of the user. Inferred: `User.name`, assumed writable.
            phone: Phone number. Inferred: `User.phone`, assumed writable.
            img_src: URL of the profile image. Inferred: `User.imgSrc`, assumed writable.
            team_id: ID of the team the user belongs to. Inferred: `User.teamId`, assumed writable.
            active: Whether the user is active (`false` deactivates the user). Inferred: `User.active`, assumed
                writable (the web UI has an "enabled" toggle).
            notification_preferences: Notification preferences, in the same open shape as `User.notificationPreferences` (see
                `NotificationPreference`). Inferred: assumed writable; the container shape is not published.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            UnprocessableEntityError: 422.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("update", unexpected)
        parts = _update_user.build_request(
            user_id,
            name=name,
            phone=phone,
            img_src=img_src,
            team_id=team_id,
            active=active,
            notification_preferences=notification_preferences,
            x_account_id=self._client._parameter("account_id", required=True),
        )
        return await self._call(
            _update_user.ENDPOINT,
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
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
