from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from clientkit.decoding import SHAPE_ERRORS, field_failed

T = TypeVar("T", bound="ApiKeyCredentials")


@_attrs_define
class ApiKeyCredentials:
    """Log in with an API key (bound to one account, with a fixed set of permissions). The secret is shown only once, when
    the key is created.

        Attributes:
            api_key (str): The API key, e.g. `apiKey-xxxxxxxxxxxx`.
            api_secret (str): The API key's secret.
    """

    api_key: str
    api_secret: str

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        api_secret = self.api_secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "apiKey": api_key,
                "apiSecret": api_secret,
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
            _field = "apiKey"
            api_key = d.pop("apiKey")

            _field = "apiSecret"
            api_secret = d.pop("apiSecret")

            _field = None
            api_key_credentials = cls(
                api_key=api_key,
                api_secret=api_secret,
            )

        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return api_key_credentials
