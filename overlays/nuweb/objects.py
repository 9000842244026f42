"""What the NU Web client returns: flat, typed, immutable objects instead of JSON:API documents.

`CompanyUser` has the user's attributes as fields, its related roles,
visibility groups and company memberships resolved from `included`, every
attribute the spec does not name in `extra`, and the generated document model
in `raw`, so nothing the server sent is lost.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from nuweb._jsonapi import EMPTY, Attr, Flat, Related, empty, flag, split_attributes, text, timestamp
from nuweb_client.models import CompanyUserDocument, CompanyUserStatusMessage

R = TypeVar("R")


def _related(build: Callable[..., R], spec: Sequence[Attr], related: Related) -> R:
    values, extra = split_attributes(related.attributes or EMPTY, spec, f"{related.type}[{related.id}]")
    return build(id=related.id, included=related.included, extra=extra, **values)


ROLE_ATTRIBUTES = (Attr.of("title", parse=text),)
VISIBILITY_GROUP_ATTRIBUTES = (
    Attr.of("name", parse=text),
    Attr.of("created_at", "createdAt", parse=timestamp),
    Attr.of("updated_at", "updatedAt", parse=timestamp),
)
MEMBERSHIP_ATTRIBUTES = (
    Attr.of("is_selected", "isSelected", parse=flag),
    Attr.of("locale", parse=text),
    Attr.of("accepted_terms_at", "acceptedTermsAt", parse=timestamp),
    Attr.of("accepted_privacy_at", "acceptedPrivacyAt", parse=timestamp),
    Attr.of("accepted_email_opt_in_at", "acceptedEmailOptInAt", parse=timestamp),
    Attr.of("created_at", "createdAt", parse=timestamp),
    Attr.of("updated_at", "updatedAt", parse=timestamp),
    Attr.of("deleted_at", "deletedAt", parse=timestamp),
)
USER_ATTRIBUTES = (
    Attr.of("name", parse=text),
    Attr.of("email", parse=text),
    Attr.of("phone", parse=text),
    Attr.of("phone_code", "phoneCode", "phone_code", parse=text),  # create answers with `phone_code`
    Attr.of("created_at", "createdAt", parse=timestamp),
    Attr.of("updated_at", "updatedAt", parse=timestamp),
    Attr.of("deleted_at", "deletedAt", parse=timestamp),
)


@dataclass(frozen=True, kw_only=True)
class Role:
    """A role of the user; `included` is False (and `title` None) when `include` did not ask for roles."""

    id: int | str
    title: str | None = None
    included: bool = False
    extra: Mapping[str, Any] = field(default_factory=empty, hash=False)

    @classmethod
    def from_related(cls, related: Related) -> Role:
        return _related(cls, ROLE_ATTRIBUTES, related)


@dataclass(frozen=True, kw_only=True)
class VisibilityGroup:
    """A visibility group (which events and data the user may see)."""

    id: int | str
    name: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    included: bool = False
    extra: Mapping[str, Any] = field(default_factory=empty, hash=False)

    @classmethod
    def from_related(cls, related: Related) -> VisibilityGroup:
        return _related(cls, VISIBILITY_GROUP_ATTRIBUTES, related)


@dataclass(frozen=True, kw_only=True)
class CompanyMembership:
    """The user's membership of a company (resource `companyUsers`): language and acceptance dates."""

    id: int | str
    is_selected: bool | None = None
    locale: str | None = None
    accepted_terms_at: datetime.datetime | None = None
    accepted_privacy_at: datetime.datetime | None = None
    accepted_email_opt_in_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    included: bool = False
    extra: Mapping[str, Any] = field(default_factory=empty, hash=False)

    @classmethod
    def from_related(cls, related: Related) -> CompanyMembership:
        return _related(cls, MEMBERSHIP_ATTRIBUTES, related)


@dataclass(frozen=True, kw_only=True)
class CompanyUser:
    """An admin-area user of the company. Attributes trimmed with `only`/`except` are None."""

    id: int | str
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    phone_code: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    memberships: tuple[CompanyMembership, ...] = ()
    roles: tuple[Role, ...] = ()
    visibility_groups: tuple[VisibilityGroup, ...] = ()
    relationships: Mapping[str, tuple[Related, ...]] = field(default_factory=empty, hash=False, repr=False)
    extra: Mapping[str, Any] = field(default_factory=empty, hash=False)
    raw: CompanyUserDocument = field(hash=False, compare=False, repr=False)

    @property
    def suspended(self) -> bool:
        """True once the user was suspended (`deletedAt` set); such users are listed only with `with_trashed`."""
        return self.deleted_at is not None

    @classmethod
    def from_flat(cls, flat: Flat, *, raw: CompanyUserDocument) -> CompanyUser:
        values, extra = split_attributes(flat.attributes, USER_ATTRIBUTES, f"{flat.type}[{flat.id}]")
        relationships = flat.relationships
        return cls(
            id=flat.id,
            memberships=tuple(CompanyMembership.from_related(r) for r in relationships.get("companyUsers", ())),
            roles=tuple(Role.from_related(r) for r in relationships.get("roles", ())),
            visibility_groups=tuple(VisibilityGroup.from_related(r) for r in relationships.get("visibilityGroups", ())),
            relationships=relationships,
            extra=extra,
            raw=raw,
            **values,
        )


@dataclass(frozen=True, kw_only=True)
class UserStatus:
    """The answer to suspending or restoring a user, e.g. `User 'John Doe' suspended successfully!`."""

    message: str | None
    data: Mapping[str, Any] = field(default_factory=empty, hash=False)
    raw: CompanyUserStatusMessage = field(hash=False, compare=False, repr=False)
