from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoToScanOrderRequest")


@_attrs_define
class GoToScanOrderRequest:
    """Inferred: the body is not published; the fields mirror the documented GoToScan link parameters
    (gotoscan.docs.cubi.casa).

        Attributes:
            external_id (str):
            street_address (str):
            city (str):
            country (str):
            conversion_type (str | Unset): `t3` (with fixed furniture) or `t3-l1` (without).
            priority (str | Unset): Turnaround; open set.
            webhook_url (str | Unset):
            suite (str | Unset):
            state (str | Unset):
            postcode (str | Unset):
            client_name (str | Unset):
    """

    external_id: str
    street_address: str
    city: str
    country: str
    conversion_type: str | Unset = UNSET
    priority: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    suite: str | Unset = UNSET
    state: str | Unset = UNSET
    postcode: str | Unset = UNSET
    client_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        street_address = self.street_address

        city = self.city

        country = self.country

        conversion_type = self.conversion_type

        priority = self.priority

        webhook_url = self.webhook_url

        suite = self.suite

        state = self.state

        postcode = self.postcode

        client_name = self.client_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "street_address": street_address,
                "city": city,
                "country": country,
            }
        )
        if conversion_type is not UNSET:
            field_dict["conversion_type"] = conversion_type
        if priority is not UNSET:
            field_dict["priority"] = priority
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if suite is not UNSET:
            field_dict["suite"] = suite
        if state is not UNSET:
            field_dict["state"] = state
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if client_name is not UNSET:
            field_dict["client_name"] = client_name

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
            _field = "external_id"
            external_id = d.pop("external_id")

            _field = "street_address"
            street_address = d.pop("street_address")

            _field = "city"
            city = d.pop("city")

            _field = "country"
            country = d.pop("country")

            _field = "conversion_type"
            conversion_type = d.pop("conversion_type", UNSET)

            _field = "priority"
            priority = d.pop("priority", UNSET)

            _field = "webhook_url"
            webhook_url = d.pop("webhook_url", UNSET)

            _field = "suite"
            suite = d.pop("suite", UNSET)

            _field = "state"
            state = d.pop("state", UNSET)

            _field = "postcode"
            postcode = d.pop("postcode", UNSET)

            _field = "client_name"
            client_name = d.pop("client_name", UNSET)

            _field = None
            go_to_scan_order_request = cls(
                external_id=external_id,
                street_address=street_address,
                city=city,
                country=country,
                conversion_type=conversion_type,
                priority=priority,
                webhook_url=webhook_url,
                suite=suite,
                state=state,
                postcode=postcode,
                client_name=client_name,
            )

            go_to_scan_order_request.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return go_to_scan_order_request

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_GoToScanOrderRequestWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_GoToScanOrderRequestWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        go_to_scan_order_request = object.__new__(cls)
        go_to_scan_order_request.external_id = wire.external_id
        go_to_scan_order_request.street_address = wire.street_address
        go_to_scan_order_request.city = wire.city
        go_to_scan_order_request.country = wire.country
        go_to_scan_order_request.conversion_type = wire.conversion_type
        go_to_scan_order_request.priority = wire.priority
        go_to_scan_order_request.webhook_url = wire.webhook_url
        go_to_scan_order_request.suite = wire.suite
        go_to_scan_order_request.state = wire.state
        go_to_scan_order_request.postcode = wire.postcode
        go_to_scan_order_request.client_name = wire.client_name
        go_to_scan_order_request.additional_properties = {}
        return go_to_scan_order_request

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
_GoToScanOrderRequestWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_GoToScanOrderRequestWire`: `GoToScanOrderRequest` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _GoToScanOrderRequestWire, _WIRE_UNSET
    if _GoToScanOrderRequestWire is not None:
        return _GoToScanOrderRequestWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        external_id: Any
        street_address: Any
        city: Any
        country: Any
        conversion_type: Any = UNSET
        priority: Any = UNSET
        webhook_url: Any = UNSET
        suite: Any = UNSET
        state: Any = UNSET
        postcode: Any = UNSET
        client_name: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_GoToScanOrderRequestWire"
    # bound before the nested ones, which may refer back to this one
    _GoToScanOrderRequestWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
