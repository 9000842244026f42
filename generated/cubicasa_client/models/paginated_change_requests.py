from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

T = TypeVar("T", bound="PaginatedChangeRequests")


@_attrs_define
class PaginatedChangeRequests:
    """
    Attributes:
        pagination (Pagination): Where a page sits in the whole list. Example: {'has_more': True, 'limit': 20,
            'next_offset': 21, 'previous_offset': 0}.
        items (list[ChangeRequest]):
    """

    pagination: Pagination
    items: list[ChangeRequest]
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
                items_item = ChangeRequest.from_dict(items_item_data)

                items.append(items_item)

            _field = None
            paginated_change_requests = cls(
                pagination=pagination,
                items=items,
            )

            paginated_change_requests.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return paginated_change_requests

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_PaginatedChangeRequestsWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(
            content, _PaginatedChangeRequestsWire, cls._from_wire, cls.from_dict
        )

    @classmethod
    def _from_wire(cls, wire: _PaginatedChangeRequestsWire) -> Self:
        """The model of a decoded `_PaginatedChangeRequestsWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        paginated_change_requests = object.__new__(cls)
        paginated_change_requests.pagination = Pagination._from_wire(wire.pagination)
        paginated_change_requests.items = [
            ChangeRequest._from_wire(item) for item in wire.items
        ]
        paginated_change_requests.additional_properties = {}
        return paginated_change_requests

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


class _PaginatedChangeRequestsWire(
    msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True
):
    """`PaginatedChangeRequests` as msgspec decodes it (the fast path of `PaginatedChangeRequests.from_json`)."""

    pagination: _PaginationWire
    items: list[_ChangeRequestWire]


from ..models.change_request import (
    ChangeRequest,
    _ChangeRequestWire,
)
from ..models.pagination import (
    Pagination,
    _PaginationWire,
)
