from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..models.notification_preference_delivery_pref_item import (
    NotificationPreferenceDeliveryPrefItem,
)
from ..models.pulse_events import PulseEvents
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationPreference")


@_attrs_define
class NotificationPreference:
    """User notification preference for a specific event type. Preferences are keyed by event and account. No endpoint
    dedicated to notification preferences is published.

        Attributes:
            event (PulseEvents): Type of event to be notified about. The same vocabulary names the events of lead audit-log
                entries (e.g. `lead_created`).
            account_id (str | Unset): The account id this notification should occur for; if not provided, this preference is
                used as a default rule for all accounts.
            delivery_pref (list[NotificationPreferenceDeliveryPrefItem] | Unset): Preferred delivery methods for
                notifications.
    """

    event: PulseEvents
    account_id: str | Unset = UNSET
    delivery_pref: list[NotificationPreferenceDeliveryPrefItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        account_id = self.account_id

        delivery_pref: list[str] | Unset = UNSET
        if not isinstance(self.delivery_pref, Unset):
            delivery_pref = []
            for delivery_pref_item_data in self.delivery_pref:
                delivery_pref_item = delivery_pref_item_data.value
                delivery_pref.append(delivery_pref_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if delivery_pref is not UNSET:
            field_dict["deliveryPref"] = delivery_pref

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
            _field = "event"
            event = PulseEvents._from_json(d.pop("event"))

            _field = "accountId"
            account_id = d.pop("accountId", UNSET)

            _field = "deliveryPref"
            _delivery_pref = d.pop("deliveryPref", UNSET)
            delivery_pref: list[NotificationPreferenceDeliveryPrefItem] | Unset = UNSET
            if _delivery_pref is not UNSET:
                delivery_pref = []
                for delivery_pref_item_data in _delivery_pref:
                    delivery_pref_item = (
                        NotificationPreferenceDeliveryPrefItem._from_json(
                            delivery_pref_item_data
                        )
                    )

                    delivery_pref.append(delivery_pref_item)

            _field = None
            notification_preference = cls(
                event=event,
                account_id=account_id,
                delivery_pref=delivery_pref,
            )

            notification_preference.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return notification_preference

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_NotificationPreferenceWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_NotificationPreferenceWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        notification_preference = object.__new__(cls)
        notification_preference.event = wire.event
        notification_preference.account_id = wire.account_id
        _delivery_pref = wire.delivery_pref
        notification_preference.delivery_pref = (
            UNSET if _delivery_pref is _WIRE_UNSET else _delivery_pref
        )
        notification_preference.additional_properties = {}
        return notification_preference

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
_NotificationPreferenceWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_NotificationPreferenceWire`: `NotificationPreference` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _NotificationPreferenceWire, _WIRE_UNSET
    if _NotificationPreferenceWire is not None:
        return _NotificationPreferenceWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(
        msgspec.Struct,
        kw_only=True,
        gc=False,
        forbid_unknown_fields=True,
        rename={
            "account_id": "accountId",
            "delivery_pref": "deliveryPref",
        },
    ):
        event: PulseEvents
        account_id: Any = UNSET
        delivery_pref: (
            list[NotificationPreferenceDeliveryPrefItem] | msgspec.UnsetType
        ) = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_NotificationPreferenceWire"
    # bound before the nested ones, which may refer back to this one
    _NotificationPreferenceWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
