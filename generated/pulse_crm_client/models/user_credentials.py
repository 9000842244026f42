from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import msgspec
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
        return decode_model(
            content, _UserCredentialsWire, cls._from_wire, cls.from_dict
        )

    @classmethod
    def _from_wire(cls, wire: _UserCredentialsWire) -> Self:
        """The model of a decoded `_UserCredentialsWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        user_credentials = object.__new__(cls)
        user_credentials.email = wire.email
        user_credentials.password = wire.password
        return user_credentials


class _UserCredentialsWire(msgspec.Struct, kw_only=True, gc=False):
    """`UserCredentials` as msgspec decodes it (the fast path of `UserCredentials.from_json`)."""

    email: Any
    password: Any
