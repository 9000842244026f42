from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonApiToManyRelationship")


@_attrs_define
class JsonApiToManyRelationship:
    """A to-many relationship; the related resources arrive in `included` when requested with `include`.

    Example:
        {'data': [{'type': 'roles', 'id': 1}]}

    Attributes:
        data (list[JsonApiResourceIdentifier] | Unset):
    """

    data: list[JsonApiResourceIdentifier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

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
            _field = "data"
            _data = d.pop("data", UNSET)
            data: list[JsonApiResourceIdentifier] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = JsonApiResourceIdentifier.from_dict(data_item_data)

                    data.append(data_item)

            _field = None
            json_api_to_many_relationship = cls(
                data=data,
            )

            json_api_to_many_relationship.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return json_api_to_many_relationship

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_JsonApiToManyRelationshipWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_JsonApiToManyRelationshipWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        json_api_to_many_relationship = object.__new__(cls)
        _data = wire.data
        json_api_to_many_relationship.data = (
            UNSET
            if _data is _WIRE_UNSET
            else [JsonApiResourceIdentifier._from_wire(item) for item in _data]
        )
        json_api_to_many_relationship.additional_properties = {}
        return json_api_to_many_relationship

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
_JsonApiToManyRelationshipWire: Any = None
_JsonApiResourceIdentifierWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_JsonApiToManyRelationshipWire`: `JsonApiToManyRelationship` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _JsonApiToManyRelationshipWire, _WIRE_UNSET, _JsonApiResourceIdentifierWire
    if _JsonApiToManyRelationshipWire is not None:
        return _JsonApiToManyRelationshipWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        data: list[_JsonApiResourceIdentifierWire] | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_JsonApiToManyRelationshipWire"
    # bound before the nested ones, which may refer back to this one
    _JsonApiToManyRelationshipWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.json_api_resource_identifier import (
        _wire as _json_api_resource_identifier_wire,
    )

    _JsonApiResourceIdentifierWire = _json_api_resource_identifier_wire()
    return Wire


from ..models.json_api_resource_identifier import JsonApiResourceIdentifier
