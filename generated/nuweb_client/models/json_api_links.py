from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonApiLinks")


@_attrs_define
class JsonApiLinks:
    """Navigation URLs of a paginated list (vendor component `paginationLinks`); each URL carries `?page=N`.

    Example:
        {'first': 'http://api.willms.com/v1/companies?page=1', 'last': 'http://api.willms.com/v1/companies?page=5',
            'prev': 'http://api.willms.com/v1/companies?page=2', 'next': 'http://api.willms.com/v1/companies?page=4',
            'self': 'http://api.willms.com/v1/companies?page=3'}

    Attributes:
        first (str | Unset): URL of the first page.
        last (str | Unset): URL of the last page.
        prev (None | str | Unset): URL of the previous page. Inferred: `null` on the first page, as other vendor
            endpoints declare and Laravel paginators send.
        next_ (None | str | Unset): URL of the next page; stop paginating when it is `null` or absent. Inferred: `null`
            on the last page, as other vendor endpoints declare and Laravel paginators send.
        self_ (str | Unset): URL of the current page.
    """

    first: str | Unset = UNSET
    last: str | Unset = UNSET
    prev: None | str | Unset = UNSET
    next_: None | str | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first = self.first

        last = self.last

        prev: None | str | Unset
        if isinstance(self.prev, Unset):
            prev = UNSET
        else:
            prev = self.prev

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last
        if prev is not UNSET:
            field_dict["prev"] = prev
        if next_ is not UNSET:
            field_dict["next"] = next_
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first = d.pop("first", UNSET)

        last = d.pop("last", UNSET)

        prev = d.pop("prev", UNSET)

        next_ = d.pop("next", UNSET)

        self_ = d.pop("self", UNSET)

        json_api_links = cls(
            first=first,
            last=last,
            prev=prev,
            next_=next_,
            self_=self_,
        )

        json_api_links.additional_properties = d
        return json_api_links

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
