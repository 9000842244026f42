from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyUserStatusMessage")


@_attrs_define
class CompanyUserStatusMessage:
    """Result of suspending or restoring a user. Inferred: the vendor's schema declares only a `data` object, while its
    examples return only `message`; both are declared optional until the live shape is known.

        Example:
            {'message': "User 'John Doe' suspended successfully!"}

        Attributes:
            message (str | Unset): Confirmation message, e.g. `User 'John Doe' suspended successfully!` (the vendor's
                restore message is spelled "succeessfully").
            data (CompanyUserStatusMessageData | Unset): Declared by the vendor schema with no known fields (open object).
    """

    message: str | Unset = UNSET
    data: CompanyUserStatusMessageData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

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
            _field = "message"
            message = d.pop("message", UNSET)

            _field = "data"
            _data = d.pop("data", UNSET)
            data: CompanyUserStatusMessageData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = CompanyUserStatusMessageData.from_dict(_data)

            _field = None
            company_user_status_message = cls(
                message=message,
                data=data,
            )

            company_user_status_message.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return company_user_status_message

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CompanyUserStatusMessageWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CompanyUserStatusMessageWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        company_user_status_message = object.__new__(cls)
        company_user_status_message.message = wire.message
        _data = wire.data
        company_user_status_message.data = (
            UNSET
            if _data is _WIRE_UNSET
            else CompanyUserStatusMessageData._from_wire(_data)
        )
        company_user_status_message.additional_properties = {}
        return company_user_status_message

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
_CompanyUserStatusMessageWire: Any = None
_CompanyUserStatusMessageDataWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CompanyUserStatusMessageWire`: `CompanyUserStatusMessage` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _CompanyUserStatusMessageWire, _WIRE_UNSET, _CompanyUserStatusMessageDataWire
    if _CompanyUserStatusMessageWire is not None:
        return _CompanyUserStatusMessageWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        message: Any = UNSET
        data: _CompanyUserStatusMessageDataWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_CompanyUserStatusMessageWire"
    # bound before the nested ones, which may refer back to this one
    _CompanyUserStatusMessageWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.company_user_status_message_data import (
        _wire as _company_user_status_message_data_wire,
    )

    _CompanyUserStatusMessageDataWire = _company_user_status_message_data_wire()
    return Wire


from ..models.company_user_status_message_data import CompanyUserStatusMessageData
