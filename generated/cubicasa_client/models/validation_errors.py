from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationErrors")


@_attrs_define
class ValidationErrors:
    """Invalid request locations, grouped by where they were found. Only `body_params` is seen; `query_params` and
    `path_params` are inferred siblings.

        Attributes:
            body_params (list[ValidationErrorItem] | Unset):
            query_params (list[ValidationErrorItem] | Unset): Inferred: sibling of `body_params` for query errors.
            path_params (list[ValidationErrorItem] | Unset): Inferred: sibling of `body_params` for path errors.
    """

    body_params: list[ValidationErrorItem] | Unset = UNSET
    query_params: list[ValidationErrorItem] | Unset = UNSET
    path_params: list[ValidationErrorItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.body_params, Unset):
            body_params = []
            for body_params_item_data in self.body_params:
                body_params_item = body_params_item_data.to_dict()
                body_params.append(body_params_item)

        query_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.query_params, Unset):
            query_params = []
            for query_params_item_data in self.query_params:
                query_params_item = query_params_item_data.to_dict()
                query_params.append(query_params_item)

        path_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.path_params, Unset):
            path_params = []
            for path_params_item_data in self.path_params:
                path_params_item = path_params_item_data.to_dict()
                path_params.append(path_params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body_params is not UNSET:
            field_dict["body_params"] = body_params
        if query_params is not UNSET:
            field_dict["query_params"] = query_params
        if path_params is not UNSET:
            field_dict["path_params"] = path_params

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
            _field = "body_params"
            _body_params = d.pop("body_params", UNSET)
            body_params: list[ValidationErrorItem] | Unset = UNSET
            if _body_params is not UNSET:
                body_params = []
                for body_params_item_data in _body_params:
                    body_params_item = ValidationErrorItem.from_dict(
                        body_params_item_data
                    )

                    body_params.append(body_params_item)

            _field = "query_params"
            _query_params = d.pop("query_params", UNSET)
            query_params: list[ValidationErrorItem] | Unset = UNSET
            if _query_params is not UNSET:
                query_params = []
                for query_params_item_data in _query_params:
                    query_params_item = ValidationErrorItem.from_dict(
                        query_params_item_data
                    )

                    query_params.append(query_params_item)

            _field = "path_params"
            _path_params = d.pop("path_params", UNSET)
            path_params: list[ValidationErrorItem] | Unset = UNSET
            if _path_params is not UNSET:
                path_params = []
                for path_params_item_data in _path_params:
                    path_params_item = ValidationErrorItem.from_dict(
                        path_params_item_data
                    )

                    path_params.append(path_params_item)

            _field = None
            validation_errors = cls(
                body_params=body_params,
                query_params=query_params,
                path_params=path_params,
            )

            validation_errors.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return validation_errors

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_ValidationErrorsWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_ValidationErrorsWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        validation_errors = object.__new__(cls)
        _body_params = wire.body_params
        validation_errors.body_params = (
            UNSET
            if _body_params is _WIRE_UNSET
            else [ValidationErrorItem._from_wire(item) for item in _body_params]
        )
        _query_params = wire.query_params
        validation_errors.query_params = (
            UNSET
            if _query_params is _WIRE_UNSET
            else [ValidationErrorItem._from_wire(item) for item in _query_params]
        )
        _path_params = wire.path_params
        validation_errors.path_params = (
            UNSET
            if _path_params is _WIRE_UNSET
            else [ValidationErrorItem._from_wire(item) for item in _path_params]
        )
        validation_errors.additional_properties = {}
        return validation_errors

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
_ValidationErrorsWire: Any = None
_ValidationErrorItemWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_ValidationErrorsWire`: `ValidationErrors` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _ValidationErrorsWire, _WIRE_UNSET, _ValidationErrorItemWire
    if _ValidationErrorsWire is not None:
        return _ValidationErrorsWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        body_params: list[_ValidationErrorItemWire] | msgspec.UnsetType = msgspec.UNSET
        query_params: list[_ValidationErrorItemWire] | msgspec.UnsetType = msgspec.UNSET
        path_params: list[_ValidationErrorItemWire] | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_ValidationErrorsWire"
    # bound before the nested ones, which may refer back to this one
    _ValidationErrorsWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.validation_error_item import _wire as _validation_error_item_wire

    _ValidationErrorItemWire = _validation_error_item_wire()
    return Wire


from ..models.validation_error_item import ValidationErrorItem
