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
    """Error body. Only the 400 `validation_error` shape is seen (in a body captured from the live API by a public
    integration); `message` and `detail` are inferred, and unknown keys are allowed.

        Example:
            {'validation_error': {'body_params': [{'loc': ['street'], 'msg': 'field required'}]}}

        Attributes:
            validation_error (ValidationErrors | Unset): Invalid request locations, grouped by where they were found. Only
                `body_params` is seen; `query_params` and `path_params` are inferred siblings.
            message (str | Unset): Inferred: a human-readable reason.
            detail (Any | Unset): Inferred: a framework-style error detail (string or structure).
    """

    validation_error: ValidationErrors | Unset = UNSET
    message: str | Unset = UNSET
    detail: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        validation_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_error, Unset):
            validation_error = self.validation_error.to_dict()

        message = self.message

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if validation_error is not UNSET:
            field_dict["validation_error"] = validation_error
        if message is not UNSET:
            field_dict["message"] = message
        if detail is not UNSET:
            field_dict["detail"] = detail

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
            _field = "validation_error"
            _validation_error = d.pop("validation_error", UNSET)
            validation_error: ValidationErrors | Unset
            if isinstance(_validation_error, Unset):
                validation_error = UNSET
            else:
                validation_error = ValidationErrors.from_dict(_validation_error)

            _field = "message"
            message = d.pop("message", UNSET)

            _field = "detail"
            detail = d.pop("detail", UNSET)

            _field = None
            error = cls(
                validation_error=validation_error,
                message=message,
                detail=detail,
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
        _validation_error = wire.validation_error
        error.validation_error = (
            UNSET
            if _validation_error is _WIRE_UNSET
            else ValidationErrors._from_wire(_validation_error)
        )
        error.message = wire.message
        error.detail = wire.detail
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
_ValidationErrorsWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_ErrorWire`: `Error` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _ErrorWire, _WIRE_UNSET, _ValidationErrorsWire
    if _ErrorWire is not None:
        return _ErrorWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        validation_error: _ValidationErrorsWire | msgspec.UnsetType = msgspec.UNSET
        message: Any = UNSET
        detail: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_ErrorWire"
    # bound before the nested ones, which may refer back to this one
    _ErrorWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.validation_errors import _wire as _validation_errors_wire

    _ValidationErrorsWire = _validation_errors_wire()
    return Wire


from ..models.validation_errors import ValidationErrors
