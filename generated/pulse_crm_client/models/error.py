from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error response object. The vendor's swagger defines `error`, `status` and `message`; the developers.chargeloop.com
    reference defines `error`, `message` and `dev_err_msg`. Which variant the live server sends is not known, so all are
    optional except `error`, and other fields are allowed.

        Attributes:
            error (str): Error message (a short label).
            status (int | Unset): HTTP status code.
            message (str | Unset): Detailed error message.
            dev_err_msg (str | Unset): Internal diagnostics, sent outside production only.
    """

    error: str
    status: int | Unset = UNSET
    message: str | Unset = UNSET
    dev_err_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        status = self.status

        message = self.message

        dev_err_msg = self.dev_err_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if dev_err_msg is not UNSET:
            field_dict["dev_err_msg"] = dev_err_msg

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
            _field = "error"
            error = d.pop("error")

            _field = "status"
            status = d.pop("status", UNSET)

            _field = "message"
            message = d.pop("message", UNSET)

            _field = "dev_err_msg"
            dev_err_msg = d.pop("dev_err_msg", UNSET)

            _field = None
            error = cls(
                error=error,
                status=status,
                message=message,
                dev_err_msg=dev_err_msg,
            )

            error.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return error

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_ErrorWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_ErrorWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        error = object.__new__(cls)
        error.error = wire.error
        error.status = wire.status
        error.message = wire.message
        error.dev_err_msg = wire.dev_err_msg
        error.additional_properties = {}
        return error

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
_ErrorWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_ErrorWire`: `Error` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _ErrorWire, _WIRE_UNSET
    if _ErrorWire is not None:
        return _ErrorWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        error: Any
        status: Any = UNSET
        message: Any = UNSET
        dev_err_msg: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_ErrorWire"
    # bound before the nested ones, which may refer back to this one
    _ErrorWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
