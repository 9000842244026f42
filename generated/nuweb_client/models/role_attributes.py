from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleAttributes")


@_attrs_define
class RoleAttributes:
    """Attributes of an included `roles` resource. The vendor's examples show only `title`; its changelog (24 Jan 2022)
    lists `createdAt` and `updatedAt` of included `roles` among the timestamps moved to ISO 8601, so they are declared
    too (optional).

        Example:
            {'title': 'Role title'}

        Attributes:
            title (str | Unset): Role title.
            created_at (datetime.datetime | Unset): Creation time (named for included roles in the vendor's changelog).
            updated_at (datetime.datetime | Unset): Last update time (named for included roles in the vendor's changelog).
    """

    title: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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
            _field = "title"
            title = d.pop("title", UNSET)

            _field = "createdAt"
            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            _field = "updatedAt"
            _updated_at = d.pop("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

            _field = None
            role_attributes = cls(
                title=title,
                created_at=created_at,
                updated_at=updated_at,
            )

            role_attributes.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return role_attributes

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_RoleAttributesWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_RoleAttributesWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        role_attributes = object.__new__(cls)
        role_attributes.title = wire.title
        _created_at = wire.created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        role_attributes.created_at = created_at
        _updated_at = wire.updated_at
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        role_attributes.updated_at = updated_at
        role_attributes.additional_properties = {}
        return role_attributes

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
_RoleAttributesWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_RoleAttributesWire`: `RoleAttributes` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _RoleAttributesWire, _WIRE_UNSET
    if _RoleAttributesWire is not None:
        return _RoleAttributesWire
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
            "created_at": "createdAt",
            "updated_at": "updatedAt",
        },
    ):
        title: Any = UNSET
        created_at: Any = UNSET
        updated_at: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_RoleAttributesWire"
    # bound before the nested ones, which may refer back to this one
    _RoleAttributesWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
