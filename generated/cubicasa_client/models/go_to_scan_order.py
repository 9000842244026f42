from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoToScanOrder")


@_attrs_define
class GoToScanOrder:
    """Inferred: the response is not published; it probably holds a GoToScan link or token. Fields are kept as given.

    Attributes:
        id (str | Unset):
        link (str | Unset):
    """

    id: str | Unset = UNSET
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if link is not UNSET:
            field_dict["link"] = link

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
            _field = "id"
            id = d.pop("id", UNSET)

            _field = "link"
            link = d.pop("link", UNSET)

            _field = None
            go_to_scan_order = cls(
                id=id,
                link=link,
            )

            go_to_scan_order.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return go_to_scan_order

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_GoToScanOrderWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_GoToScanOrderWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        go_to_scan_order = object.__new__(cls)
        go_to_scan_order.id = wire.id
        go_to_scan_order.link = wire.link
        go_to_scan_order.additional_properties = {}
        return go_to_scan_order

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
_GoToScanOrderWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_GoToScanOrderWire`: `GoToScanOrder` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _GoToScanOrderWire, _WIRE_UNSET
    if _GoToScanOrderWire is not None:
        return _GoToScanOrderWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        id: Any = UNSET
        link: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_GoToScanOrderWire"
    # bound before the nested ones, which may refer back to this one
    _GoToScanOrderWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
