from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftOrderInput")


@_attrs_define
class DraftOrderInput:
    """A draft order's details. The body is flat; a nested `address` object is rejected.

    Attributes:
        street (str):
        city (str):
        country (str):
        owner_email (str): Must be a user of the company.
        suite (str | Unset):
        state (str | Unset):
        postal_code (str | Unset):
        info (str | Unset): Free text; a non-string is rejected with 400.
        latitude (float | Unset):
        longitude (float | Unset):
        external_id (str | Unset): Your own reference for the order.
        package_type (str | Unset): Package; open set.
        add_ons (list[str] | Unset):
        order_preferences (OrderPreferences | Unset): Styling preferences for the deliverables.
    """

    street: str
    city: str
    country: str
    owner_email: str
    suite: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    info: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    external_id: str | Unset = UNSET
    package_type: str | Unset = UNSET
    add_ons: list[str] | Unset = UNSET
    order_preferences: OrderPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        city = self.city

        country = self.country

        owner_email = self.owner_email

        suite = self.suite

        state = self.state

        postal_code = self.postal_code

        info = self.info

        latitude = self.latitude

        longitude = self.longitude

        external_id = self.external_id

        package_type = self.package_type

        add_ons: list[str] | Unset = UNSET
        if not isinstance(self.add_ons, Unset):
            add_ons = self.add_ons

        order_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_preferences, Unset):
            order_preferences = self.order_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "street": street,
                "city": city,
                "country": country,
                "owner_email": owner_email,
            }
        )
        if suite is not UNSET:
            field_dict["suite"] = suite
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if info is not UNSET:
            field_dict["info"] = info
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if package_type is not UNSET:
            field_dict["package_type"] = package_type
        if add_ons is not UNSET:
            field_dict["add_ons"] = add_ons
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
            _field = "street"
            street = d.pop("street")

            _field = "city"
            city = d.pop("city")

            _field = "country"
            country = d.pop("country")

            _field = "owner_email"
            owner_email = d.pop("owner_email")

            _field = "suite"
            suite = d.pop("suite", UNSET)

            _field = "state"
            state = d.pop("state", UNSET)

            _field = "postalCode"
            postal_code = d.pop("postalCode", UNSET)

            _field = "info"
            info = d.pop("info", UNSET)

            _field = "latitude"
            latitude = d.pop("latitude", UNSET)

            _field = "longitude"
            longitude = d.pop("longitude", UNSET)

            _field = "external_id"
            external_id = d.pop("external_id", UNSET)

            _field = "package_type"
            package_type = d.pop("package_type", UNSET)

            _field = "add_ons"
            add_ons = d.pop("add_ons", UNSET)

            _field = "order_preferences"
            _order_preferences = d.pop("order_preferences", UNSET)
            order_preferences: OrderPreferences | Unset
            if isinstance(_order_preferences, Unset):
                order_preferences = UNSET
            else:
                order_preferences = OrderPreferences.from_dict(_order_preferences)

            _field = None
            draft_order_input = cls(
                street=street,
                city=city,
                country=country,
                owner_email=owner_email,
                suite=suite,
                state=state,
                postal_code=postal_code,
                info=info,
                latitude=latitude,
                longitude=longitude,
                external_id=external_id,
                package_type=package_type,
                add_ons=add_ons,
                order_preferences=order_preferences,
            )

            draft_order_input.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return draft_order_input

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_DraftOrderInputWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_DraftOrderInputWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        draft_order_input = object.__new__(cls)
        draft_order_input.street = wire.street
        draft_order_input.city = wire.city
        draft_order_input.country = wire.country
        draft_order_input.owner_email = wire.owner_email
        draft_order_input.suite = wire.suite
        draft_order_input.state = wire.state
        draft_order_input.postal_code = wire.postal_code
        draft_order_input.info = wire.info
        draft_order_input.latitude = wire.latitude
        draft_order_input.longitude = wire.longitude
        draft_order_input.external_id = wire.external_id
        draft_order_input.package_type = wire.package_type
        add_ons = wire.add_ons

        draft_order_input.add_ons = add_ons
        _order_preferences = wire.order_preferences
        draft_order_input.order_preferences = (
            UNSET
            if _order_preferences is _WIRE_UNSET
            else OrderPreferences._from_wire(_order_preferences)
        )
        draft_order_input.additional_properties = {}
        return draft_order_input

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
_DraftOrderInputWire: Any = None
_OrderPreferencesWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_DraftOrderInputWire`: `DraftOrderInput` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _DraftOrderInputWire, _WIRE_UNSET, _OrderPreferencesWire
    if _DraftOrderInputWire is not None:
        return _DraftOrderInputWire
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
            "postal_code": "postalCode",
        },
    ):
        street: Any
        city: Any
        country: Any
        owner_email: Any
        suite: Any = UNSET
        state: Any = UNSET
        postal_code: Any = UNSET
        info: Any = UNSET
        latitude: Any = UNSET
        longitude: Any = UNSET
        external_id: Any = UNSET
        package_type: Any = UNSET
        add_ons: Any = UNSET
        order_preferences: _OrderPreferencesWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_DraftOrderInputWire"
    # bound before the nested ones, which may refer back to this one
    _DraftOrderInputWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.order_preferences import _wire as _order_preferences_wire

    _OrderPreferencesWire = _order_preferences_wire()
    return Wire


from ..models.order_preferences import OrderPreferences
