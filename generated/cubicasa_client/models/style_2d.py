from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="Style2D")


@_attrs_define
class Style2D:
    """
    Attributes:
        style_template_id (str | Unset):
        add_info (str | Unset):
    """

    style_template_id: str | Unset = UNSET
    add_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style_template_id = self.style_template_id

        add_info = self.add_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if style_template_id is not UNSET:
            field_dict["style_template_id"] = style_template_id
        if add_info is not UNSET:
            field_dict["add_info"] = add_info

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
            _field = "style_template_id"
            style_template_id = d.pop("style_template_id", UNSET)

            _field = "add_info"
            add_info = d.pop("add_info", UNSET)

            _field = None
            style_2d = cls(
                style_template_id=style_template_id,
                add_info=add_info,
            )

            style_2d.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return style_2d

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_Style2DWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_Style2DWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        style_2d = object.__new__(cls)
        style_2d.style_template_id = wire.style_template_id
        style_2d.add_info = wire.add_info
        style_2d.additional_properties = {}
        return style_2d

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
_Style2DWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_Style2DWire`: `Style2D` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _Style2DWire, _WIRE_UNSET
    if _Style2DWire is not None:
        return _Style2DWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        style_template_id: Any = UNSET
        add_info: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_Style2DWire"
    # bound before the nested ones, which may refer back to this one
    _Style2DWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
