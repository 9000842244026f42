from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyUserRelationships")


@_attrs_define
class CompanyUserRelationships:
    """Related resources of a user; each lists identifiers whose details arrive in `included`.

    Example:
        {'companyUsers': {'data': [{'type': 'companyUsers', 'id': 1}]}, 'roles': {'data': [{'type': 'roles', 'id': 1}]}}

    Attributes:
        company_users (JsonApiToManyRelationship | Unset): A to-many relationship; the related resources arrive in
            `included` when requested with `include`. Example: {'data': [{'type': 'roles', 'id': 1}]}.
        roles (JsonApiToManyRelationship | Unset): A to-many relationship; the related resources arrive in `included`
            when requested with `include`. Example: {'data': [{'type': 'roles', 'id': 1}]}.
        visibility_groups (JsonApiToManyRelationship | Unset): A to-many relationship; the related resources arrive in
            `included` when requested with `include`. Example: {'data': [{'type': 'roles', 'id': 1}]}.
    """

    company_users: JsonApiToManyRelationship | Unset = UNSET
    roles: JsonApiToManyRelationship | Unset = UNSET
    visibility_groups: JsonApiToManyRelationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_users, Unset):
            company_users = self.company_users.to_dict()

        roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles.to_dict()

        visibility_groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility_groups, Unset):
            visibility_groups = self.visibility_groups.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_users is not UNSET:
            field_dict["companyUsers"] = company_users
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
            _field = "companyUsers"
            _company_users = d.pop("companyUsers", UNSET)
            company_users: JsonApiToManyRelationship | Unset
            if isinstance(_company_users, Unset):
                company_users = UNSET
            else:
                company_users = JsonApiToManyRelationship.from_dict(_company_users)

            _field = "roles"
            _roles = d.pop("roles", UNSET)
            roles: JsonApiToManyRelationship | Unset
            if isinstance(_roles, Unset):
                roles = UNSET
            else:
                roles = JsonApiToManyRelationship.from_dict(_roles)

            _field = "visibilityGroups"
            _visibility_groups = d.pop("visibilityGroups", UNSET)
            visibility_groups: JsonApiToManyRelationship | Unset
            if isinstance(_visibility_groups, Unset):
                visibility_groups = UNSET
            else:
                visibility_groups = JsonApiToManyRelationship.from_dict(
                    _visibility_groups
                )

            _field = None
            company_user_relationships = cls(
                company_users=company_users,
                roles=roles,
                visibility_groups=visibility_groups,
            )

            company_user_relationships.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return company_user_relationships

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CompanyUserRelationshipsWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CompanyUserRelationshipsWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        company_user_relationships = object.__new__(cls)
        _company_users = wire.company_users
        company_user_relationships.company_users = (
            UNSET
            if _company_users is _WIRE_UNSET
            else JsonApiToManyRelationship._from_wire(_company_users)
        )
        _roles = wire.roles
        company_user_relationships.roles = (
            UNSET
            if _roles is _WIRE_UNSET
            else JsonApiToManyRelationship._from_wire(_roles)
        )
        _visibility_groups = wire.visibility_groups
        company_user_relationships.visibility_groups = (
            UNSET
            if _visibility_groups is _WIRE_UNSET
            else JsonApiToManyRelationship._from_wire(_visibility_groups)
        )
        company_user_relationships.additional_properties = {}
        return company_user_relationships

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
_CompanyUserRelationshipsWire: Any = None
_JsonApiToManyRelationshipWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CompanyUserRelationshipsWire`: `CompanyUserRelationships` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _CompanyUserRelationshipsWire, _WIRE_UNSET, _JsonApiToManyRelationshipWire
    if _CompanyUserRelationshipsWire is not None:
        return _CompanyUserRelationshipsWire
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
            "company_users": "companyUsers",
            "visibility_groups": "visibilityGroups",
        },
    ):
        company_users: _JsonApiToManyRelationshipWire | msgspec.UnsetType = (
            msgspec.UNSET
        )
        roles: _JsonApiToManyRelationshipWire | msgspec.UnsetType = msgspec.UNSET
        visibility_groups: _JsonApiToManyRelationshipWire | msgspec.UnsetType = (
            msgspec.UNSET
        )

    Wire.__name__ = Wire.__qualname__ = "_CompanyUserRelationshipsWire"
    # bound before the nested ones, which may refer back to this one
    _CompanyUserRelationshipsWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.json_api_to_many_relationship import (
        _wire as _json_api_to_many_relationship_wire,
    )

    _JsonApiToManyRelationshipWire = _json_api_to_many_relationship_wire()
    return Wire


from ..models.json_api_to_many_relationship import JsonApiToManyRelationship
