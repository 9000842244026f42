from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

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

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_ApiKeyCredentialsWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_ApiKeyCredentialsWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        api_key_credentials = object.__new__(cls)
        api_key_credentials.api_key = wire.api_key
        api_key_credentials.api_secret = wire.api_secret
        return api_key_credentials


# The msgspec Structs of the fast path are defined by `_wire()` on the second body a model decodes, so a
# program that makes one call never loads msgspec (see `clientkit.decoding.decode_model`).
_ApiKeyCredentialsWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_ApiKeyCredentialsWire`: `ApiKeyCredentials` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _ApiKeyCredentialsWire, _WIRE_UNSET
    if _ApiKeyCredentialsWire is not None:
        return _ApiKeyCredentialsWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(
        msgspec.Struct,
        kw_only=True,
        gc=False,
        rename={
            "api_key": "apiKey",
            "api_secret": "apiSecret",
        },
    ):
        api_key: Any
        api_secret: Any

    Wire.__name__ = Wire.__qualname__ = "_ApiKeyCredentialsWire"
    # bound before the nested ones, which may refer back to this one
    _ApiKeyCredentialsWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
