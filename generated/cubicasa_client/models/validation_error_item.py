from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationErrorItem")


@_attrs_define
class ValidationErrorItem:
    """One invalid field (pydantic style).

    Attributes:
        loc (list[int | str]): Path to the invalid field.
        msg (str):
        type_ (str | Unset): Inferred: pydantic's error type code.
    """

    loc: list[int | str]
    msg: str
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

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
            _field = "loc"
            loc = []
            _loc = d.pop("loc")
            for loc_item_data in _loc:
                loc_item = loc_item_data

                loc.append(loc_item)

            _field = "msg"
            msg = d.pop("msg")

            _field = "type"
            type_ = d.pop("type", UNSET)

            _field = None
            validation_error_item = cls(
                loc=loc,
                msg=msg,
                type_=type_,
            )

            validation_error_item.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return validation_error_item

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_ValidationErrorItemWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_ValidationErrorItemWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        validation_error_item = object.__new__(cls)
        loc = []
        _loc = wire.loc
        for loc_item_data in _loc:
            loc_item = loc_item_data

            loc.append(loc_item)

        validation_error_item.loc = loc
        validation_error_item.msg = wire.msg
        validation_error_item.type_ = wire.type_
        validation_error_item.additional_properties = {}
        return validation_error_item

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
_ValidationErrorItemWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_ValidationErrorItemWire`: `ValidationErrorItem` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _ValidationErrorItemWire, _WIRE_UNSET
    if _ValidationErrorItemWire is not None:
        return _ValidationErrorItemWire
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
            "type_": "type",
        },
    ):
        loc: Any
        msg: Any
        type_: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_ValidationErrorItemWire"
    # bound before the nested ones, which may refer back to this one
    _ValidationErrorItemWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
