from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, field_failed

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


from ..models.json_api_included_resource_atributes import (
    JsonApiIncludedResourceAtributes,
)
from ..models.json_api_included_resource_attributes import (
    JsonApiIncludedResourceAttributes,
)
