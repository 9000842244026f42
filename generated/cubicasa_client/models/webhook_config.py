from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..models.webhook_trigger import WebhookTrigger
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookConfig")


@_attrs_define
class WebhookConfig:
    """The company's webhook settings; each update replaces them.

    Attributes:
        webhook_urls (list[str] | Unset):
        webhook_triggers (list[WebhookTrigger] | Unset):
    """

    webhook_urls: list[str] | Unset = UNSET
    webhook_triggers: list[WebhookTrigger] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_urls: list[str] | Unset = UNSET
        if not isinstance(self.webhook_urls, Unset):
            webhook_urls = self.webhook_urls

        webhook_triggers: list[str] | Unset = UNSET
        if not isinstance(self.webhook_triggers, Unset):
            webhook_triggers = []
            for webhook_triggers_item_data in self.webhook_triggers:
                webhook_triggers_item = webhook_triggers_item_data.value
                webhook_triggers.append(webhook_triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_urls is not UNSET:
            field_dict["webhook_urls"] = webhook_urls
        if webhook_triggers is not UNSET:
            field_dict["webhook_triggers"] = webhook_triggers

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
            _field = "webhook_urls"
            webhook_urls = d.pop("webhook_urls", UNSET)

            _field = "webhook_triggers"
            _webhook_triggers = d.pop("webhook_triggers", UNSET)
            webhook_triggers: list[WebhookTrigger] | Unset = UNSET
            if _webhook_triggers is not UNSET:
                webhook_triggers = []
                for webhook_triggers_item_data in _webhook_triggers:
                    webhook_triggers_item = WebhookTrigger._from_json(
                        webhook_triggers_item_data
                    )

                    webhook_triggers.append(webhook_triggers_item)

            _field = None
            webhook_config = cls(
                webhook_urls=webhook_urls,
                webhook_triggers=webhook_triggers,
            )

            webhook_config.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return webhook_config

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_WebhookConfigWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_WebhookConfigWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        webhook_config = object.__new__(cls)
        webhook_urls = wire.webhook_urls

        webhook_config.webhook_urls = webhook_urls
        _webhook_triggers = wire.webhook_triggers
        webhook_config.webhook_triggers = (
            UNSET if _webhook_triggers is _WIRE_UNSET else _webhook_triggers
        )
        webhook_config.additional_properties = {}
        return webhook_config

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
_WebhookConfigWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_WebhookConfigWire`: `WebhookConfig` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _WebhookConfigWire, _WIRE_UNSET
    if _WebhookConfigWire is not None:
        return _WebhookConfigWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        webhook_urls: Any = UNSET
        webhook_triggers: list[WebhookTrigger] | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_WebhookConfigWire"
    # bound before the nested ones, which may refer back to this one
    _WebhookConfigWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
