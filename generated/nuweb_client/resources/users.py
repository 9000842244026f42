"""`client.users`: Admin-area users of the selected company (vendor tag "Company users"). Users are picked by `id` or
`email` in the query string (get, suspend, restore) or by `id` in the body (update); "delete" is a
reversible suspension.

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Never

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

if TYPE_CHECKING:
    from ..api.company_users import create_company_user as _create_company_user
    from ..api.company_users import get_company_user as _get_company_user
    from ..api.company_users import list_company_users as _list_company_users
    from ..api.company_users import restore_company_user as _restore_company_user
    from ..api.company_users import suspend_company_user as _suspend_company_user
    from ..api.company_users import update_company_user as _update_company_user
    from ..models.get_company_user_include_item import GetCompanyUserIncludeItem
    from ..models.list_company_users_include_item import ListCompanyUsersIncludeItem
    from ..models.registration_source import RegistrationSource
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _list_company_users = lazy_module(
        "..api.company_users.list_company_users",
        __package__,
        globals(),
        "_list_company_users",
    )
    _create_company_user = lazy_module(
        "..api.company_users.create_company_user",
        __package__,
        globals(),
        "_create_company_user",
    )
    _suspend_company_user = lazy_module(
        "..api.company_users.suspend_company_user",
        __package__,
        globals(),
        "_suspend_company_user",
    )
    _get_company_user = lazy_module(
        "..api.company_users.get_company_user",
        __package__,
        globals(),
        "_get_company_user",
    )
    _update_company_user = lazy_module(
        "..api.company_users.update_company_user",
        __package__,
        globals(),
        "_update_company_user",
    )
    _restore_company_user = lazy_module(
        "..api.company_users.restore_company_user",
        __package__,
        globals(),
        "_restore_company_user",
    )
from nuweb._hooks import (
    CompanyUser,
    Page,
    Secret,
    UserStatus,
    company_user,
    user_page,
    user_status,
)


def _items(page: Any) -> Any:
    """The items of a page an API hook reshaped (such pages expose `items`)."""
    return page.items


class Users(SyncResource):
    """`client.users`: Admin-area users of the selected company (vendor tag "Company users"). Users are picked by `id` or
    `email` in the query string (get, suspend, restore) or by `id` in the body (update); "delete" is a
    reversible suspension."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_company_users,
            "list_page": _list_company_users,
            "create": _create_company_user,
            "suspend": _suspend_company_user,
            "get": _get_company_user,
            "update": _update_company_user,
            "restore": _restore_company_user,
        }
    )

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return UsersWithRawResponse(self)

    def list(
        self,
        *,
        offset: int | None = None,
        page: int | None = 1,
        limit: int | None = 100,
        include: ListCompanyUsersIncludeItem
        | str
        | Sequence[ListCompanyUsersIncludeItem | str]
        | None = ("companyUsers", "roles", "visibilityGroups"),
        with_trashed: bool | None = None,
        only: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> SyncPaginator[Page[CompanyUser], CompanyUser]:
        """Retrieve Company Users

        List the users of the current company, one page at a time. Paginate with `page` (1-based) or
        `offset` (absolute start, wins over `page`) and `limit`; the envelope carries `links`
        (first/last/prev/next/self URLs) and `meta.total`. Per-company metadata of each user (language,
        acceptance dates of terms and privacy policy) is available through `include=companyUsers`. Suspended
        users appear only with `withTrashed=true`.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            offset: Absolute start in the result set, e.g. `100` to list company users from the 100th onwards.
                Offset always takes precedence over `page`. Inferred: the minimum `0` is ours (an offset
                counts from the first record); the vendor states none.
            page: The page of company users to retrieve (1-based). Only honoured when no `offset` is given.
                Inferred: the minimum `1` is ours (pages are numbered from 1 in the vendor's `links`); the
                vendor states none.
            limit: The number of users to retrieve per page. The vendor states no maximum or default for this
                endpoint. Inferred: the minimum `1` is ours (a page holds at least one user); the vendor
                states none.
            include: Comma-separated list of related resources to return under `included`: any of `companyUsers`
                (per-company membership metadata: language, acceptance dates), `roles`, `visibilityGroups`;
                e.g. `companyUsers,roles`. Empty: nothing is included. Sent comma-separated, never as
                repeated keys (which the Laravel backend may read as one value).
            with_trashed: `true` also returns suspended (soft-deleted) records, `false` (or leaving it out) excludes
                them. This is a global flag: it also applies to related resources returned under `included`.
            only: Comma-separated list of attributes to return, in dot notation for the top-level and included
                resources, e.g. `users.email,roles.title`. When empty or omitted all fields are returned.
                Can be combined with `except` as long as both do not name the same resource.
            exclude: Comma-separated list of attributes to leave out, in dot notation, e.g.
                `users.phone,roles.title`. When empty or omitted all fields are returned. Can be combined
                with `only` as long as both do not name the same resource. Inferred: the vendor does not say
                what happens when both name the same resource; the mock then applies `only` first and
                `except` after it.

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
            raise self._unexpected("list", unexpected)
        return self._paginate(
            _list_company_users.ENDPOINT,
            _list_company_users.build_request,
            {
                "offset": offset,
                "page": page,
                "limit": limit,
                "include": include,
                "with_trashed": with_trashed,
                "only": only,
                "exclude": exclude,
                "x_nu_company_id": self._client._parameter(
                    "company_id", required=False
                ),
                "accept_language": self._client._parameter("language", required=False),
            },
            _list_company_users.PAGING,
            max_pages=max_pages,
            dedupe=dedupe,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=user_page,
            items_of=_items,
        )

    def list_page(
        self,
        *,
        offset: int | None = None,
        page: int | None = 1,
        limit: int | None = 100,
        include: ListCompanyUsersIncludeItem
        | str
        | Sequence[ListCompanyUsersIncludeItem | str]
        | None = ("companyUsers", "roles", "visibilityGroups"),
        with_trashed: bool | None = None,
        only: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Page[CompanyUser]:
        """Retrieve Company Users

        List the users of the current company, one page at a time. Paginate with `page` (1-based) or
        `offset` (absolute start, wins over `page`) and `limit`; the envelope carries `links`
        (first/last/prev/next/self URLs) and `meta.total`. Per-company metadata of each user (language,
        acceptance dates of terms and privacy policy) is available through `include=companyUsers`. Suspended
        users appear only with `withTrashed=true`.

        Returns one page; `list()` iterates every page for you.

        Args:
            offset: Absolute start in the result set, e.g. `100` to list company users from the 100th onwards.
                Offset always takes precedence over `page`. Inferred: the minimum `0` is ours (an offset
                counts from the first record); the vendor states none.
            page: The page of company users to retrieve (1-based). Only honoured when no `offset` is given.
                Inferred: the minimum `1` is ours (pages are numbered from 1 in the vendor's `links`); the
                vendor states none.
            limit: The number of users to retrieve per page. The vendor states no maximum or default for this
                endpoint. Inferred: the minimum `1` is ours (a page holds at least one user); the vendor
                states none.
            include: Comma-separated list of related resources to return under `included`: any of `companyUsers`
                (per-company membership metadata: language, acceptance dates), `roles`, `visibilityGroups`;
                e.g. `companyUsers,roles`. Empty: nothing is included. Sent comma-separated, never as
                repeated keys (which the Laravel backend may read as one value).
            with_trashed: `true` also returns suspended (soft-deleted) records, `false` (or leaving it out) excludes
                them. This is a global flag: it also applies to related resources returned under `included`.
            only: Comma-separated list of attributes to return, in dot notation for the top-level and included
                resources, e.g. `users.email,roles.title`. When empty or omitted all fields are returned.
                Can be combined with `except` as long as both do not name the same resource.
            exclude: Comma-separated list of attributes to leave out, in dot notation, e.g.
                `users.phone,roles.title`. When empty or omitted all fields are returned. Can be combined
                with `only` as long as both do not name the same resource. Inferred: the vendor does not say
                what happens when both name the same resource; the mock then applies `only` first and
                `except` after it.

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
            raise self._unexpected("list", unexpected)
        parts = _list_company_users.build_request(
            offset=offset,
            page=page,
            limit=limit,
            include=include,
            with_trashed=with_trashed,
            only=only,
            exclude=exclude,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return self._call(
            _list_company_users.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=user_page,
        )

    def create(
        self,
        *,
        name: str,
        email: str,
        password: str | Secret | None = None,
        registration_source: RegistrationSource | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> CompanyUser:
        """Create Company User

        Create a user in the current company. The e-mail address is unique across the platform: an existing
        platform account with that address is attached to the company instead of being duplicated. Without a
        `password` the user sets one through "forgot password". The first user of a company gets the Super
        user role; later users get the reseller's default role, if one is set. Answers `200` (not `201`).
        The vendor marks no body field as required, although `name` and `email` are needed in practice.
        Cannot be sent with `async=true` because the body may carry a password.

        A POST is never retried once sent (it could act twice).

        Args:
            name: The user's full name (not blank, at most 255 characters).
            email: The user's e-mail address, unique across the platform; an existing account with this address
                is attached to the company.
            password: Optional, at least 8 characters. Without it the user sets their own password with the
                "forgot password" function when logging in.
            registration_source: Where the user registered. The server uses `api` when the field is left out.

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
            raise self._unexpected("create", unexpected)
        parts = _create_company_user.build_request(
            name=name,
            email=email,
            password=password,
            registration_source=registration_source,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return self._call(
            _create_company_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            transform=company_user,
        )

    def suspend(
        self,
        user_id: int | str | None = None,
        *,
        email: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> UserStatus:
        """Suspend Company User

        Suspend a user of the current company, picked by `id` or `email` (send at least one of them, as
        `x-any-of-parameters` states; with neither the answer is `422`). This is the API's "delete": it is
        reversible with `restore_company_user`, removes access to this company only and leaves the platform
        account and its other company memberships untouched. There is no hard delete. A suspended user
        presumably gets a non-null `deletedAt` and is listed only with `withTrashed=true` (our reading of
        the `withTrashed` documentation, not stated by the vendor). The answer names no user id, so no link
        leaves it: restore or read the user with the `id` or `email` you sent.

        Args:
            user_id: The user's ID. Required if `email` is not given: the operation's `x-any-of-parameters`
                states the rule.
            email: The user's e-mail address. Required if `id` is not given: the operation's `x-any-of-
                parameters` states the rule.

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
            raise self._unexpected("suspend", unexpected)
        parts = _suspend_company_user.build_request(
            user_id,
            email=email,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return self._call(
            _suspend_company_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=user_status,
        )

    def get(
        self,
        user_id: int | str | None = None,
        *,
        email: str | None = None,
        include: GetCompanyUserIncludeItem
        | str
        | Sequence[GetCompanyUserIncludeItem | str]
        | None = ("companyUsers", "roles", "visibilityGroups"),
        with_trashed: bool | None = None,
        only: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> CompanyUser:
        """Retrieve Company User

        Retrieve one user of the current company, picked by `id` or `email` in the query string (send at
        least one of them, as `x-any-of-parameters` states; with neither the answer is `422`). Note the
        singular path `/company/user`. Related resources requested with `include` arrive in `included`.

        Args:
            user_id: The user's ID. Required if `email` is not given: the operation's `x-any-of-parameters`
                states the rule.
            email: The user's e-mail address. Required if `id` is not given: the operation's `x-any-of-
                parameters` states the rule.
            include: Comma-separated list of related resources to return under `included`: any of `companyUsers`
                (per-company membership metadata: language, acceptance dates), `roles`, `visibilityGroups`;
                e.g. `companyUsers,roles`. Empty: nothing is included. Sent comma-separated, never as
                repeated keys (which the Laravel backend may read as one value).
            with_trashed: `true` also returns suspended (soft-deleted) records, `false` (or leaving it out) excludes
                them. This is a global flag: it also applies to related resources returned under `included`.
            only: Comma-separated list of attributes to return, in dot notation for the top-level and included
                resources, e.g. `users.email,roles.title`. When empty or omitted all fields are returned.
                Can be combined with `except` as long as both do not name the same resource.
            exclude: Comma-separated list of attributes to leave out, in dot notation, e.g.
                `users.phone,roles.title`. When empty or omitted all fields are returned. Can be combined
                with `only` as long as both do not name the same resource. Inferred: the vendor does not say
                what happens when both name the same resource; the mock then applies `only` first and
                `except` after it.

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
            raise self._unexpected("get", unexpected)
        parts = _get_company_user.build_request(
            user_id,
            email=email,
            include=include,
            with_trashed=with_trashed,
            only=only,
            exclude=exclude,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return self._call(
            _get_company_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=company_user,
        )

    def update(
        self,
        user_id: int | str,
        *,
        name: str | None = None,
        email: str | None = None,
        password: str | Secret | None = None,
        accepted_terms: bool | None = None,
        accepted_privacy: bool | None = None,
        accepted_email_opt_in: bool | None = None,
        roles: Sequence[int] | None = None,
        visibility_groups: Sequence[int] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> CompanyUser:
        """Update Company User

        Update the user whose `id` is given in the body (the vendor uses `POST …/update` rather than
        `PUT`/`PATCH`). Fields left out are not changed. A user cannot change their own roles, visibility
        groups or permissions. Cannot be sent with `async=true` because the body may carry a password.

        A POST is never retried once sent (it could act twice).

        Args:
            user_id: ID of the user to update.
            name: The user's full name (not blank, at most 255 characters).
            email: The user's e-mail address.
            password: New password (at least 8 characters).
            accepted_terms: Whether the user accepted the platform terms and conditions.
            accepted_privacy: Whether the user accepted the privacy policy.
            accepted_email_opt_in: Whether the user opted in to e-mails.
            roles: IDs of the roles to assign to the user (ids come from the admin UI; no endpoint lists
                roles).
            visibility_groups: IDs of the visibility groups to assign to the user. Inferred: appears in the vendor's
                request example but not in its schema, so it is probably accepted.

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
        parts = _update_company_user.build_request(
            user_id,
            name=name,
            email=email,
            password=password,
            accepted_terms=accepted_terms,
            accepted_privacy=accepted_privacy,
            accepted_email_opt_in=accepted_email_opt_in,
            roles=roles,
            visibility_groups=visibility_groups,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return self._call(
            _update_company_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            transform=company_user,
        )

    def restore(
        self,
        user_id: int | str | None = None,
        *,
        email: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> UserStatus:
        """Restore Company User

        Restore (un-suspend) a user of the current company, picked by `id` or `email` in the query string
        (send at least one of them, as `x-any-of-parameters` states; with neither the answer is `422`).
        Takes no request body. The answer names no user id, so no link leaves it: read the user back with
        the `id` or `email` you sent.

        A POST is never retried once sent (it could act twice).

        Args:
            user_id: The user's ID. Required if `email` is not given: the operation's `x-any-of-parameters`
                states the rule.
            email: The user's e-mail address. Required if `id` is not given: the operation's `x-any-of-
                parameters` states the rule.

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
            raise self._unexpected("restore", unexpected)
        parts = _restore_company_user.build_request(
            user_id,
            email=email,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return self._call(
            _restore_company_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=user_status,
        )


class UsersWithRawResponse:
    """`client.users.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: Users) -> None:
        self.list_page = raw_response(resource.list_page)
        self.create = raw_response(resource.create)
        self.suspend = raw_response(resource.suspend)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.restore = raw_response(resource.restore)


class AsyncUsers(AsyncResource):
    """`client.users` (async): Admin-area users of the selected company (vendor tag "Company users"). Users are picked by `id` or
    `email` in the query string (get, suspend, restore) or by `id` in the body (update); "delete" is a
    reversible suspension."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_company_users,
            "list_page": _list_company_users,
            "create": _create_company_user,
            "suspend": _suspend_company_user,
            "get": _get_company_user,
            "update": _update_company_user,
            "restore": _restore_company_user,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncUsersWithRawResponse(self)

    def list(
        self,
        *,
        offset: int | None = None,
        page: int | None = 1,
        limit: int | None = 100,
        include: ListCompanyUsersIncludeItem
        | str
        | Sequence[ListCompanyUsersIncludeItem | str]
        | None = ("companyUsers", "roles", "visibilityGroups"),
        with_trashed: bool | None = None,
        only: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> AsyncPaginator[Page[CompanyUser], CompanyUser]:
        """Retrieve Company Users

        List the users of the current company, one page at a time. Paginate with `page` (1-based) or
        `offset` (absolute start, wins over `page`) and `limit`; the envelope carries `links`
        (first/last/prev/next/self URLs) and `meta.total`. Per-company metadata of each user (language,
        acceptance dates of terms and privacy policy) is available through `include=companyUsers`. Suspended
        users appear only with `withTrashed=true`.

        Returns a paginator: iterate it for every item, fetched page by page as you go, or call
        `.pages()` for whole pages. `max_pages` stops early; `dedupe=True` never yields an id twice.

        Args:
            offset: Absolute start in the result set, e.g. `100` to list company users from the 100th onwards.
                Offset always takes precedence over `page`. Inferred: the minimum `0` is ours (an offset
                counts from the first record); the vendor states none.
            page: The page of company users to retrieve (1-based). Only honoured when no `offset` is given.
                Inferred: the minimum `1` is ours (pages are numbered from 1 in the vendor's `links`); the
                vendor states none.
            limit: The number of users to retrieve per page. The vendor states no maximum or default for this
                endpoint. Inferred: the minimum `1` is ours (a page holds at least one user); the vendor
                states none.
            include: Comma-separated list of related resources to return under `included`: any of `companyUsers`
                (per-company membership metadata: language, acceptance dates), `roles`, `visibilityGroups`;
                e.g. `companyUsers,roles`. Empty: nothing is included. Sent comma-separated, never as
                repeated keys (which the Laravel backend may read as one value).
            with_trashed: `true` also returns suspended (soft-deleted) records, `false` (or leaving it out) excludes
                them. This is a global flag: it also applies to related resources returned under `included`.
            only: Comma-separated list of attributes to return, in dot notation for the top-level and included
                resources, e.g. `users.email,roles.title`. When empty or omitted all fields are returned.
                Can be combined with `except` as long as both do not name the same resource.
            exclude: Comma-separated list of attributes to leave out, in dot notation, e.g.
                `users.phone,roles.title`. When empty or omitted all fields are returned. Can be combined
                with `only` as long as both do not name the same resource. Inferred: the vendor does not say
                what happens when both name the same resource; the mock then applies `only` first and
                `except` after it.

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
            raise self._unexpected("list", unexpected)
        return self._paginate(
            _list_company_users.ENDPOINT,
            _list_company_users.build_request,
            {
                "offset": offset,
                "page": page,
                "limit": limit,
                "include": include,
                "with_trashed": with_trashed,
                "only": only,
                "exclude": exclude,
                "x_nu_company_id": self._client._parameter(
                    "company_id", required=False
                ),
                "accept_language": self._client._parameter("language", required=False),
            },
            _list_company_users.PAGING,
            max_pages=max_pages,
            dedupe=dedupe,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=user_page,
            items_of=_items,
        )

    async def list_page(
        self,
        *,
        offset: int | None = None,
        page: int | None = 1,
        limit: int | None = 100,
        include: ListCompanyUsersIncludeItem
        | str
        | Sequence[ListCompanyUsersIncludeItem | str]
        | None = ("companyUsers", "roles", "visibilityGroups"),
        with_trashed: bool | None = None,
        only: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Page[CompanyUser]:
        """Retrieve Company Users

        List the users of the current company, one page at a time. Paginate with `page` (1-based) or
        `offset` (absolute start, wins over `page`) and `limit`; the envelope carries `links`
        (first/last/prev/next/self URLs) and `meta.total`. Per-company metadata of each user (language,
        acceptance dates of terms and privacy policy) is available through `include=companyUsers`. Suspended
        users appear only with `withTrashed=true`.

        Returns one page; `list()` iterates every page for you.

        Args:
            offset: Absolute start in the result set, e.g. `100` to list company users from the 100th onwards.
                Offset always takes precedence over `page`. Inferred: the minimum `0` is ours (an offset
                counts from the first record); the vendor states none.
            page: The page of company users to retrieve (1-based). Only honoured when no `offset` is given.
                Inferred: the minimum `1` is ours (pages are numbered from 1 in the vendor's `links`); the
                vendor states none.
            limit: The number of users to retrieve per page. The vendor states no maximum or default for this
                endpoint. Inferred: the minimum `1` is ours (a page holds at least one user); the vendor
                states none.
            include: Comma-separated list of related resources to return under `included`: any of `companyUsers`
                (per-company membership metadata: language, acceptance dates), `roles`, `visibilityGroups`;
                e.g. `companyUsers,roles`. Empty: nothing is included. Sent comma-separated, never as
                repeated keys (which the Laravel backend may read as one value).
            with_trashed: `true` also returns suspended (soft-deleted) records, `false` (or leaving it out) excludes
                them. This is a global flag: it also applies to related resources returned under `included`.
            only: Comma-separated list of attributes to return, in dot notation for the top-level and included
                resources, e.g. `users.email,roles.title`. When empty or omitted all fields are returned.
                Can be combined with `except` as long as both do not name the same resource.
            exclude: Comma-separated list of attributes to leave out, in dot notation, e.g.
                `users.phone,roles.title`. When empty or omitted all fields are returned. Can be combined
                with `only` as long as both do not name the same resource. Inferred: the vendor does not say
                what happens when both name the same resource; the mock then applies `only` first and
                `except` after it.

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
            raise self._unexpected("list", unexpected)
        parts = _list_company_users.build_request(
            offset=offset,
            page=page,
            limit=limit,
            include=include,
            with_trashed=with_trashed,
            only=only,
            exclude=exclude,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return await self._call(
            _list_company_users.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=user_page,
        )

    async def create(
        self,
        *,
        name: str,
        email: str,
        password: str | Secret | None = None,
        registration_source: RegistrationSource | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> CompanyUser:
        """Create Company User

        Create a user in the current company. The e-mail address is unique across the platform: an existing
        platform account with that address is attached to the company instead of being duplicated. Without a
        `password` the user sets one through "forgot password". The first user of a company gets the Super
        user role; later users get the reseller's default role, if one is set. Answers `200` (not `201`).
        The vendor marks no body field as required, although `name` and `email` are needed in practice.
        Cannot be sent with `async=true` because the body may carry a password.

        A POST is never retried once sent (it could act twice).

        Args:
            name: The user's full name (not blank, at most 255 characters).
            email: The user's e-mail address, unique across the platform; an existing account with this address
                is attached to the company.
            password: Optional, at least 8 characters. Without it the user sets their own password with the
                "forgot password" function when logging in.
            registration_source: Where the user registered. The server uses `api` when the field is left out.

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
            raise self._unexpected("create", unexpected)
        parts = _create_company_user.build_request(
            name=name,
            email=email,
            password=password,
            registration_source=registration_source,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return await self._call(
            _create_company_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            transform=company_user,
        )

    async def suspend(
        self,
        user_id: int | str | None = None,
        *,
        email: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> UserStatus:
        """Suspend Company User

        Suspend a user of the current company, picked by `id` or `email` (send at least one of them, as
        `x-any-of-parameters` states; with neither the answer is `422`). This is the API's "delete": it is
        reversible with `restore_company_user`, removes access to this company only and leaves the platform
        account and its other company memberships untouched. There is no hard delete. A suspended user
        presumably gets a non-null `deletedAt` and is listed only with `withTrashed=true` (our reading of
        the `withTrashed` documentation, not stated by the vendor). The answer names no user id, so no link
        leaves it: restore or read the user with the `id` or `email` you sent.

        Args:
            user_id: The user's ID. Required if `email` is not given: the operation's `x-any-of-parameters`
                states the rule.
            email: The user's e-mail address. Required if `id` is not given: the operation's `x-any-of-
                parameters` states the rule.

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
            raise self._unexpected("suspend", unexpected)
        parts = _suspend_company_user.build_request(
            user_id,
            email=email,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return await self._call(
            _suspend_company_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=user_status,
        )

    async def get(
        self,
        user_id: int | str | None = None,
        *,
        email: str | None = None,
        include: GetCompanyUserIncludeItem
        | str
        | Sequence[GetCompanyUserIncludeItem | str]
        | None = ("companyUsers", "roles", "visibilityGroups"),
        with_trashed: bool | None = None,
        only: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> CompanyUser:
        """Retrieve Company User

        Retrieve one user of the current company, picked by `id` or `email` in the query string (send at
        least one of them, as `x-any-of-parameters` states; with neither the answer is `422`). Note the
        singular path `/company/user`. Related resources requested with `include` arrive in `included`.

        Args:
            user_id: The user's ID. Required if `email` is not given: the operation's `x-any-of-parameters`
                states the rule.
            email: The user's e-mail address. Required if `id` is not given: the operation's `x-any-of-
                parameters` states the rule.
            include: Comma-separated list of related resources to return under `included`: any of `companyUsers`
                (per-company membership metadata: language, acceptance dates), `roles`, `visibilityGroups`;
                e.g. `companyUsers,roles`. Empty: nothing is included. Sent comma-separated, never as
                repeated keys (which the Laravel backend may read as one value).
            with_trashed: `true` also returns suspended (soft-deleted) records, `false` (or leaving it out) excludes
                them. This is a global flag: it also applies to related resources returned under `included`.
            only: Comma-separated list of attributes to return, in dot notation for the top-level and included
                resources, e.g. `users.email,roles.title`. When empty or omitted all fields are returned.
                Can be combined with `except` as long as both do not name the same resource.
            exclude: Comma-separated list of attributes to leave out, in dot notation, e.g.
                `users.phone,roles.title`. When empty or omitted all fields are returned. Can be combined
                with `only` as long as both do not name the same resource. Inferred: the vendor does not say
                what happens when both name the same resource; the mock then applies `only` first and
                `except` after it.

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
            raise self._unexpected("get", unexpected)
        parts = _get_company_user.build_request(
            user_id,
            email=email,
            include=include,
            with_trashed=with_trashed,
            only=only,
            exclude=exclude,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return await self._call(
            _get_company_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=company_user,
        )

    async def update(
        self,
        user_id: int | str,
        *,
        name: str | None = None,
        email: str | None = None,
        password: str | Secret | None = None,
        accepted_terms: bool | None = None,
        accepted_privacy: bool | None = None,
        accepted_email_opt_in: bool | None = None,
        roles: Sequence[int] | None = None,
        visibility_groups: Sequence[int] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> CompanyUser:
        """Update Company User

        Update the user whose `id` is given in the body (the vendor uses `POST …/update` rather than
        `PUT`/`PATCH`). Fields left out are not changed. A user cannot change their own roles, visibility
        groups or permissions. Cannot be sent with `async=true` because the body may carry a password.

        A POST is never retried once sent (it could act twice).

        Args:
            user_id: ID of the user to update.
            name: The user's full name (not blank, at most 255 characters).
            email: The user's e-mail address.
            password: New password (at least 8 characters).
            accepted_terms: Whether the user accepted the platform terms and conditions.
            accepted_privacy: Whether the user accepted the privacy policy.
            accepted_email_opt_in: Whether the user opted in to e-mails.
            roles: IDs of the roles to assign to the user (ids come from the admin UI; no endpoint lists
                roles).
            visibility_groups: IDs of the visibility groups to assign to the user. Inferred: appears in the vendor's
                request example but not in its schema, so it is probably accepted.

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
        parts = _update_company_user.build_request(
            user_id,
            name=name,
            email=email,
            password=password,
            accepted_terms=accepted_terms,
            accepted_privacy=accepted_privacy,
            accepted_email_opt_in=accepted_email_opt_in,
            roles=roles,
            visibility_groups=visibility_groups,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return await self._call(
            _update_company_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            transform=company_user,
        )

    async def restore(
        self,
        user_id: int | str | None = None,
        *,
        email: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> UserStatus:
        """Restore Company User

        Restore (un-suspend) a user of the current company, picked by `id` or `email` in the query string
        (send at least one of them, as `x-any-of-parameters` states; with neither the answer is `422`).
        Takes no request body. The answer names no user id, so no link leaves it: read the user back with
        the `id` or `email` you sent.

        A POST is never retried once sent (it could act twice).

        Args:
            user_id: The user's ID. Required if `email` is not given: the operation's `x-any-of-parameters`
                states the rule.
            email: The user's e-mail address. Required if `id` is not given: the operation's `x-any-of-
                parameters` states the rule.

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
            raise self._unexpected("restore", unexpected)
        parts = _restore_company_user.build_request(
            user_id,
            email=email,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return await self._call(
            _restore_company_user.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=user_status,
        )


class AsyncUsersWithRawResponse:
    """`client.users.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.list_page = async_raw_response(resource.list_page)
        self.create = async_raw_response(resource.create)
        self.suspend = async_raw_response(resource.suspend)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.restore = async_raw_response(resource.restore)
