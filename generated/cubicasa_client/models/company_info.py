from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import msgspec
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
        return decode_model(content, _CompanyInfoWire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: _CompanyInfoWire) -> Self:
        """The model of a decoded `_CompanyInfoWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        company_info = object.__new__(cls)
        _profile = wire.profile
        company_info.profile = (
            UNSET if _profile is msgspec.UNSET else CompanyProfile._from_wire(_profile)
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


class _CompanyInfoWire(
    msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True
):
    """`CompanyInfo` as msgspec decodes it (the fast path of `CompanyInfo.from_json`)."""

    profile: _CompanyProfileWire | msgspec.UnsetType = msgspec.UNSET


from ..models.company_profile import (
    CompanyProfile,
    _CompanyProfileWire,
)
