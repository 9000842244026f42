from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyUserResource")


@_attrs_define
class CompanyUserResource:
    """A company user (resource type `users`).

    Example:
        {'type': 'users', 'id': 1, 'attributes': {'name': 'John Doe', 'email': 'john.doe@example.com', 'phone': None,
            'phone_code': None, 'createdAt': '2021-11-22T11:59:00.000000Z', 'updatedAt': '2021-11-22T11:59:00.000000Z'},
            'relationships': {'companyUsers': {'data': [{'type': 'companyUsers', 'id': 1}]}}}

    Attributes:
        type_ (str): Resource type, `users`.
        id (int): The user's id; pass it as `id` to retrieve, update, suspend or restore the user.
        attributes (CompanyUserAttributes | Unset): Attributes of a company user. Fields can be trimmed with
            `only`/`except`, so none is guaranteed. The create response spells the phone code `phone_code`, the other
            operations `phoneCode`; both are declared. Example: {'name': 'John Doe', 'email': 'john.doe@example.com',
            'phone': '07123456789', 'phoneCode': '44', 'createdAt': '2021-11-22T11:59:00.000000Z', 'updatedAt':
            '2021-11-22T11:59:00.000000Z', 'deletedAt': None}.
        relationships (CompanyUserRelationships | Unset): Related resources of a user; each lists identifiers whose
            details arrive in `included`. Example: {'companyUsers': {'data': [{'type': 'companyUsers', 'id': 1}]}, 'roles':
            {'data': [{'type': 'roles', 'id': 1}]}}.
    """

    type_: str
    id: int
    attributes: CompanyUserAttributes | Unset = UNSET
    relationships: CompanyUserRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

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
            _field = "type"
            type_ = d.pop("type")

            _field = "id"
            id = d.pop("id")

            _field = "attributes"
            _attributes = d.pop("attributes", UNSET)
            attributes: CompanyUserAttributes | Unset
            if isinstance(_attributes, Unset):
                attributes = UNSET
            else:
                attributes = CompanyUserAttributes.from_dict(_attributes)

            _field = "relationships"
            _relationships = d.pop("relationships", UNSET)
            relationships: CompanyUserRelationships | Unset
            if isinstance(_relationships, Unset):
                relationships = UNSET
            else:
                relationships = CompanyUserRelationships.from_dict(_relationships)

            _field = None
            company_user_resource = cls(
                type_=type_,
                id=id,
                attributes=attributes,
                relationships=relationships,
            )

            company_user_resource.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return company_user_resource

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CompanyUserResourceWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CompanyUserResourceWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        company_user_resource = object.__new__(cls)
        company_user_resource.type_ = wire.type_
        company_user_resource.id = wire.id
        _attributes = wire.attributes
        company_user_resource.attributes = (
            UNSET
            if _attributes is _WIRE_UNSET
            else CompanyUserAttributes._from_wire(_attributes)
        )
        _relationships = wire.relationships
        company_user_resource.relationships = (
            UNSET
            if _relationships is _WIRE_UNSET
            else CompanyUserRelationships._from_wire(_relationships)
        )
        company_user_resource.additional_properties = {}
        return company_user_resource

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
_CompanyUserResourceWire: Any = None
_CompanyUserAttributesWire: Any = None
_CompanyUserRelationshipsWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CompanyUserResourceWire`: `CompanyUserResource` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global \
        _CompanyUserResourceWire, \
        _WIRE_UNSET, \
        _CompanyUserAttributesWire, \
        _CompanyUserRelationshipsWire
    if _CompanyUserResourceWire is not None:
        return _CompanyUserResourceWire
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
            "type_": "type",
        },
    ):
        type_: Any
        id: Any
        attributes: _CompanyUserAttributesWire | msgspec.UnsetType = msgspec.UNSET
        relationships: _CompanyUserRelationshipsWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_CompanyUserResourceWire"
    # bound before the nested ones, which may refer back to this one
    _CompanyUserResourceWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.company_user_attributes import _wire as _company_user_attributes_wire

    _CompanyUserAttributesWire = _company_user_attributes_wire()
    from ..models.company_user_relationships import (
        _wire as _company_user_relationships_wire,
    )

    _CompanyUserRelationshipsWire = _company_user_relationships_wire()
    return Wire


from ..models.company_user_attributes import CompanyUserAttributes
from ..models.company_user_relationships import CompanyUserRelationships
