from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderProduct")


@_attrs_define
class OrderProduct:
    """
    Attributes:
        add_ons (list[str] | Unset):
        over_limits (list[Any] | Unset): Meaning not published.
        package_type (None | str | Unset): Package; open set (`base`, `plus`, `plus_3d` seen).
        purchasable_add_ons (list[str] | Unset):
    """

    add_ons: list[str] | Unset = UNSET
    over_limits: list[Any] | Unset = UNSET
    package_type: None | str | Unset = UNSET
    purchasable_add_ons: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_ons: list[str] | Unset = UNSET
        if not isinstance(self.add_ons, Unset):
            add_ons = self.add_ons

        over_limits: list[Any] | Unset = UNSET
        if not isinstance(self.over_limits, Unset):
            over_limits = self.over_limits

        package_type: None | str | Unset
        if isinstance(self.package_type, Unset):
            package_type = UNSET
        else:
            package_type = self.package_type

        purchasable_add_ons: list[str] | Unset = UNSET
        if not isinstance(self.purchasable_add_ons, Unset):
            purchasable_add_ons = self.purchasable_add_ons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_ons is not UNSET:
            field_dict["add_ons"] = add_ons
        if over_limits is not UNSET:
            field_dict["over_limits"] = over_limits
        if package_type is not UNSET:
            field_dict["package_type"] = package_type
        if purchasable_add_ons is not UNSET:
            field_dict["purchasable_add_ons"] = purchasable_add_ons

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
            _field = "add_ons"
            add_ons = d.pop("add_ons", UNSET)

            _field = "over_limits"
            over_limits = d.pop("over_limits", UNSET)

            _field = "package_type"
            package_type = d.pop("package_type", UNSET)

            _field = "purchasable_add_ons"
            purchasable_add_ons = d.pop("purchasable_add_ons", UNSET)

            _field = None
            order_product = cls(
                add_ons=add_ons,
                over_limits=over_limits,
                package_type=package_type,
                purchasable_add_ons=purchasable_add_ons,
            )

            order_product.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return order_product

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_OrderProductWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_OrderProductWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        order_product = object.__new__(cls)
        add_ons = wire.add_ons

        order_product.add_ons = add_ons
        over_limits = wire.over_limits

        order_product.over_limits = over_limits
        order_product.package_type = wire.package_type
        purchasable_add_ons = wire.purchasable_add_ons

        order_product.purchasable_add_ons = purchasable_add_ons
        order_product.additional_properties = {}
        return order_product

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
_OrderProductWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_OrderProductWire`: `OrderProduct` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _OrderProductWire, _WIRE_UNSET
    if _OrderProductWire is not None:
        return _OrderProductWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        add_ons: Any = UNSET
        over_limits: Any = UNSET
        package_type: Any = UNSET
        purchasable_add_ons: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_OrderProductWire"
    # bound before the nested ones, which may refer back to this one
    _OrderProductWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
