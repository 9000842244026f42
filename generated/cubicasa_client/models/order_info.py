from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, ModelFieldError, decode_model, field_failed

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderInfo")


@_attrs_define
class OrderInfo:
    """
    Attributes:
        status (OrderStatus): `New` (initial), `Draft` (created as a draft), `Pending` (in production), `Ready`
            (deliverable), `Fixing` (back in production after a change request).
        created_by (str | Unset): E-mail of the user who created the order.
        location (str | Unset): Free-text address.
        order_type (str | Unset): Kind of order; open set.
        first_delivered_at (float | None | Unset): First delivery time, Unix epoch seconds.
        created_at (float | Unset): Creation time, Unix epoch seconds.
        is_scan_order (bool | Unset):
        total_scanned_area (float | Unset):
        go2scan (None | OrderInfoGo2ScanType0 | Unset): GoToScan data; its shape is not published.
        external_id (None | str | Unset): Your own reference for the order.
        add_info (str | Unset): Extra information given with the order.
        style_template (Any | Unset): Styling template; its shape is not published.
        product (OrderProduct | Unset):
    """

    status: OrderStatus
    created_by: str | Unset = UNSET
    location: str | Unset = UNSET
    order_type: str | Unset = UNSET
    first_delivered_at: float | None | Unset = UNSET
    created_at: float | Unset = UNSET
    is_scan_order: bool | Unset = UNSET
    total_scanned_area: float | Unset = UNSET
    go2scan: None | OrderInfoGo2ScanType0 | Unset = UNSET
    external_id: None | str | Unset = UNSET
    add_info: str | Unset = UNSET
    style_template: Any | Unset = UNSET
    product: OrderProduct | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        created_by = self.created_by

        location = self.location

        order_type = self.order_type

        first_delivered_at: float | None | Unset
        if isinstance(self.first_delivered_at, Unset):
            first_delivered_at = UNSET
        else:
            first_delivered_at = self.first_delivered_at

        created_at = self.created_at

        is_scan_order = self.is_scan_order

        total_scanned_area = self.total_scanned_area

        go2scan: dict[str, Any] | None | Unset
        if isinstance(self.go2scan, Unset):
            go2scan = UNSET
        elif isinstance(self.go2scan, OrderInfoGo2ScanType0):
            go2scan = self.go2scan.to_dict()
        else:
            go2scan = self.go2scan

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        add_info = self.add_info

        style_template = self.style_template

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if location is not UNSET:
            field_dict["location"] = location
        if order_type is not UNSET:
            field_dict["order_type"] = order_type
        if first_delivered_at is not UNSET:
            field_dict["first_delivered_at"] = first_delivered_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_scan_order is not UNSET:
            field_dict["is_scan_order"] = is_scan_order
        if total_scanned_area is not UNSET:
            field_dict["total_scanned_area"] = total_scanned_area
        if go2scan is not UNSET:
            field_dict["go2scan"] = go2scan
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if add_info is not UNSET:
            field_dict["add_info"] = add_info
        if style_template is not UNSET:
            field_dict["style_template"] = style_template
        if product is not UNSET:
            field_dict["product"] = product

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
            _field = "status"
            status = OrderStatus._from_json(d.pop("status"))

            _field = "created_by"
            created_by = d.pop("created_by", UNSET)

            _field = "location"
            location = d.pop("location", UNSET)

            _field = "order_type"
            order_type = d.pop("order_type", UNSET)

            _field = "first_delivered_at"
            first_delivered_at = d.pop("first_delivered_at", UNSET)

            _field = "created_at"
            created_at = d.pop("created_at", UNSET)

            _field = "is_scan_order"
            is_scan_order = d.pop("is_scan_order", UNSET)

            _field = "total_scanned_area"
            total_scanned_area = d.pop("total_scanned_area", UNSET)

            _field = "go2scan"

            def _parse_go2scan(data: object) -> None | OrderInfoGo2ScanType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    go2scan_type_0 = OrderInfoGo2ScanType0.from_dict(data)

                    return go2scan_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                return cast(None | OrderInfoGo2ScanType0 | Unset, data)

            go2scan = _parse_go2scan(d.pop("go2scan", UNSET))

            _field = "external_id"
            external_id = d.pop("external_id", UNSET)

            _field = "add_info"
            add_info = d.pop("add_info", UNSET)

            _field = "style_template"
            style_template = d.pop("style_template", UNSET)

            _field = "product"
            _product = d.pop("product", UNSET)
            product: OrderProduct | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = OrderProduct.from_dict(_product)

            _field = None
            order_info = cls(
                status=status,
                created_by=created_by,
                location=location,
                order_type=order_type,
                first_delivered_at=first_delivered_at,
                created_at=created_at,
                is_scan_order=is_scan_order,
                total_scanned_area=total_scanned_area,
                go2scan=go2scan,
                external_id=external_id,
                add_info=add_info,
                style_template=style_template,
                product=product,
            )

            order_info.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return order_info

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_OrderInfoWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_OrderInfoWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        order_info = object.__new__(cls)
        order_info.status = wire.status
        order_info.created_by = wire.created_by
        order_info.location = wire.location
        order_info.order_type = wire.order_type
        order_info.first_delivered_at = wire.first_delivered_at
        order_info.created_at = wire.created_at
        order_info.is_scan_order = wire.is_scan_order
        order_info.total_scanned_area = wire.total_scanned_area
        _go2scan = wire.go2scan
        order_info.go2scan = (
            UNSET
            if _go2scan is _WIRE_UNSET
            else None
            if _go2scan is None
            else OrderInfoGo2ScanType0._from_wire(_go2scan)
        )
        order_info.external_id = wire.external_id
        order_info.add_info = wire.add_info
        order_info.style_template = wire.style_template
        _product = wire.product
        order_info.product = (
            UNSET if _product is _WIRE_UNSET else OrderProduct._from_wire(_product)
        )
        order_info.additional_properties = {}
        return order_info

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
_OrderInfoWire: Any = None
_OrderInfoGo2ScanType0Wire: Any = None
_OrderProductWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_OrderInfoWire`: `OrderInfo` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _OrderInfoWire, _WIRE_UNSET, _OrderInfoGo2ScanType0Wire, _OrderProductWire
    if _OrderInfoWire is not None:
        return _OrderInfoWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        status: OrderStatus
        created_by: Any = UNSET
        location: Any = UNSET
        order_type: Any = UNSET
        first_delivered_at: Any = UNSET
        created_at: Any = UNSET
        is_scan_order: Any = UNSET
        total_scanned_area: Any = UNSET
        go2scan: _OrderInfoGo2ScanType0Wire | None | msgspec.UnsetType = msgspec.UNSET
        external_id: Any = UNSET
        add_info: Any = UNSET
        style_template: Any = UNSET
        product: _OrderProductWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_OrderInfoWire"
    # bound before the nested ones, which may refer back to this one
    _OrderInfoWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.order_info_go_2_scan_type_0 import (
        _wire as _order_info_go_2_scan_type_0_wire,
    )

    _OrderInfoGo2ScanType0Wire = _order_info_go_2_scan_type_0_wire()
    from ..models.order_product import _wire as _order_product_wire

    _OrderProductWire = _order_product_wire()
    return Wire


from ..models.order_info_go_2_scan_type_0 import OrderInfoGo2ScanType0
from ..models.order_product import OrderProduct
