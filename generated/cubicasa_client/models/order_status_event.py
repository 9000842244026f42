from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStatusEvent")


@_attrs_define
class OrderStatusEvent:
    """Body of the order-status webhook that CubiCasa POSTs to your URLs. When `current_status` is `Ready`,
    `previous_status` tells why: `Pending` is a first delivery, `Fixing` a delivered change request, `Ready` an edit
    made with Quick Edit.

        Example:
            {'id': '363c38cd-9682-4ff3-9100-9ef4e755f275', 'current_status': 'Ready', 'previous_status': 'Pending',
                'model_id': 'cb2aba10-979f-461c-bdb7-906f5047d111', 'product_type': 'products_2d', 'delivery_type': 'new'}

        Attributes:
            id (UUID): Order id.
            current_status (OrderStatus): `New` (initial), `Draft` (created as a draft), `Pending` (in production), `Ready`
                (deliverable), `Fixing` (back in production after a change request).
            previous_status (OrderStatus | Unset): `New` (initial), `Draft` (created as a draft), `Pending` (in production),
                `Ready` (deliverable), `Fixing` (back in production after a change request).
            model_id (UUID | Unset): Model (delivery) id.
            product_type (str | Unset): Open set.
            delivery_type (str | Unset): Open set; only `new` is seen.
    """

    id: UUID
    current_status: OrderStatus
    previous_status: OrderStatus | Unset = UNSET
    model_id: UUID | Unset = UNSET
    product_type: str | Unset = UNSET
    delivery_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        current_status = self.current_status.value

        previous_status: str | Unset = UNSET
        if not isinstance(self.previous_status, Unset):
            previous_status = self.previous_status.value

        model_id: str | Unset = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = str(self.model_id)

        product_type = self.product_type

        delivery_type = self.delivery_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "current_status": current_status,
            }
        )
        if previous_status is not UNSET:
            field_dict["previous_status"] = previous_status
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if delivery_type is not UNSET:
            field_dict["delivery_type"] = delivery_type

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

            _field = "current_status"
            current_status = OrderStatus._from_json(d.pop("current_status"))

            _field = "previous_status"
            _previous_status = d.pop("previous_status", UNSET)
            previous_status: OrderStatus | Unset
            if isinstance(_previous_status, Unset):
                previous_status = UNSET
            else:
                previous_status = OrderStatus._from_json(_previous_status)

            _field = "model_id"
            _model_id = d.pop("model_id", UNSET)
            model_id: UUID | Unset
            if isinstance(_model_id, Unset):
                model_id = UNSET
            else:
                model_id = UUID(_model_id)

            _field = "product_type"
            product_type = d.pop("product_type", UNSET)

            _field = "delivery_type"
            delivery_type = d.pop("delivery_type", UNSET)

            _field = None
            order_status_event = cls(
                id=id,
                current_status=current_status,
                previous_status=previous_status,
                model_id=model_id,
                product_type=product_type,
                delivery_type=delivery_type,
            )

            order_status_event.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return order_status_event

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_OrderStatusEventWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_OrderStatusEventWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        order_status_event = object.__new__(cls)
        order_status_event.id = wire.id
        order_status_event.current_status = wire.current_status
        _previous_status = wire.previous_status
        order_status_event.previous_status = (
            UNSET if _previous_status is _WIRE_UNSET else _previous_status
        )
        _model_id = wire.model_id
        order_status_event.model_id = UNSET if _model_id is _WIRE_UNSET else _model_id
        order_status_event.product_type = wire.product_type
        order_status_event.delivery_type = wire.delivery_type
        order_status_event.additional_properties = {}
        return order_status_event

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
_OrderStatusEventWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_OrderStatusEventWire`: `OrderStatusEvent` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _OrderStatusEventWire, _WIRE_UNSET
    if _OrderStatusEventWire is not None:
        return _OrderStatusEventWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        id: UUID
        current_status: OrderStatus
        previous_status: OrderStatus | msgspec.UnsetType = msgspec.UNSET
        model_id: UUID | msgspec.UnsetType = msgspec.UNSET
        product_type: Any = UNSET
        delivery_type: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_OrderStatusEventWire"
    # bound before the nested ones, which may refer back to this one
    _OrderStatusEventWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
