from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncludedCompanyMembership")


@_attrs_define
class IncludedCompanyMembership:
    """An included `companyUsers` resource: the user's membership of the current company. Read its attributes from
    `attributes`, or from `atributes` where the vendor misspells the key (all of its examples do; the live API most
    likely sends `attributes`).

        Example:
            {'type': 'companyUsers', 'id': 1, 'atributes': {'isSelected': True, 'locale': None, 'acceptedTermsAt':
                '2021-11-22T11:59:00.000000Z', 'acceptedPrivacyAt': '2021-11-22T11:59:00.000000Z', 'acceptedEmailOptInAt':
                '2021-11-22T11:59:00.000000Z', 'createdAt': '2021-11-22T11:59:00.000000Z', 'updatedAt':
                '2021-11-22T11:59:00.000000Z', 'deletedAt': None}}

        Attributes:
            type_ (Literal['companyUsers']): Resource type, `companyUsers`.
            id (int): Membership id.
            attributes (CompanyMembershipAttributes | Unset): Attributes of an included `companyUsers` resource: the user's
                membership of the current company. Read them from `attributes`, or from `atributes` where the vendor misspells
                the key. Example: {'isSelected': True, 'locale': None, 'acceptedTermsAt': '2021-11-22T11:59:00.000000Z',
                'acceptedPrivacyAt': '2021-11-22T11:59:00.000000Z', 'acceptedEmailOptInAt': '2021-11-22T11:59:00.000000Z',
                'createdAt': '2021-11-22T11:59:00.000000Z', 'updatedAt': '2021-11-22T11:59:00.000000Z', 'deletedAt': None}.
            atributes (CompanyMembershipAttributes | Unset): Attributes of an included `companyUsers` resource: the user's
                membership of the current company. Read them from `attributes`, or from `atributes` where the vendor misspells
                the key. Example: {'isSelected': True, 'locale': None, 'acceptedTermsAt': '2021-11-22T11:59:00.000000Z',
                'acceptedPrivacyAt': '2021-11-22T11:59:00.000000Z', 'acceptedEmailOptInAt': '2021-11-22T11:59:00.000000Z',
                'createdAt': '2021-11-22T11:59:00.000000Z', 'updatedAt': '2021-11-22T11:59:00.000000Z', 'deletedAt': None}.
    """

    type_: Literal["companyUsers"]
    id: int
    attributes: CompanyMembershipAttributes | Unset = UNSET
    atributes: CompanyMembershipAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        atributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.atributes, Unset):
            atributes = self.atributes.to_dict()

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
        if atributes is not UNSET:
            field_dict["atributes"] = atributes

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
            type_ = cast(Literal["companyUsers"], d.pop("type"))
            if type_ != "companyUsers":
                raise ValueError(f"type must match const 'companyUsers', got '{type_}'")

            _field = "id"
            id = d.pop("id")

            _field = "attributes"
            _attributes = d.pop("attributes", UNSET)
            attributes: CompanyMembershipAttributes | Unset
            if isinstance(_attributes, Unset):
                attributes = UNSET
            else:
                attributes = CompanyMembershipAttributes.from_dict(_attributes)

            _field = "atributes"
            _atributes = d.pop("atributes", UNSET)
            atributes: CompanyMembershipAttributes | Unset
            if isinstance(_atributes, Unset):
                atributes = UNSET
            else:
                atributes = CompanyMembershipAttributes.from_dict(_atributes)

            _field = None
            included_company_membership = cls(
                type_=type_,
                id=id,
                attributes=attributes,
                atributes=atributes,
            )

            included_company_membership.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return included_company_membership

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_IncludedCompanyMembershipWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_IncludedCompanyMembershipWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        included_company_membership = object.__new__(cls)
        type_ = cast(Literal["companyUsers"], wire.type_)
        if type_ != "companyUsers":
            raise ValueError(f"type must match const 'companyUsers', got '{type_}'")
        included_company_membership.type_ = type_
        included_company_membership.id = wire.id
        _attributes = wire.attributes
        included_company_membership.attributes = (
            UNSET
            if _attributes is _WIRE_UNSET
            else CompanyMembershipAttributes._from_wire(_attributes)
        )
        _atributes = wire.atributes
        included_company_membership.atributes = (
            UNSET
            if _atributes is _WIRE_UNSET
            else CompanyMembershipAttributes._from_wire(_atributes)
        )
        included_company_membership.additional_properties = {}
        return included_company_membership

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
_IncludedCompanyMembershipWire: Any = None
_CompanyMembershipAttributesWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_IncludedCompanyMembershipWire`: `IncludedCompanyMembership` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _IncludedCompanyMembershipWire, _WIRE_UNSET, _CompanyMembershipAttributesWire
    if _IncludedCompanyMembershipWire is not None:
        return _IncludedCompanyMembershipWire
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
        attributes: _CompanyMembershipAttributesWire | msgspec.UnsetType = msgspec.UNSET
        atributes: _CompanyMembershipAttributesWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_IncludedCompanyMembershipWire"
    # bound before the nested ones, which may refer back to this one
    _IncludedCompanyMembershipWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.company_membership_attributes import (
        _wire as _company_membership_attributes_wire,
    )

    _CompanyMembershipAttributesWire = _company_membership_attributes_wire()
    return Wire


from ..models.company_membership_attributes import CompanyMembershipAttributes
