from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedrawOrderRequest")


@_attrs_define
class RedrawOrderRequest:
    """Inferred: fields a public integration saw `POST /orders` require (`street`, `city`, `country`, `source`, and `info`
    as a string), plus the draft order's optional address fields.

        Attributes:
            street (str):
            city (str):
            country (str):
            source (str): Inferred: where the plan to redraw comes from (a file URL or id).
            suite (str | Unset):
            state (str | Unset):
            postal_code (str | Unset):
            info (str | Unset):
            external_id (str | Unset):
            package_type (str | Unset):
            add_ons (list[str] | Unset):
    """

    street: str
    city: str
    country: str
    source: str
    suite: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    info: str | Unset = UNSET
    external_id: str | Unset = UNSET
    package_type: str | Unset = UNSET
    add_ons: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        city = self.city

        country = self.country

        source = self.source

        suite = self.suite

        state = self.state

        postal_code = self.postal_code

        info = self.info

        external_id = self.external_id

        package_type = self.package_type

        add_ons: list[str] | Unset = UNSET
        if not isinstance(self.add_ons, Unset):
            add_ons = self.add_ons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "street": street,
                "city": city,
                "country": country,
                "source": source,
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
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if package_type is not UNSET:
            field_dict["package_type"] = package_type
        if add_ons is not UNSET:
            field_dict["add_ons"] = add_ons

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

            _field = "source"
            source = d.pop("source")

            _field = "suite"
            suite = d.pop("suite", UNSET)

            _field = "state"
            state = d.pop("state", UNSET)

            _field = "postalCode"
            postal_code = d.pop("postalCode", UNSET)

            _field = "info"
            info = d.pop("info", UNSET)

            _field = "external_id"
            external_id = d.pop("external_id", UNSET)

            _field = "package_type"
            package_type = d.pop("package_type", UNSET)

            _field = "add_ons"
            add_ons = d.pop("add_ons", UNSET)

            _field = None
            redraw_order_request = cls(
                street=street,
                city=city,
                country=country,
                source=source,
                suite=suite,
                state=state,
                postal_code=postal_code,
                info=info,
                external_id=external_id,
                package_type=package_type,
                add_ons=add_ons,
            )

            redraw_order_request.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return redraw_order_request

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_RedrawOrderRequestWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_RedrawOrderRequestWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        redraw_order_request = object.__new__(cls)
        redraw_order_request.street = wire.street
        redraw_order_request.city = wire.city
        redraw_order_request.country = wire.country
        redraw_order_request.source = wire.source
        redraw_order_request.suite = wire.suite
        redraw_order_request.state = wire.state
        redraw_order_request.postal_code = wire.postal_code
        redraw_order_request.info = wire.info
        redraw_order_request.external_id = wire.external_id
        redraw_order_request.package_type = wire.package_type
        add_ons = wire.add_ons

        redraw_order_request.add_ons = add_ons
        redraw_order_request.additional_properties = {}
        return redraw_order_request

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
_RedrawOrderRequestWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_RedrawOrderRequestWire`: `RedrawOrderRequest` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _RedrawOrderRequestWire, _WIRE_UNSET
    if _RedrawOrderRequestWire is not None:
        return _RedrawOrderRequestWire
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
        source: Any
        suite: Any = UNSET
        state: Any = UNSET
        postal_code: Any = UNSET
        info: Any = UNSET
        external_id: Any = UNSET
        package_type: Any = UNSET
        add_ons: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_RedrawOrderRequestWire"
    # bound before the nested ones, which may refer back to this one
    _RedrawOrderRequestWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
