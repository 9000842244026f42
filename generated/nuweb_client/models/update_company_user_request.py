from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCompanyUserRequest")


@_attrs_define
class UpdateCompanyUserRequest:
    """Fields to change on the user given by `id`, which is needed. Inferred: the vendor marks no field as required, but
    the update names its user by `id` (it answers `422` without it). The rules for `name`, `email` and `password` are
    those of creation. An e-mail address of another user, or a role or visibility group id the company does not have, is
    a `422` too. An update without any other field changes nothing (the client refuses it).

        Example:
            {'id': 1, 'name': 'John Doe', 'email': 'email@example.com', 'password': 'password', 'acceptedTerms': True,
                'acceptedPrivacy': True, 'acceptedEmailOptIn': True, 'roles': [1], 'visibilityGroups': [1]}

        Attributes:
            id (int): ID of the user to update.
            name (str | Unset): The user's full name (not blank, at most 255 characters).
            email (str | Unset): The user's e-mail address.
            password (str | Unset): New password (at least 8 characters).
            accepted_terms (bool | Unset): Whether the user accepted the platform terms and conditions.
            accepted_privacy (bool | Unset): Whether the user accepted the privacy policy.
            accepted_email_opt_in (bool | Unset): Whether the user opted in to e-mails.
            roles (list[int] | Unset): IDs of the roles to assign to the user (ids come from the admin UI; no endpoint lists
                roles).
            visibility_groups (list[int] | Unset): IDs of the visibility groups to assign to the user. Inferred: appears in
                the vendor's request example but not in its schema, so it is probably accepted.
    """

    id: int
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    password: str | Unset = UNSET
    accepted_terms: bool | Unset = UNSET
    accepted_privacy: bool | Unset = UNSET
    accepted_email_opt_in: bool | Unset = UNSET
    roles: list[int] | Unset = UNSET
    visibility_groups: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        password = self.password

        accepted_terms = self.accepted_terms

        accepted_privacy = self.accepted_privacy

        accepted_email_opt_in = self.accepted_email_opt_in

        roles: list[int] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        visibility_groups: list[int] | Unset = UNSET
        if not isinstance(self.visibility_groups, Unset):
            visibility_groups = self.visibility_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if accepted_terms is not UNSET:
            field_dict["acceptedTerms"] = accepted_terms
        if accepted_privacy is not UNSET:
            field_dict["acceptedPrivacy"] = accepted_privacy
        if accepted_email_opt_in is not UNSET:
            field_dict["acceptedEmailOptIn"] = accepted_email_opt_in
        if roles is not UNSET:
            field_dict["roles"] = roles
        if visibility_groups is not UNSET:
            field_dict["visibilityGroups"] = visibility_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON; a value that does not fit raises `ModelFieldError` naming its field."""
        _field: str | None = None
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(
                    f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            _field = "id"
            id = d.pop("id")

            _field = "name"
            name = d.pop("name", UNSET)

            _field = "email"
            email = d.pop("email", UNSET)

            _field = "password"
            password = d.pop("password", UNSET)

            _field = "acceptedTerms"
            accepted_terms = d.pop("acceptedTerms", UNSET)

            _field = "acceptedPrivacy"
            accepted_privacy = d.pop("acceptedPrivacy", UNSET)

            _field = "acceptedEmailOptIn"
            accepted_email_opt_in = d.pop("acceptedEmailOptIn", UNSET)

            _field = "roles"
            roles = d.pop("roles", UNSET)

            _field = "visibilityGroups"
            visibility_groups = d.pop("visibilityGroups", UNSET)

            _field = None
            update_company_user_request = cls(
                id=id,
                name=name,
                email=email,
                password=password,
                accepted_terms=accepted_terms,
                accepted_privacy=accepted_privacy,
                accepted_email_opt_in=accepted_email_opt_in,
                roles=roles,
                visibility_groups=visibility_groups,
            )

            update_company_user_request.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return update_company_user_request

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_UpdateCompanyUserRequestWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_UpdateCompanyUserRequestWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        update_company_user_request = object.__new__(cls)
        update_company_user_request.id = wire.id
        update_company_user_request.name = wire.name
        update_company_user_request.email = wire.email
        update_company_user_request.password = wire.password
        update_company_user_request.accepted_terms = wire.accepted_terms
        update_company_user_request.accepted_privacy = wire.accepted_privacy
        update_company_user_request.accepted_email_opt_in = wire.accepted_email_opt_in
        roles = wire.roles

        update_company_user_request.roles = roles
        visibility_groups = wire.visibility_groups

        update_company_user_request.visibility_groups = visibility_groups
        update_company_user_request.additional_properties = {}
        return update_company_user_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The msgspec Structs of the fast path are defined by `_wire()` on the second body a model decodes, so a
# program that makes one call never loads msgspec (see `clientkit.decoding.decode_model`).
_UpdateCompanyUserRequestWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_UpdateCompanyUserRequestWire`: `UpdateCompanyUserRequest` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _UpdateCompanyUserRequestWire, _WIRE_UNSET
    if _UpdateCompanyUserRequestWire is not None:
        return _UpdateCompanyUserRequestWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(
        msgspec.Struct,
        kw_only=True,
        gc=False,
        forbid_unknown_fields=True,
        rename={
            "accepted_terms": "acceptedTerms",
            "accepted_privacy": "acceptedPrivacy",
            "accepted_email_opt_in": "acceptedEmailOptIn",
            "visibility_groups": "visibilityGroups",
        },
    ):
        id: Any
        name: Any = UNSET
        email: Any = UNSET
        password: Any = UNSET
        accepted_terms: Any = UNSET
        accepted_privacy: Any = UNSET
        accepted_email_opt_in: Any = UNSET
        roles: Any = UNSET
        visibility_groups: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_UpdateCompanyUserRequestWire"
    # bound before the nested ones, which may refer back to this one
    _UpdateCompanyUserRequestWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
