from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    """Admin-user credentials; all three fields are needed, and a blank one counts as missing. Inferred: the vendor marks
    no field as required, but a login cannot work without credentials, and Laravel Sanctum's token login, which this
    call follows (same fields, `422` as its only failure), requires all three; Laravel trims strings and treats blank
    ones as missing.

        Example:
            {'email': 'master@example.com', 'password': 'password', 'device_name': 'api_test'}

        Attributes:
            email (str): Your admin user e-mail address.
            password (str): Your admin user password.
            device_name (str): An arbitrary identifier for the device making the API request.
    """

    email: str
    password: str
    device_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        device_name = self.device_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
                "device_name": device_name,
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

            _field = "password"
            password = d.pop("password")

            _field = "device_name"
            device_name = d.pop("device_name")

            _field = None
            login_request = cls(
                email=email,
                password=password,
                device_name=device_name,
            )

            login_request.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return login_request

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_LoginRequestWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_LoginRequestWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        login_request = object.__new__(cls)
        login_request.email = wire.email
        login_request.password = wire.password
        login_request.device_name = wire.device_name
        login_request.additional_properties = {}
        return login_request

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
_LoginRequestWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_LoginRequestWire`: `LoginRequest` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _LoginRequestWire, _WIRE_UNSET
    if _LoginRequestWire is not None:
        return _LoginRequestWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        email: Any
        password: Any
        device_name: Any

    Wire.__name__ = Wire.__qualname__ = "_LoginRequestWire"
    # bound before the nested ones, which may refer back to this one
    _LoginRequestWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
