from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedeliverOrderRequest")


@_attrs_define
class RedeliverOrderRequest:
    """Inferred: the body is not published; it probably holds styling preferences like the draft order's
    `order_preferences`.

        Attributes:
            order_preferences (OrderPreferences | Unset): Styling preferences for the deliverables.
    """

    order_preferences: OrderPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_preferences, Unset):
            order_preferences = self.order_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_preferences is not UNSET:
            field_dict["order_preferences"] = order_preferences

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
            _field = "order_preferences"
            _order_preferences = d.pop("order_preferences", UNSET)
            order_preferences: OrderPreferences | Unset
            if isinstance(_order_preferences, Unset):
                order_preferences = UNSET
            else:
                order_preferences = OrderPreferences.from_dict(_order_preferences)

            _field = None
            redeliver_order_request = cls(
                order_preferences=order_preferences,
            )

            redeliver_order_request.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return redeliver_order_request

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_RedeliverOrderRequestWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_RedeliverOrderRequestWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        redeliver_order_request = object.__new__(cls)
        _order_preferences = wire.order_preferences
        redeliver_order_request.order_preferences = (
            UNSET
            if _order_preferences is _WIRE_UNSET
            else OrderPreferences._from_wire(_order_preferences)
        )
        redeliver_order_request.additional_properties = {}
        return redeliver_order_request

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
_RedeliverOrderRequestWire: Any = None
_OrderPreferencesWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_RedeliverOrderRequestWire`: `RedeliverOrderRequest` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _RedeliverOrderRequestWire, _WIRE_UNSET, _OrderPreferencesWire
    if _RedeliverOrderRequestWire is not None:
        return _RedeliverOrderRequestWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        order_preferences: _OrderPreferencesWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_RedeliverOrderRequestWire"
    # bound before the nested ones, which may refer back to this one
    _RedeliverOrderRequestWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.order_preferences import _wire as _order_preferences_wire

    _OrderPreferencesWire = _order_preferences_wire()
    return Wire


from ..models.order_preferences import OrderPreferences
