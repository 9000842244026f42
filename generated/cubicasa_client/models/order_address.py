from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderAddress")


@_attrs_define
class OrderAddress:
    """Inferred: seen only in a public integration's reading of live responses.

    Attributes:
        full_address (None | str | Unset):
        street (None | str | Unset):
        suite (None | str | Unset):
        city (None | str | Unset):
        state (None | str | Unset):
        postal_code (None | str | Unset):
        country (None | str | Unset):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
    """

    full_address: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    suite: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_address: None | str | Unset
        if isinstance(self.full_address, Unset):
            full_address = UNSET
        else:
            full_address = self.full_address

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        suite: None | str | Unset
        if isinstance(self.suite, Unset):
            suite = UNSET
        else:
            suite = self.suite

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_address is not UNSET:
            field_dict["full_address"] = full_address
        if street is not UNSET:
            field_dict["street"] = street
        if suite is not UNSET:
            field_dict["suite"] = suite
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

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
            _field = "full_address"
            full_address = d.pop("full_address", UNSET)

            _field = "street"
            street = d.pop("street", UNSET)

            _field = "suite"
            suite = d.pop("suite", UNSET)

            _field = "city"
            city = d.pop("city", UNSET)

            _field = "state"
            state = d.pop("state", UNSET)

            _field = "postalCode"
            postal_code = d.pop("postalCode", UNSET)

            _field = "country"
            country = d.pop("country", UNSET)

            _field = "latitude"
            latitude = d.pop("latitude", UNSET)

            _field = "longitude"
            longitude = d.pop("longitude", UNSET)

            _field = None
            order_address = cls(
                full_address=full_address,
                street=street,
                suite=suite,
                city=city,
                state=state,
                postal_code=postal_code,
                country=country,
                latitude=latitude,
                longitude=longitude,
            )

            order_address.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return order_address

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_OrderAddressWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_OrderAddressWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        order_address = object.__new__(cls)
        order_address.full_address = wire.full_address
        order_address.street = wire.street
        order_address.suite = wire.suite
        order_address.city = wire.city
        order_address.state = wire.state
        order_address.postal_code = wire.postal_code
        order_address.country = wire.country
        order_address.latitude = wire.latitude
        order_address.longitude = wire.longitude
        order_address.additional_properties = {}
        return order_address

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
_OrderAddressWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_OrderAddressWire`: `OrderAddress` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _OrderAddressWire, _WIRE_UNSET
    if _OrderAddressWire is not None:
        return _OrderAddressWire
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
        full_address: Any = UNSET
        street: Any = UNSET
        suite: Any = UNSET
        city: Any = UNSET
        state: Any = UNSET
        postal_code: Any = UNSET
        country: Any = UNSET
        latitude: Any = UNSET
        longitude: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_OrderAddressWire"
    # bound before the nested ones, which may refer back to this one
    _OrderAddressWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
