from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

T = TypeVar("T", bound="ChangePasswordRequest")


@_attrs_define
class ChangePasswordRequest:
    """
    Attributes:
        email (str):
        old_password (str):
        new_password (str):
    """

    email: str
    old_password: str
    new_password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        old_password = self.old_password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "old_password": old_password,
                "new_password": new_password,
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
            _field = "email"
            email = d.pop("email")

            _field = "old_password"
            old_password = d.pop("old_password")

            _field = "new_password"
            new_password = d.pop("new_password")

            _field = None
            change_password_request = cls(
                email=email,
                old_password=old_password,
                new_password=new_password,
            )

            change_password_request.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return change_password_request

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_ChangePasswordRequestWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_ChangePasswordRequestWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        change_password_request = object.__new__(cls)
        change_password_request.email = wire.email
        change_password_request.old_password = wire.old_password
        change_password_request.new_password = wire.new_password
        change_password_request.additional_properties = {}
        return change_password_request

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
_ChangePasswordRequestWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_ChangePasswordRequestWire`: `ChangePasswordRequest` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _ChangePasswordRequestWire, _WIRE_UNSET
    if _ChangePasswordRequestWire is not None:
        return _ChangePasswordRequestWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        email: Any
        old_password: Any
        new_password: Any

    Wire.__name__ = Wire.__qualname__ = "_ChangePasswordRequestWire"
    # bound before the nested ones, which may refer back to this one
    _ChangePasswordRequestWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
