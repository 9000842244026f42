from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """A floor-plan order. Only part of it is published; unknown fields are kept. `address` and `delivery_assets` are seen
    only in a public integration; `delivery_assets` is absent from list rows.

        Example:
            {'id': '312babc6-e742-4d54-ac49-e0f7b16ec15a', 'info': {'status': 'Ready', 'created_by': 'manager@cubicasa.com',
                'location': '121 North Washington Avenue Cubi suite Minneapolis', 'order_type': 'vbim', 'first_delivered_at':
                None, 'created_at': 1716238626.904049, 'is_scan_order': True, 'total_scanned_area': 0, 'go2scan': None,
                'external_id': 'EXT10005', 'add_info': '', 'style_template': None, 'product': {'add_ons': ['gla'],
                'over_limits': [], 'package_type': 'plus', 'purchasable_add_ons': ['3d_cad_files']}}}

        Attributes:
            id (UUID):
            info (OrderInfo):
            address (OrderAddress | Unset): Inferred: seen only in a public integration's reading of live responses.
            delivery_assets (DeliveryAssets | Unset): Download links of what has been delivered. Keys per product are partly
                seen (`listing_floorplans`, `gla_package`, `homereport`) and partly inferred from a public integration (the
                others). An empty draft answers `[]` for a key, so each value may be an array or an object; values are kept as
                given.
    """

    id: UUID
    info: OrderInfo
    address: OrderAddress | Unset = UNSET
    delivery_assets: DeliveryAssets | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        info = self.info.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        delivery_assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_assets, Unset):
            delivery_assets = self.delivery_assets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "info": info,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if delivery_assets is not UNSET:
            field_dict["delivery_assets"] = delivery_assets

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
            id = UUID(d.pop("id"))

            _field = "info"
            info = OrderInfo.from_dict(d.pop("info"))

            _field = "address"
            _address = d.pop("address", UNSET)
            address: OrderAddress | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = OrderAddress.from_dict(_address)

            _field = "delivery_assets"
            _delivery_assets = d.pop("delivery_assets", UNSET)
            delivery_assets: DeliveryAssets | Unset
            if isinstance(_delivery_assets, Unset):
                delivery_assets = UNSET
            else:
                delivery_assets = DeliveryAssets.from_dict(_delivery_assets)

            _field = None
            order = cls(
                id=id,
                info=info,
                address=address,
                delivery_assets=delivery_assets,
            )

            order.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return order

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_OrderWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_OrderWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        order = object.__new__(cls)
        order.id = wire.id
        order.info = OrderInfo._from_wire(wire.info)
        _address = wire.address
        order.address = (
            UNSET if _address is _WIRE_UNSET else OrderAddress._from_wire(_address)
        )
        _delivery_assets = wire.delivery_assets
        order.delivery_assets = (
            UNSET
            if _delivery_assets is _WIRE_UNSET
            else DeliveryAssets._from_wire(_delivery_assets)
        )
        order.additional_properties = {}
        return order

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
_OrderWire: Any = None
_DeliveryAssetsWire: Any = None
_OrderAddressWire: Any = None
_OrderInfoWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_OrderWire`: `Order` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global \
        _OrderWire, \
        _WIRE_UNSET, \
        _DeliveryAssetsWire, \
        _OrderAddressWire, \
        _OrderInfoWire
    if _OrderWire is not None:
        return _OrderWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        id: UUID
        info: _OrderInfoWire
        address: _OrderAddressWire | msgspec.UnsetType = msgspec.UNSET
        delivery_assets: _DeliveryAssetsWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_OrderWire"
    # bound before the nested ones, which may refer back to this one
    _OrderWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.delivery_assets import _wire as _delivery_assets_wire

    _DeliveryAssetsWire = _delivery_assets_wire()
    from ..models.order_address import _wire as _order_address_wire

    _OrderAddressWire = _order_address_wire()
    from ..models.order_info import _wire as _order_info_wire

    _OrderInfoWire = _order_info_wire()
    return Wire


from ..models.delivery_assets import DeliveryAssets
from ..models.order_address import OrderAddress
from ..models.order_info import OrderInfo
