from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

T = TypeVar("T", bound="PaginatedOrders")


@_attrs_define
class PaginatedOrders:
    """
    Attributes:
        pagination (Pagination): Where a page sits in the whole list. Example: {'has_more': True, 'limit': 20,
            'next_offset': 21, 'previous_offset': 0}.
        items (list[Order]):
    """

    pagination: Pagination
    items: list[Order]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "items": items,
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
            _field = "pagination"
            pagination = Pagination.from_dict(d.pop("pagination"))

            _field = "items"
            items = []
            _items = d.pop("items")
            for items_item_data in _items:
                items_item = Order.from_dict(items_item_data)

                items.append(items_item)

            _field = None
            paginated_orders = cls(
                pagination=pagination,
                items=items,
            )

            paginated_orders.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return paginated_orders

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_PaginatedOrdersWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_PaginatedOrdersWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        paginated_orders = object.__new__(cls)
        paginated_orders.pagination = Pagination._from_wire(wire.pagination)
        paginated_orders.items = [Order._from_wire(item) for item in wire.items]
        paginated_orders.additional_properties = {}
        return paginated_orders

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
_PaginatedOrdersWire: Any = None
_OrderWire: Any = None
_PaginationWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_PaginatedOrdersWire`: `PaginatedOrders` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _PaginatedOrdersWire, _WIRE_UNSET, _OrderWire, _PaginationWire
    if _PaginatedOrdersWire is not None:
        return _PaginatedOrdersWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        pagination: _PaginationWire
        items: list[_OrderWire]

    Wire.__name__ = Wire.__qualname__ = "_PaginatedOrdersWire"
    # bound before the nested ones, which may refer back to this one
    _PaginatedOrdersWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.order import _wire as _order_wire

    _OrderWire = _order_wire()
    from ..models.pagination import _wire as _pagination_wire

    _PaginationWire = _pagination_wire()
    return Wire


from ..models.order import Order
from ..models.pagination import Pagination
