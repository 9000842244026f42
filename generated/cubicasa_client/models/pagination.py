from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where a page sits in the whole list.

    Example:
        {'has_more': True, 'limit': 20, 'next_offset': 21, 'previous_offset': 0}

    Attributes:
        has_more (bool): More records exist after this page.
        limit (int | Unset): Page size (default 20).
        next_offset (int | None | Unset): Offset to send for the next page while `has_more` is true. Send it as is.
            (`null` on the last page is allowed: inferred, the docs show only pages with more records.)
        previous_offset (int | None | Unset): Offset of the previous page.
    """

    has_more: bool
    limit: int | Unset = UNSET
    next_offset: int | None | Unset = UNSET
    previous_offset: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        limit = self.limit

        next_offset: int | None | Unset
        if isinstance(self.next_offset, Unset):
            next_offset = UNSET
        else:
            next_offset = self.next_offset

        previous_offset: int | None | Unset
        if isinstance(self.previous_offset, Unset):
            previous_offset = UNSET
        else:
            previous_offset = self.previous_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_more": has_more,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if next_offset is not UNSET:
            field_dict["next_offset"] = next_offset
        if previous_offset is not UNSET:
            field_dict["previous_offset"] = previous_offset

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
            _field = "has_more"
            has_more = d.pop("has_more")

            _field = "limit"
            limit = d.pop("limit", UNSET)

            _field = "next_offset"
            next_offset = d.pop("next_offset", UNSET)

            _field = "previous_offset"
            previous_offset = d.pop("previous_offset", UNSET)

            _field = None
            pagination = cls(
                has_more=has_more,
                limit=limit,
                next_offset=next_offset,
                previous_offset=previous_offset,
            )

            pagination.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return pagination

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_PaginationWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_PaginationWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        pagination = object.__new__(cls)
        pagination.has_more = wire.has_more
        pagination.limit = wire.limit
        pagination.next_offset = wire.next_offset
        pagination.previous_offset = wire.previous_offset
        pagination.additional_properties = {}
        return pagination

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
_PaginationWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_PaginationWire`: `Pagination` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _PaginationWire, _WIRE_UNSET
    if _PaginationWire is not None:
        return _PaginationWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        has_more: Any
        limit: Any = UNSET
        next_offset: Any = UNSET
        previous_offset: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_PaginationWire"
    # bound before the nested ones, which may refer back to this one
    _PaginationWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
