from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyInfo")


@_attrs_define
class CompanyInfo:
    """The company behind the key. Inferred: only `profile.email` and `profile.name` are read by a public integration;
    other fields are unknown and kept.

        Attributes:
            profile (CompanyProfile | Unset): Inferred: the company's contact profile.
    """

    profile: CompanyProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile is not UNSET:
            field_dict["profile"] = profile

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
            _field = "profile"
            _profile = d.pop("profile", UNSET)
            profile: CompanyProfile | Unset
            if isinstance(_profile, Unset):
                profile = UNSET
            else:
                profile = CompanyProfile.from_dict(_profile)

            _field = None
            company_info = cls(
                profile=profile,
            )

            company_info.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return company_info

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CompanyInfoWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CompanyInfoWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        company_info = object.__new__(cls)
        _profile = wire.profile
        company_info.profile = (
            UNSET if _profile is _WIRE_UNSET else CompanyProfile._from_wire(_profile)
        )
        company_info.additional_properties = {}
        return company_info

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
_CompanyInfoWire: Any = None
_CompanyProfileWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CompanyInfoWire`: `CompanyInfo` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _CompanyInfoWire, _WIRE_UNSET, _CompanyProfileWire
    if _CompanyInfoWire is not None:
        return _CompanyInfoWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        profile: _CompanyProfileWire | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_CompanyInfoWire"
    # bound before the nested ones, which may refer back to this one
    _CompanyInfoWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.company_profile import _wire as _company_profile_wire

    _CompanyProfileWire = _company_profile_wire()
    return Wire


from ..models.company_profile import CompanyProfile
