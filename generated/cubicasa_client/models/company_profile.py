from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyProfile")


@_attrs_define
class CompanyProfile:
    """Inferred: the company's contact profile.

    Attributes:
        email (str | Unset):
        name (str | Unset):
    """

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name

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
            email = d.pop("email", UNSET)

            _field = "name"
            name = d.pop("name", UNSET)

            _field = None
            company_profile = cls(
                email=email,
                name=name,
            )

            company_profile.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return company_profile

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CompanyProfileWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CompanyProfileWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        company_profile = object.__new__(cls)
        company_profile.email = wire.email
        company_profile.name = wire.name
        company_profile.additional_properties = {}
        return company_profile

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
_CompanyProfileWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CompanyProfileWire`: `CompanyProfile` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _CompanyProfileWire, _WIRE_UNSET
    if _CompanyProfileWire is not None:
        return _CompanyProfileWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        email: Any = UNSET
        name: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_CompanyProfileWire"
    # bound before the nested ones, which may refer back to this one
    _CompanyProfileWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
