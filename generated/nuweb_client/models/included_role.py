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

T = TypeVar("T", bound="IncludedRole")


@_attrs_define
class IncludedRole:
    """An included `roles` resource (role ids come from the admin UI).

    Example:
        {'type': 'roles', 'id': 1, 'attributes': {'title': 'Role title'}}

    Attributes:
        type_ (Literal['roles']): Resource type, `roles`.
        id (int): Role id.
        attributes (RoleAttributes | Unset): Attributes of an included `roles` resource. The vendor's examples show only
            `title`; its changelog (24 Jan 2022) lists `createdAt` and `updatedAt` of included `roles` among the timestamps
            moved to ISO 8601, so they are declared too (optional). Example: {'title': 'Role title'}.
    """

    type_: Literal["roles"]
    id: int
    attributes: RoleAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

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
            type_ = cast(Literal["roles"], d.pop("type"))
            if type_ != "roles":
                raise ValueError(f"type must match const 'roles', got '{type_}'")

            _field = "id"
            id = d.pop("id")

            _field = "attributes"
            _attributes = d.pop("attributes", UNSET)
            attributes: RoleAttributes | Unset
            if isinstance(_attributes, Unset):
                attributes = UNSET
            else:
                attributes = RoleAttributes.from_dict(_attributes)

            _field = None
            included_role = cls(
                type_=type_,
                id=id,
                attributes=attributes,
            )

            included_role.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return included_role

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_IncludedRoleWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_IncludedRoleWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        included_role = object.__new__(cls)
        type_ = cast(Literal["roles"], wire.type_)
        if type_ != "roles":
            raise ValueError(f"type must match const 'roles', got '{type_}'")
        included_role.type_ = type_
        included_role.id = wire.id
        _attributes = wire.attributes
        included_role.attributes = (
            UNSET
            if _attributes is _WIRE_UNSET
            else RoleAttributes._from_wire(_attributes)
        )
        included_role.additional_properties = {}
        return included_role

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
_IncludedRoleWire: Any = None
_RoleAttributesWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_IncludedRoleWire`: `IncludedRole` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _IncludedRoleWire, _WIRE_UNSET, _RoleAttributesWire
    if _IncludedRoleWire is not None:
        return _IncludedRoleWire
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
        attributes: _RoleAttributesWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_IncludedRoleWire"
    # bound before the nested ones, which may refer back to this one
    _IncludedRoleWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.role_attributes import _wire as _role_attributes_wire

    _RoleAttributesWire = _role_attributes_wire()
    return Wire


from ..models.role_attributes import RoleAttributes
