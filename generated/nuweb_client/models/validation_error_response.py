from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationErrorResponse")


@_attrs_define
class ValidationErrorResponse:
    """Validation error body; `errors` maps each invalid field to its messages.

    Example:
        {'message': 'The given data was invalid.', 'errors': {'field_name': ['The field_name field is required']}}

    Attributes:
        message (str | Unset): Summary message.
        errors (ValidationErrorResponseErrors | Unset): Field name → list of validation messages for that field.
    """

    message: str | Unset = UNSET
    errors: ValidationErrorResponseErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

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

            _field = "errors"
            _errors = d.pop("errors", UNSET)
            errors: ValidationErrorResponseErrors | Unset
            if isinstance(_errors, Unset):
                errors = UNSET
            else:
                errors = ValidationErrorResponseErrors.from_dict(_errors)

            _field = None
            validation_error_response = cls(
                message=message,
                errors=errors,
            )

            validation_error_response.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return validation_error_response

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_ValidationErrorResponseWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_ValidationErrorResponseWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        validation_error_response = object.__new__(cls)
        validation_error_response.message = wire.message
        _errors = wire.errors
        validation_error_response.errors = (
            UNSET
            if _errors is _WIRE_UNSET
            else ValidationErrorResponseErrors._from_wire(_errors)
        )
        validation_error_response.additional_properties = {}
        return validation_error_response

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
_ValidationErrorResponseWire: Any = None
_ValidationErrorResponseErrorsWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_ValidationErrorResponseWire`: `ValidationErrorResponse` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _ValidationErrorResponseWire, _WIRE_UNSET, _ValidationErrorResponseErrorsWire
    if _ValidationErrorResponseWire is not None:
        return _ValidationErrorResponseWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        message: Any = UNSET
        errors: _ValidationErrorResponseErrorsWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_ValidationErrorResponseWire"
    # bound before the nested ones, which may refer back to this one
    _ValidationErrorResponseWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.validation_error_response_errors import (
        _wire as _validation_error_response_errors_wire,
    )

    _ValidationErrorResponseErrorsWire = _validation_error_response_errors_wire()
    return Wire


from ..models.validation_error_response_errors import ValidationErrorResponseErrors
