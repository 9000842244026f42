from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, ModelFieldError, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyUserAttributes")


@_attrs_define
class CompanyUserAttributes:
    """Attributes of a company user. Fields can be trimmed with `only`/`except`, so none is guaranteed. The create response
    spells the phone code `phone_code`, the other operations `phoneCode`; both are declared.

        Example:
            {'name': 'John Doe', 'email': 'john.doe@example.com', 'phone': '07123456789', 'phoneCode': '44', 'createdAt':
                '2021-11-22T11:59:00.000000Z', 'updatedAt': '2021-11-22T11:59:00.000000Z', 'deletedAt': None}

        Attributes:
            name (str | Unset): Full name.
            email (str | Unset): E-mail address.
            phone (None | str | Unset): Phone number.
            phoneCode (None | str | Unset): International dialling code of `phone`, e.g. `44` (list, retrieve and update
                responses).
            phone_code (None | str | Unset): Same as `phoneCode`, spelled this way in the create response.
            created_at (datetime.datetime | Unset): Creation time (ISO 8601 with microseconds, e.g.
                `2021-11-22T11:59:00.000000Z`).
            updated_at (datetime.datetime | Unset): Last update time.
            deleted_at (datetime.datetime | None | Unset): Suspension time; `null` while the user is active.
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: None | str | Unset = UNSET
    phoneCode: None | str | Unset = UNSET
    phone_code: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        phoneCode: None | str | Unset
        if isinstance(self.phoneCode, Unset):
            phoneCode = UNSET
        else:
            phoneCode = self.phoneCode

        phone_code: None | str | Unset
        if isinstance(self.phone_code, Unset):
            phone_code = UNSET
        else:
            phone_code = self.phone_code

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
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phoneCode is not UNSET:
            field_dict["phoneCode"] = phoneCode
        if phone_code is not UNSET:
            field_dict["phone_code"] = phone_code
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
            _field = "name"
            name = d.pop("name", UNSET)

            _field = "email"
            email = d.pop("email", UNSET)

            _field = "phone"
            phone = d.pop("phone", UNSET)

            _field = "phoneCode"
            phoneCode = d.pop("phoneCode", UNSET)

            _field = "phone_code"
            phone_code = d.pop("phone_code", UNSET)

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
            company_user_attributes = cls(
                name=name,
                email=email,
                phone=phone,
                phoneCode=phoneCode,
                phone_code=phone_code,
                created_at=created_at,
                updated_at=updated_at,
                deleted_at=deleted_at,
            )

            company_user_attributes.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return company_user_attributes

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CompanyUserAttributesWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CompanyUserAttributesWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        company_user_attributes = object.__new__(cls)
        company_user_attributes.name = wire.name
        company_user_attributes.email = wire.email
        company_user_attributes.phone = wire.phone
        company_user_attributes.phoneCode = wire.phoneCode
        company_user_attributes.phone_code = wire.phone_code
        _created_at = wire.created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        company_user_attributes.created_at = created_at
        _updated_at = wire.updated_at
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        company_user_attributes.updated_at = updated_at

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

        company_user_attributes.deleted_at = deleted_at
        company_user_attributes.additional_properties = {}
        return company_user_attributes

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
_CompanyUserAttributesWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CompanyUserAttributesWire`: `CompanyUserAttributes` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _CompanyUserAttributesWire, _WIRE_UNSET
    if _CompanyUserAttributesWire is not None:
        return _CompanyUserAttributesWire
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
            "created_at": "createdAt",
            "updated_at": "updatedAt",
            "deleted_at": "deletedAt",
        },
    ):
        name: Any = UNSET
        email: Any = UNSET
        phone: Any = UNSET
        phoneCode: Any = UNSET
        phone_code: Any = UNSET
        created_at: Any = UNSET
        updated_at: Any = UNSET
        deleted_at: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_CompanyUserAttributesWire"
    # bound before the nested ones, which may refer back to this one
    _CompanyUserAttributesWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
