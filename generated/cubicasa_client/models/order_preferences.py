from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPreferences")


@_attrs_define
class OrderPreferences:
    """Styling preferences for the deliverables.

    Attributes:
        style_2d (Style2D | Unset):
        style_3d (Style3D | Unset): 3D styling; the vendor example is cut short, so more fields may exist.
    """

    style_2d: Style2D | Unset = UNSET
    style_3d: Style3D | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style_2d: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style_2d, Unset):
            style_2d = self.style_2d.to_dict()

        style_3d: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style_3d, Unset):
            style_3d = self.style_3d.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if style_2d is not UNSET:
            field_dict["style_2d"] = style_2d
        if style_3d is not UNSET:
            field_dict["style_3d"] = style_3d

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
            _field = "style_2d"
            _style_2d = d.pop("style_2d", UNSET)
            style_2d: Style2D | Unset
            if isinstance(_style_2d, Unset):
                style_2d = UNSET
            else:
                style_2d = Style2D.from_dict(_style_2d)

            _field = "style_3d"
            _style_3d = d.pop("style_3d", UNSET)
            style_3d: Style3D | Unset
            if isinstance(_style_3d, Unset):
                style_3d = UNSET
            else:
                style_3d = Style3D.from_dict(_style_3d)

            _field = None
            order_preferences = cls(
                style_2d=style_2d,
                style_3d=style_3d,
            )

            order_preferences.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return order_preferences

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_OrderPreferencesWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_OrderPreferencesWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        order_preferences = object.__new__(cls)
        _style_2d = wire.style_2d
        order_preferences.style_2d = (
            UNSET if _style_2d is _WIRE_UNSET else Style2D._from_wire(_style_2d)
        )
        _style_3d = wire.style_3d
        order_preferences.style_3d = (
            UNSET if _style_3d is _WIRE_UNSET else Style3D._from_wire(_style_3d)
        )
        order_preferences.additional_properties = {}
        return order_preferences

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
_OrderPreferencesWire: Any = None
_Style2DWire: Any = None
_Style3DWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_OrderPreferencesWire`: `OrderPreferences` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _OrderPreferencesWire, _WIRE_UNSET, _Style2DWire, _Style3DWire
    if _OrderPreferencesWire is not None:
        return _OrderPreferencesWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        style_2d: _Style2DWire | msgspec.UnsetType = msgspec.UNSET
        style_3d: _Style3DWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_OrderPreferencesWire"
    # bound before the nested ones, which may refer back to this one
    _OrderPreferencesWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.style_2d import _wire as _style_2d_wire

    _Style2DWire = _style_2d_wire()
    from ..models.style_3d import _wire as _style_3d_wire

    _Style3DWire = _style_3d_wire()
    return Wire


from ..models.style_2d import Style2D
from ..models.style_3d import Style3D
