from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, ModelFieldError, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyMembershipAttributes")


@_attrs_define
class CompanyMembershipAttributes:
    """Attributes of an included `companyUsers` resource: the user's membership of the current company. Read them from
    `attributes`, or from `atributes` where the vendor misspells the key.

        Example:
            {'isSelected': True, 'locale': None, 'acceptedTermsAt': '2021-11-22T11:59:00.000000Z', 'acceptedPrivacyAt':
                '2021-11-22T11:59:00.000000Z', 'acceptedEmailOptInAt': '2021-11-22T11:59:00.000000Z', 'createdAt':
                '2021-11-22T11:59:00.000000Z', 'updatedAt': '2021-11-22T11:59:00.000000Z', 'deletedAt': None}

        Attributes:
            is_selected (bool | Unset): Whether this company is the user's currently selected company.
            locale (None | str | Unset): The user's language in this company.
            accepted_terms_at (datetime.datetime | None | Unset): When the user accepted the platform terms and conditions.
            accepted_privacy_at (datetime.datetime | None | Unset): When the user accepted the privacy policy.
            accepted_email_opt_in_at (datetime.datetime | None | Unset): When the user opted in to e-mails.
            created_at (datetime.datetime | Unset): Creation time.
            updated_at (datetime.datetime | Unset): Last update time.
            deleted_at (datetime.datetime | None | Unset): Suspension time of the membership; `null` while active.
    """

    is_selected: bool | Unset = UNSET
    locale: None | str | Unset = UNSET
    accepted_terms_at: datetime.datetime | None | Unset = UNSET
    accepted_privacy_at: datetime.datetime | None | Unset = UNSET
    accepted_email_opt_in_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_selected = self.is_selected

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        accepted_terms_at: None | str | Unset
        if isinstance(self.accepted_terms_at, Unset):
            accepted_terms_at = UNSET
        elif isinstance(self.accepted_terms_at, datetime.datetime):
            accepted_terms_at = self.accepted_terms_at.isoformat()
        else:
            accepted_terms_at = self.accepted_terms_at

        accepted_privacy_at: None | str | Unset
        if isinstance(self.accepted_privacy_at, Unset):
            accepted_privacy_at = UNSET
        elif isinstance(self.accepted_privacy_at, datetime.datetime):
            accepted_privacy_at = self.accepted_privacy_at.isoformat()
        else:
            accepted_privacy_at = self.accepted_privacy_at

        accepted_email_opt_in_at: None | str | Unset
        if isinstance(self.accepted_email_opt_in_at, Unset):
            accepted_email_opt_in_at = UNSET
        elif isinstance(self.accepted_email_opt_in_at, datetime.datetime):
            accepted_email_opt_in_at = self.accepted_email_opt_in_at.isoformat()
        else:
            accepted_email_opt_in_at = self.accepted_email_opt_in_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_selected is not UNSET:
            field_dict["isSelected"] = is_selected
        if locale is not UNSET:
            field_dict["locale"] = locale
        if accepted_terms_at is not UNSET:
            field_dict["acceptedTermsAt"] = accepted_terms_at
        if accepted_privacy_at is not UNSET:
            field_dict["acceptedPrivacyAt"] = accepted_privacy_at
        if accepted_email_opt_in_at is not UNSET:
            field_dict["acceptedEmailOptInAt"] = accepted_email_opt_in_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

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
            _field = "isSelected"
            is_selected = d.pop("isSelected", UNSET)

            _field = "locale"
            locale = d.pop("locale", UNSET)

            _field = "acceptedTermsAt"

            def _parse_accepted_terms_at(
                data: object,
            ) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    accepted_terms_at_type_0 = datetime.datetime.fromisoformat(data)

                    return accepted_terms_at_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            accepted_terms_at = _parse_accepted_terms_at(
                d.pop("acceptedTermsAt", UNSET)
            )

            _field = "acceptedPrivacyAt"

            def _parse_accepted_privacy_at(
                data: object,
            ) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    accepted_privacy_at_type_0 = datetime.datetime.fromisoformat(data)

                    return accepted_privacy_at_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            accepted_privacy_at = _parse_accepted_privacy_at(
                d.pop("acceptedPrivacyAt", UNSET)
            )

            _field = "acceptedEmailOptInAt"

            def _parse_accepted_email_opt_in_at(
                data: object,
            ) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    accepted_email_opt_in_at_type_0 = datetime.datetime.fromisoformat(
                        data
                    )

                    return accepted_email_opt_in_at_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            accepted_email_opt_in_at = _parse_accepted_email_opt_in_at(
                d.pop("acceptedEmailOptInAt", UNSET)
            )

            _field = "createdAt"
            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            _field = "updatedAt"
            _updated_at = d.pop("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

            _field = "deletedAt"

            def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                    return deleted_at_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

            _field = None
            company_membership_attributes = cls(
                is_selected=is_selected,
                locale=locale,
                accepted_terms_at=accepted_terms_at,
                accepted_privacy_at=accepted_privacy_at,
                accepted_email_opt_in_at=accepted_email_opt_in_at,
                created_at=created_at,
                updated_at=updated_at,
                deleted_at=deleted_at,
            )

            company_membership_attributes.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return company_membership_attributes

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CompanyMembershipAttributesWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CompanyMembershipAttributesWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        company_membership_attributes = object.__new__(cls)
        company_membership_attributes.is_selected = wire.is_selected
        company_membership_attributes.locale = wire.locale

        def _parse_accepted_terms_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_terms_at_type_0 = datetime.datetime.fromisoformat(data)

                return accepted_terms_at_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        accepted_terms_at = _parse_accepted_terms_at(wire.accepted_terms_at)

        company_membership_attributes.accepted_terms_at = accepted_terms_at

        def _parse_accepted_privacy_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_privacy_at_type_0 = datetime.datetime.fromisoformat(data)

                return accepted_privacy_at_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        accepted_privacy_at = _parse_accepted_privacy_at(wire.accepted_privacy_at)

        company_membership_attributes.accepted_privacy_at = accepted_privacy_at

        def _parse_accepted_email_opt_in_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_email_opt_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return accepted_email_opt_in_at_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        accepted_email_opt_in_at = _parse_accepted_email_opt_in_at(
            wire.accepted_email_opt_in_at
        )

        company_membership_attributes.accepted_email_opt_in_at = (
            accepted_email_opt_in_at
        )
        _created_at = wire.created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        company_membership_attributes.created_at = created_at
        _updated_at = wire.updated_at
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        company_membership_attributes.updated_at = updated_at

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(wire.deleted_at)

        company_membership_attributes.deleted_at = deleted_at
        company_membership_attributes.additional_properties = {}
        return company_membership_attributes

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
_CompanyMembershipAttributesWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CompanyMembershipAttributesWire`: `CompanyMembershipAttributes` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _CompanyMembershipAttributesWire, _WIRE_UNSET
    if _CompanyMembershipAttributesWire is not None:
        return _CompanyMembershipAttributesWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(
        msgspec.Struct,
        kw_only=True,
        gc=False,
        forbid_unknown_fields=True,
        rename={
            "is_selected": "isSelected",
            "accepted_terms_at": "acceptedTermsAt",
            "accepted_privacy_at": "acceptedPrivacyAt",
            "accepted_email_opt_in_at": "acceptedEmailOptInAt",
            "created_at": "createdAt",
            "updated_at": "updatedAt",
            "deleted_at": "deletedAt",
        },
    ):
        is_selected: Any = UNSET
        locale: Any = UNSET
        accepted_terms_at: Any = UNSET
        accepted_privacy_at: Any = UNSET
        accepted_email_opt_in_at: Any = UNSET
        created_at: Any = UNSET
        updated_at: Any = UNSET
        deleted_at: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_CompanyMembershipAttributesWire"
    # bound before the nested ones, which may refer back to this one
    _CompanyMembershipAttributesWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
