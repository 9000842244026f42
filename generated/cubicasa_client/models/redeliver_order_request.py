from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, field_failed

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


from ..models.order_preferences import OrderPreferences
