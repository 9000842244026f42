"""`client.users`: the company's admin-area users: list (every page, lazily), get, create, update, suspend, restore.

Every method answers with flat objects (`CompanyUser`, `UserPage`,
`UserStatus`); the generated documents stay available as `.raw`. Users are
picked by id or by e-mail (exactly one). "Suspend" is NU Web's reversible
delete; `restore` undoes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeAlias

from clientkit import Secret
from clientkit.arguments import as_enum, as_int_id, positive, require_text
from clientkit.resource import ArgumentError, AsyncResource, Call, SyncResource
from nuweb._jsonapi import Document, key_of
from nuweb._paging import DEFAULT_LIMIT, AsyncJsonApiPaginator, JsonApiPaginator, Page, by_id, links_of, total_of
from nuweb.objects import CompanyUser, UserStatus
from nuweb.resources._common import Names, comma_list, reveal, unset
from nuweb_client.api.company_users import (
    create_company_user,
    get_company_user,
    list_company_users,
    restore_company_user,
    suspend_company_user,
    update_company_user,
)
from nuweb_client.models import (
    CompanyUserDocument,
    CompanyUserList,
    CompanyUserStatusMessage,
    CreateCompanyUserRequest,
    IncludedCompanyMembership,
    IncludedRole,
    IncludedVisibilityGroup,
    JsonApiIncludedResource,
    RegistrationSource,
    UpdateCompanyUserRequest,
    WithTrashedFlag,
)
from nuweb_client.types import UNSET, Unset

INCLUDE_ALL = "companyUsers,roles,visibilityGroups"  # everything a user relates to, resolved by default
UserPage: TypeAlias = Page[CompanyUser]


# --- calls ------------------------------------------------------------------------------------
def _selector(user_id: int | str | None, email: str | None) -> dict[str, Any]:
    """NU Web picks a user by `id` or by `email` in the query; exactly one must be given."""
    if (user_id is None) == (email is None):
        raise ArgumentError("pass exactly one of user_id and email")
    if user_id is not None:
        return {"id": as_int_id(user_id, "user_id")}
    return {"email": require_text(email, "email")}


def _reading(include: Names, with_trashed: bool, only: Names, exclude: Names) -> dict[str, Any]:
    if not isinstance(with_trashed, bool):
        raise ArgumentError(f"with_trashed must be True or False, got {with_trashed!r}")
    params: dict[str, Any] = {
        "include": comma_list(include, "include"),
        "only": comma_list(only, "only"),
        "except_": comma_list(exclude, "exclude"),
        "with_trashed": WithTrashedFlag.TRUE if with_trashed else None,
    }
    return {key: value for key, value in params.items() if value is not None}


def _ids(values: Iterable[int] | None, name: str) -> list[int] | Unset:
    if values is None:
        return UNSET
    if isinstance(values, str | bytes):
        raise ArgumentError(f"{name} must be a list of ids, not {values!r}")
    return [positive(value, name) for value in values]


def list_page_call(
    *, page: int, limit: int, include: Names, with_trashed: bool, only: Names, exclude: Names
) -> Call[CompanyUserList]:
    params = {"page": positive(page, "page"), "limit": positive(limit, "limit")}
    return Call(list_company_users, CompanyUserList, {**params, **_reading(include, with_trashed, only, exclude)})


def get_call(
    user_id: int | str | None, *, email: str | None, include: Names, with_trashed: bool, only: Names, exclude: Names
) -> Call[CompanyUserDocument]:
    params = {**_selector(user_id, email), **_reading(include, with_trashed, only, exclude)}
    return Call(get_company_user, CompanyUserDocument, params)


def create_call(
    *, name: str, email: str, password: str | Secret | None, registration_source: RegistrationSource | str | None
) -> Call[CompanyUserDocument]:
    source = as_enum(registration_source, RegistrationSource, "registration_source") if registration_source else None
    body = CreateCompanyUserRequest(
        name=require_text(name, "name"),
        email=require_text(email, "email"),
        password=unset(reveal(password, "password")),
        registration_source=unset(source),
    )
    return Call(create_company_user, CompanyUserDocument, {"body": body})


def update_call(
    user_id: int | str,
    *,
    name: str | None,
    email: str | None,
    password: str | Secret | None,
    accepted_terms: bool | None,
    accepted_privacy: bool | None,
    accepted_email_opt_in: bool | None,
    roles: Iterable[int] | None,
    visibility_groups: Iterable[int] | None,
) -> Call[CompanyUserDocument]:
    changes = (name, email, password, accepted_terms, accepted_privacy, accepted_email_opt_in, roles, visibility_groups)
    if all(value is None for value in changes):
        raise ArgumentError("update needs at least one field to change")
    body = UpdateCompanyUserRequest(
        id=as_int_id(user_id, "user_id"),
        name=unset(require_text(name, "name") if name is not None else None),
        email=unset(require_text(email, "email") if email is not None else None),
        password=unset(reveal(password, "password")),
        accepted_terms=unset(accepted_terms),
        accepted_privacy=unset(accepted_privacy),
        accepted_email_opt_in=unset(accepted_email_opt_in),
        roles=_ids(roles, "roles"),
        visibility_groups=_ids(visibility_groups, "visibility_groups"),
    )
    return Call(update_company_user, CompanyUserDocument, {"body": body})


def suspend_call(user_id: int | str | None, email: str | None) -> Call[CompanyUserStatusMessage]:
    return Call(suspend_company_user, CompanyUserStatusMessage, _selector(user_id, email))


def restore_call(user_id: int | str | None, email: str | None) -> Call[CompanyUserStatusMessage]:
    return Call(restore_company_user, CompanyUserStatusMessage, _selector(user_id, email))


# --- answers -> objects -----------------------------------------------------------------------
Included = IncludedCompanyMembership | IncludedRole | IncludedVisibilityGroup | JsonApiIncludedResource


def _included(value: list[Included] | Unset) -> list[Included]:
    return [] if isinstance(value, Unset) else value


def user_from_document(document: CompanyUserDocument) -> CompanyUser:
    index = Document(item.to_dict() for item in _included(document.included))
    return CompanyUser.from_flat(index.flatten(document.data.to_dict()), raw=document)


def users_page(raw: CompanyUserList, *, number: int, limit: int) -> UserPage:
    """The page's users, each with `raw` = a document of that user and its share of `included`."""
    included = _included(raw.included)
    index = Document(item.to_dict() for item in included)
    models = {key_of(item.type_, item.id): item for item in included}
    users: list[CompanyUser] = []
    for resource in raw.data:
        flat = index.flatten(resource.to_dict())
        own = [models[key] for key in flat.related_keys() if key in models]
        document = CompanyUserDocument(data=resource, included=own if own else UNSET)
        users.append(CompanyUser.from_flat(flat, raw=document))
    return Page(
        items=tuple(users), number=number, limit=limit, total=total_of(raw.meta), links=links_of(raw.links), raw=raw
    )


def status_from(raw: CompanyUserStatusMessage) -> UserStatus:
    message = raw.message if isinstance(raw.message, str) else None
    data = {} if isinstance(raw.data, Unset) else raw.data.to_dict()
    return UserStatus(message=message, data=data, raw=raw)


def _first_cursor(
    *, page: int, limit: int, include: Names, with_trashed: bool, only: Names, exclude: Names
) -> dict[str, Any]:
    list_page_call(page=page, limit=limit, include=include, with_trashed=with_trashed, only=only, exclude=exclude)
    return {
        "page": page,
        "limit": limit,
        "include": comma_list(include, "include"),
        "with_trashed": with_trashed,
        "only": comma_list(only, "only"),
        "exclude": comma_list(exclude, "exclude"),
    }


class Users(SyncResource):
    def list(
        self,
        *,
        limit: int = DEFAULT_LIMIT,
        page: int = 1,
        include: Names = INCLUDE_ALL,
        with_trashed: bool = False,
        only: Names = None,
        exclude: Names = None,
        max_pages: int | None = None,
        dedupe: bool = False,
    ) -> JsonApiPaginator[CompanyUser]:
        """Every user, fetched page by page as you iterate; `dedupe=True` never yields an id twice."""
        first = _first_cursor(
            page=page, limit=limit, include=include, with_trashed=with_trashed, only=only, exclude=exclude
        )
        return JsonApiPaginator(
            lambda cursor: self.list_page(**cursor), first, identity=by_id, max_pages=max_pages, dedupe=dedupe
        )

    def list_page(
        self,
        *,
        page: int = 1,
        limit: int = DEFAULT_LIMIT,
        include: Names = INCLUDE_ALL,
        with_trashed: bool = False,
        only: Names = None,
        exclude: Names = None,
    ) -> UserPage:
        call = list_page_call(
            page=page, limit=limit, include=include, with_trashed=with_trashed, only=only, exclude=exclude
        )
        return users_page(self._run(call), number=page, limit=limit)

    def get(
        self,
        user_id: int | str | None = None,
        *,
        email: str | None = None,
        include: Names = INCLUDE_ALL,
        with_trashed: bool = False,
        only: Names = None,
        exclude: Names = None,
    ) -> CompanyUser:
        """One user by id or by e-mail; suspended users only with `with_trashed=True`."""
        call = get_call(user_id, email=email, include=include, with_trashed=with_trashed, only=only, exclude=exclude)
        return user_from_document(self._run(call))

    def create(
        self,
        *,
        name: str,
        email: str,
        password: str | Secret | None = None,
        registration_source: RegistrationSource | str | None = None,
    ) -> CompanyUser:
        """Add a user (an existing account with that e-mail is attached instead). Never retried once sent."""
        return user_from_document(
            self._run(create_call(name=name, email=email, password=password, registration_source=registration_source))
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
        roles: Iterable[int] | None = None,
        visibility_groups: Iterable[int] | None = None,
    ) -> CompanyUser:
        """Change the given fields; `roles`/`visibility_groups` replace the user's ids. Never retried once sent."""
        call = update_call(
            user_id,
            name=name,
            email=email,
            password=password,
            accepted_terms=accepted_terms,
            accepted_privacy=accepted_privacy,
            accepted_email_opt_in=accepted_email_opt_in,
            roles=roles,
            visibility_groups=visibility_groups,
        )
        return user_from_document(self._run(call))

    def suspend(self, user_id: int | str | None = None, *, email: str | None = None) -> UserStatus:
        """NU Web's (reversible) delete: removes the user's access to this company only."""
        return status_from(self._run(suspend_call(user_id, email)))

    def restore(self, user_id: int | str | None = None, *, email: str | None = None) -> UserStatus:
        return status_from(self._run(restore_call(user_id, email)))


class AsyncUsers(AsyncResource):
    def list(
        self,
        *,
        limit: int = DEFAULT_LIMIT,
        page: int = 1,
        include: Names = INCLUDE_ALL,
        with_trashed: bool = False,
        only: Names = None,
        exclude: Names = None,
        max_pages: int | None = None,
        dedupe: bool = False,
        prefetch: int = 0,
    ) -> AsyncJsonApiPaginator[CompanyUser]:
        """`async for` over every user; `prefetch=N` keeps up to N next pages in flight."""
        first = _first_cursor(
            page=page, limit=limit, include=include, with_trashed=with_trashed, only=only, exclude=exclude
        )
        return AsyncJsonApiPaginator(
            lambda cursor: self.list_page(**cursor),
            first,
            identity=by_id,
            max_pages=max_pages,
            dedupe=dedupe,
            prefetch=prefetch,
        )

    async def list_page(
        self,
        *,
        page: int = 1,
        limit: int = DEFAULT_LIMIT,
        include: Names = INCLUDE_ALL,
        with_trashed: bool = False,
        only: Names = None,
        exclude: Names = None,
    ) -> UserPage:
        call = list_page_call(
            page=page, limit=limit, include=include, with_trashed=with_trashed, only=only, exclude=exclude
        )
        return users_page(await self._run(call), number=page, limit=limit)

    async def get(
        self,
        user_id: int | str | None = None,
        *,
        email: str | None = None,
        include: Names = INCLUDE_ALL,
        with_trashed: bool = False,
        only: Names = None,
        exclude: Names = None,
    ) -> CompanyUser:
        call = get_call(user_id, email=email, include=include, with_trashed=with_trashed, only=only, exclude=exclude)
        return user_from_document(await self._run(call))

    async def create(
        self,
        *,
        name: str,
        email: str,
        password: str | Secret | None = None,
        registration_source: RegistrationSource | str | None = None,
    ) -> CompanyUser:
        return user_from_document(
            await self._run(
                create_call(name=name, email=email, password=password, registration_source=registration_source)
            )
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
        roles: Iterable[int] | None = None,
        visibility_groups: Iterable[int] | None = None,
    ) -> CompanyUser:
        call = update_call(
            user_id,
            name=name,
            email=email,
            password=password,
            accepted_terms=accepted_terms,
            accepted_privacy=accepted_privacy,
            accepted_email_opt_in=accepted_email_opt_in,
            roles=roles,
            visibility_groups=visibility_groups,
        )
        return user_from_document(await self._run(call))

    async def suspend(self, user_id: int | str | None = None, *, email: str | None = None) -> UserStatus:
        return status_from(await self._run(suspend_call(user_id, email)))

    async def restore(self, user_id: int | str | None = None, *, email: str | None = None) -> UserStatus:
        return status_from(await self._run(restore_call(user_id, email)))
