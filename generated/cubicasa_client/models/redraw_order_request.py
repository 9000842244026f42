from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        street = d.pop("street")

        city = d.pop("city")

        country = d.pop("country")

        source = d.pop("source")

        suite = d.pop("suite", UNSET)

        state = d.pop("state", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        info = d.pop("info", UNSET)

        external_id = d.pop("external_id", UNSET)

        package_type = d.pop("package_type", UNSET)

        add_ons = d.pop("add_ons", UNSET)

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
