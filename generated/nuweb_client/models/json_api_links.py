from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

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
        """Build from decoded JSON; a value that does not fit raises `ModelFieldError` naming its field."""
        _field: str | None = None
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(
                    f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            _field = "first"
            first = d.pop("first", UNSET)

            _field = "last"
            last = d.pop("last", UNSET)

            _field = "prev"
            prev = d.pop("prev", UNSET)

            _field = "next"
            next_ = d.pop("next", UNSET)

            _field = "self"
            self_ = d.pop("self", UNSET)

            _field = None
            json_api_links = cls(
                first=first,
                last=last,
                prev=prev,
                next_=next_,
                self_=self_,
            )

            json_api_links.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return json_api_links

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_JsonApiLinksWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_JsonApiLinksWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        json_api_links = object.__new__(cls)
        json_api_links.first = wire.first
        json_api_links.last = wire.last
        json_api_links.prev = wire.prev
        json_api_links.next_ = wire.next_
        json_api_links.self_ = wire.self_
        json_api_links.additional_properties = {}
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


# The msgspec Structs of the fast path are defined by `_wire()` on the second body a model decodes, so a
# program that makes one call never loads msgspec (see `clientkit.decoding.decode_model`).
_JsonApiLinksWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_JsonApiLinksWire`: `JsonApiLinks` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _JsonApiLinksWire, _WIRE_UNSET
    if _JsonApiLinksWire is not None:
        return _JsonApiLinksWire
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
            "next_": "next",
            "self_": "self",
        },
    ):
        first: Any = UNSET
        last: Any = UNSET
        prev: Any = UNSET
        next_: Any = UNSET
        self_: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_JsonApiLinksWire"
    # bound before the nested ones, which may refer back to this one
    _JsonApiLinksWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
