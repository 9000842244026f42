from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

T = TypeVar("T", bound="UserCredentials")


@_attrs_define
class UserCredentials:
    """Log in as a user.

    Attributes:
        email (str): The user's email address.
        password (str): The user's password.
    """

    email: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
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

            _field = None
            user_credentials = cls(
                email=email,
                password=password,
            )

        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return user_credentials

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_UserCredentialsWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_UserCredentialsWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        user_credentials = object.__new__(cls)
        user_credentials.email = wire.email
        user_credentials.password = wire.password
        return user_credentials


# The msgspec Structs of the fast path are defined by `_wire()` on the second body a model decodes, so a
# program that makes one call never loads msgspec (see `clientkit.decoding.decode_model`).
_UserCredentialsWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_UserCredentialsWire`: `UserCredentials` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _UserCredentialsWire, _WIRE_UNSET
    if _UserCredentialsWire is not None:
        return _UserCredentialsWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False):
        email: Any
        password: Any

    Wire.__name__ = Wire.__qualname__ = "_UserCredentialsWire"
    # bound before the nested ones, which may refer back to this one
    _UserCredentialsWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
