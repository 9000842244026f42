from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonApiIncludedResource")


@_attrs_define
class JsonApiIncludedResource:
    """An included resource of a type not described by its own schema (the API adds fields and may add types within a
    version). Its attributes are an open object.

        Attributes:
            type_ (str): Resource type (anything but `companyUsers`, `roles` and `visibilityGroups`).
            id (int): Resource id.
            attributes (JsonApiIncludedResourceAttributes | Unset): Attributes of the resource (open object).
            atributes (JsonApiIncludedResourceAtributes | Unset): Misspelled copy of `attributes`, as the vendor writes it
                for some types.
    """

    type_: str
    id: int
    attributes: JsonApiIncludedResourceAttributes | Unset = UNSET
    atributes: JsonApiIncludedResourceAtributes | Unset = UNSET
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
            type_ = d.pop("type")

            _field = "id"
            id = d.pop("id")

            _field = "attributes"
            _attributes = d.pop("attributes", UNSET)
            attributes: JsonApiIncludedResourceAttributes | Unset
            if isinstance(_attributes, Unset):
                attributes = UNSET
            else:
                attributes = JsonApiIncludedResourceAttributes.from_dict(_attributes)

            _field = "atributes"
            _atributes = d.pop("atributes", UNSET)
            atributes: JsonApiIncludedResourceAtributes | Unset
            if isinstance(_atributes, Unset):
                atributes = UNSET
            else:
                atributes = JsonApiIncludedResourceAtributes.from_dict(_atributes)

            _field = None
            json_api_included_resource = cls(
                type_=type_,
                id=id,
                attributes=attributes,
                atributes=atributes,
            )

            json_api_included_resource.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return json_api_included_resource

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_JsonApiIncludedResourceWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_JsonApiIncludedResourceWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        json_api_included_resource = object.__new__(cls)
        json_api_included_resource.type_ = wire.type_
        json_api_included_resource.id = wire.id
        _attributes = wire.attributes
        json_api_included_resource.attributes = (
            UNSET
            if _attributes is _WIRE_UNSET
            else JsonApiIncludedResourceAttributes._from_wire(_attributes)
        )
        _atributes = wire.atributes
        json_api_included_resource.atributes = (
            UNSET
            if _atributes is _WIRE_UNSET
            else JsonApiIncludedResourceAtributes._from_wire(_atributes)
        )
        json_api_included_resource.additional_properties = {}
        return json_api_included_resource

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
_JsonApiIncludedResourceWire: Any = None
_JsonApiIncludedResourceAtributesWire: Any = None
_JsonApiIncludedResourceAttributesWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_JsonApiIncludedResourceWire`: `JsonApiIncludedResource` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global \
        _JsonApiIncludedResourceWire, \
        _WIRE_UNSET, \
        _JsonApiIncludedResourceAtributesWire, \
        _JsonApiIncludedResourceAttributesWire
    if _JsonApiIncludedResourceWire is not None:
        return _JsonApiIncludedResourceWire
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
        attributes: _JsonApiIncludedResourceAttributesWire | msgspec.UnsetType = (
            msgspec.UNSET
        )
        atributes: _JsonApiIncludedResourceAtributesWire | msgspec.UnsetType = (
            msgspec.UNSET
        )

    Wire.__name__ = Wire.__qualname__ = "_JsonApiIncludedResourceWire"
    # bound before the nested ones, which may refer back to this one
    _JsonApiIncludedResourceWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.json_api_included_resource_atributes import (
        _wire as _json_api_included_resource_atributes_wire,
    )

    _JsonApiIncludedResourceAtributesWire = _json_api_included_resource_atributes_wire()
    from ..models.json_api_included_resource_attributes import (
        _wire as _json_api_included_resource_attributes_wire,
    )

    _JsonApiIncludedResourceAttributesWire = (
        _json_api_included_resource_attributes_wire()
    )
    return Wire


from ..models.json_api_included_resource_atributes import (
    JsonApiIncludedResourceAtributes,
)
from ..models.json_api_included_resource_attributes import (
    JsonApiIncludedResourceAttributes,
)
