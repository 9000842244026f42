from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

T = TypeVar("T", bound="UserSessionPermissionsFromRolesDetails")


@_attrs_define
class UserSessionPermissionsFromRolesDetails:
    """For each permission, the roles (and accounts) that grant it."""

    additional_properties: dict[str, list[PermissionGrant]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

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
            _field = None
            user_session_permissions_from_roles_details = cls()

            additional_properties = {}
            for prop_name, prop_dict in d.items():
                _field = prop_name
                additional_property = []
                _additional_property = prop_dict
                for additional_property_item_data in _additional_property:
                    additional_property_item = PermissionGrant.from_dict(
                        additional_property_item_data
                    )

                    additional_property.append(additional_property_item)

                additional_properties[prop_name] = additional_property

            user_session_permissions_from_roles_details.additional_properties = (
                additional_properties
            )
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return user_session_permissions_from_roles_details

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_UserSessionPermissionsFromRolesDetailsWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: dict[str, Any]) -> Self:
        return cls.from_dict(wire)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[PermissionGrant]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[PermissionGrant]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_UserSessionPermissionsFromRolesDetailsWire = dict[str, Any]


def _wire() -> Any:
    """`UserSessionPermissionsFromRolesDetails` as the fast path decodes it: a plain JSON object, read by `from_dict`."""
    return _UserSessionPermissionsFromRolesDetailsWire


from ..models.permission_grant import PermissionGrant
