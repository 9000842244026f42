from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="Style3D")


@_attrs_define
class Style3D:
    """3D styling; the vendor example is cut short, so more fields may exist.

    Attributes:
        video (Style3DVideo | Unset):
        furniture_set (str | Unset):
        include_basement (bool | Unset):
        add_info (str | Unset):
    """

    video: Style3DVideo | Unset = UNSET
    furniture_set: str | Unset = UNSET
    include_basement: bool | Unset = UNSET
    add_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        furniture_set = self.furniture_set

        include_basement = self.include_basement

        add_info = self.add_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video is not UNSET:
            field_dict["video"] = video
        if furniture_set is not UNSET:
            field_dict["furniture_set"] = furniture_set
        if include_basement is not UNSET:
            field_dict["include_basement"] = include_basement
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
            _field = "video"
            _video = d.pop("video", UNSET)
            video: Style3DVideo | Unset
            if isinstance(_video, Unset):
                video = UNSET
            else:
                video = Style3DVideo.from_dict(_video)

            _field = "furniture_set"
            furniture_set = d.pop("furniture_set", UNSET)

            _field = "include_basement"
            include_basement = d.pop("include_basement", UNSET)

            _field = "add_info"
            add_info = d.pop("add_info", UNSET)

            _field = None
            style_3d = cls(
                video=video,
                furniture_set=furniture_set,
                include_basement=include_basement,
                add_info=add_info,
            )

            style_3d.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return style_3d

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_Style3DWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_Style3DWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        style_3d = object.__new__(cls)
        _video = wire.video
        style_3d.video = (
            UNSET if _video is _WIRE_UNSET else Style3DVideo._from_wire(_video)
        )
        style_3d.furniture_set = wire.furniture_set
        style_3d.include_basement = wire.include_basement
        style_3d.add_info = wire.add_info
        style_3d.additional_properties = {}
        return style_3d

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
_Style3DWire: Any = None
_Style3DVideoWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_Style3DWire`: `Style3D` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _Style3DWire, _WIRE_UNSET, _Style3DVideoWire
    if _Style3DWire is not None:
        return _Style3DWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        video: _Style3DVideoWire | msgspec.UnsetType = msgspec.UNSET
        furniture_set: Any = UNSET
        include_basement: Any = UNSET
        add_info: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_Style3DWire"
    # bound before the nested ones, which may refer back to this one
    _Style3DWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.style_3d_video import _wire as _style_3d_video_wire

    _Style3DVideoWire = _style_3d_video_wire()
    return Wire


from ..models.style_3d_video import Style3DVideo
