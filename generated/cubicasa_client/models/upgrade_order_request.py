from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

T = TypeVar("T", bound="UpgradeOrderRequest")


@_attrs_define
class UpgradeOrderRequest:
    """
    Attributes:
        package_type (None | str): New package; `null` keeps the current one. Open set.
        add_ons (list[str]): Add-ons to buy; open set.
    """

    package_type: None | str
    add_ons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_type: None | str
        package_type = self.package_type

        add_ons = self.add_ons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package_type": package_type,
                "add_ons": add_ons,
            }
        )

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
            _field = "package_type"
            package_type = d.pop("package_type")

            _field = "add_ons"
            add_ons = d.pop("add_ons")

            _field = None
            upgrade_order_request = cls(
                package_type=package_type,
                add_ons=add_ons,
            )

            upgrade_order_request.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return upgrade_order_request

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_UpgradeOrderRequestWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_UpgradeOrderRequestWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        upgrade_order_request = object.__new__(cls)
        upgrade_order_request.package_type = wire.package_type
        add_ons = wire.add_ons

        upgrade_order_request.add_ons = add_ons
        upgrade_order_request.additional_properties = {}
        return upgrade_order_request

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
_UpgradeOrderRequestWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_UpgradeOrderRequestWire`: `UpgradeOrderRequest` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _UpgradeOrderRequestWire, _WIRE_UNSET
    if _UpgradeOrderRequestWire is not None:
        return _UpgradeOrderRequestWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        package_type: Any
        add_ons: Any

    Wire.__name__ = Wire.__qualname__ = "_UpgradeOrderRequestWire"
    # bound before the nested ones, which may refer back to this one
    _UpgradeOrderRequestWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
