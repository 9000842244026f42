from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from clientkit.decoding import SHAPE_ERRORS, field_failed

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
