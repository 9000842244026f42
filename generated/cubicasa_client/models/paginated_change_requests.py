from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
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


# The msgspec Structs of the fast path are defined by `_wire()` on the second body a model decodes, so a
# program that makes one call never loads msgspec (see `clientkit.decoding.decode_model`).
_PaginatedChangeRequestsWire: Any = None
_ChangeRequestWire: Any = None
_PaginationWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_PaginatedChangeRequestsWire`: `PaginatedChangeRequests` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global \
        _PaginatedChangeRequestsWire, \
        _WIRE_UNSET, \
        _ChangeRequestWire, \
        _PaginationWire
    if _PaginatedChangeRequestsWire is not None:
        return _PaginatedChangeRequestsWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        pagination: _PaginationWire
        items: list[_ChangeRequestWire]

    Wire.__name__ = Wire.__qualname__ = "_PaginatedChangeRequestsWire"
    # bound before the nested ones, which may refer back to this one
    _PaginatedChangeRequestsWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.change_request import _wire as _change_request_wire

    _ChangeRequestWire = _change_request_wire()
    from ..models.pagination import _wire as _pagination_wire

    _PaginationWire = _pagination_wire()
    return Wire


from ..models.change_request import ChangeRequest
from ..models.pagination import Pagination
