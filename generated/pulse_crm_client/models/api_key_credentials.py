from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        api_secret = d.pop("apiSecret")

        api_key_credentials = cls(
            api_key=api_key,
            api_secret=api_secret,
        )

        return api_key_credentials
