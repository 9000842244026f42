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

T = TypeVar("T", bound="IncludedVisibilityGroup")


@_attrs_define
class IncludedVisibilityGroup:
    """An included `visibilityGroups` resource. Read its attributes from `attributes`, or from `atributes` where the vendor
    misspells the key (its create example does).

        Example:
            {'type': 'visibilityGroups', 'id': 1, 'attributes': {'name': 'Bristol Group', 'createdAt':
                '2021-11-22T11:59:00.000000Z', 'updatedAt': '2021-11-22T11:59:00.000000Z'}}

        Attributes:
            type_ (Literal['visibilityGroups']): Resource type, `visibilityGroups`.
            id (int): Visibility group id.
            attributes (VisibilityGroupAttributes | Unset): Attributes of an included `visibilityGroups` resource. Example:
                {'name': 'Bristol Group', 'createdAt': '2021-11-22T11:59:00.000000Z', 'updatedAt':
                '2021-11-22T11:59:00.000000Z'}.
            atributes (VisibilityGroupAttributes | Unset): Attributes of an included `visibilityGroups` resource. Example:
                {'name': 'Bristol Group', 'createdAt': '2021-11-22T11:59:00.000000Z', 'updatedAt':
                '2021-11-22T11:59:00.000000Z'}.
    """

    type_: Literal["visibilityGroups"]
    id: int
    attributes: VisibilityGroupAttributes | Unset = UNSET
    atributes: VisibilityGroupAttributes | Unset = UNSET
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
            type_ = cast(Literal["visibilityGroups"], d.pop("type"))
            if type_ != "visibilityGroups":
                raise ValueError(
                    f"type must match const 'visibilityGroups', got '{type_}'"
                )

            _field = "id"
            id = d.pop("id")

            _field = "attributes"
            _attributes = d.pop("attributes", UNSET)
            attributes: VisibilityGroupAttributes | Unset
            if isinstance(_attributes, Unset):
                attributes = UNSET
            else:
                attributes = VisibilityGroupAttributes.from_dict(_attributes)

            _field = "atributes"
            _atributes = d.pop("atributes", UNSET)
            atributes: VisibilityGroupAttributes | Unset
            if isinstance(_atributes, Unset):
                atributes = UNSET
            else:
                atributes = VisibilityGroupAttributes.from_dict(_atributes)

            _field = None
            included_visibility_group = cls(
                type_=type_,
                id=id,
                attributes=attributes,
                atributes=atributes,
            )

            included_visibility_group.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return included_visibility_group

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_IncludedVisibilityGroupWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_IncludedVisibilityGroupWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        included_visibility_group = object.__new__(cls)
        type_ = cast(Literal["visibilityGroups"], wire.type_)
        if type_ != "visibilityGroups":
            raise ValueError(f"type must match const 'visibilityGroups', got '{type_}'")
        included_visibility_group.type_ = type_
        included_visibility_group.id = wire.id
        _attributes = wire.attributes
        included_visibility_group.attributes = (
            UNSET
            if _attributes is _WIRE_UNSET
            else VisibilityGroupAttributes._from_wire(_attributes)
        )
        _atributes = wire.atributes
        included_visibility_group.atributes = (
            UNSET
            if _atributes is _WIRE_UNSET
            else VisibilityGroupAttributes._from_wire(_atributes)
        )
        included_visibility_group.additional_properties = {}
        return included_visibility_group

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
_IncludedVisibilityGroupWire: Any = None
_VisibilityGroupAttributesWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_IncludedVisibilityGroupWire`: `IncludedVisibilityGroup` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _IncludedVisibilityGroupWire, _WIRE_UNSET, _VisibilityGroupAttributesWire
    if _IncludedVisibilityGroupWire is not None:
        return _IncludedVisibilityGroupWire
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
        attributes: _VisibilityGroupAttributesWire | msgspec.UnsetType = msgspec.UNSET
        atributes: _VisibilityGroupAttributesWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_IncludedVisibilityGroupWire"
    # bound before the nested ones, which may refer back to this one
    _IncludedVisibilityGroupWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.visibility_group_attributes import (
        _wire as _visibility_group_attributes_wire,
    )

    _VisibilityGroupAttributesWire = _visibility_group_attributes_wire()
    return Wire


from ..models.visibility_group_attributes import VisibilityGroupAttributes
