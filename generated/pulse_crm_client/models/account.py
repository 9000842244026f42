from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """An account the caller can act on, with the caller's roles and permissions in it (the accounts page of the
    reference). No field is marked required; the types follow the published example, except `repcode`, which the page
    types `string|null`.

        Example:
            {'id': '6591739253089529', 'uniqueId': '6591739253089529', 'name': 'zach@example.com', 'repcode': None,
                'accountTypeId': 'default', 'accountTypeTemplate': False, 'createdBy': 'zach@example.com', 'updatedBy':
                'zach@example.com', 'createdAt': '2025-02-11T05:51:29.529Z', 'updatedAt': '2025-02-11T05:51:29.529Z',
                'customerServicePhone': '555-1234', 'customerServiceEmail': 'support@example.com', 'whitelabelSettings':
                {'logo': 'logo.png', 'theme': 'dark'}, 'permissions': ['readSupport'], 'roles': ['admin', 'user']}

        Attributes:
            id (str | Unset): Account ID (a string of digits); the value for `x-account-id`.
            unique_id (str | Unset): Unique ID of the account (equal to `id` in the example).
            name (str | Unset): Account name.
            repcode (None | str | Unset): Rep code, used only for agent accounts; `null` otherwise.
            account_type_id (str | Unset): Account type (e.g. `default`).
            account_type_template (bool | Unset): Whether the account is an account-type template.
            created_by (str | Unset): Email of the user who created the account.
            updated_by (str | Unset): Email of the user who last updated the account.
            created_at (datetime.datetime | Unset): Creation timestamp (ISO 8601 with milliseconds, UTC).
            updated_at (datetime.datetime | Unset): Last update timestamp (ISO 8601 with milliseconds, UTC).
            customer_service_phone (str | Unset): Customer-service phone number of the account.
            customer_service_email (str | Unset): Customer-service email address of the account.
            whitelabel_settings (AccountWhitelabelSettings | Unset): White-label settings (e.g. `logo`, `theme` in the
                example); their full set is not published, so the object is open.
            permissions (list[str] | Unset): The caller's permissions in this account (e.g. `readSupport`).
            roles (list[str] | Unset): The caller's roles in this account.
    """

    id: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    name: str | Unset = UNSET
    repcode: None | str | Unset = UNSET
    account_type_id: str | Unset = UNSET
    account_type_template: bool | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    customer_service_phone: str | Unset = UNSET
    customer_service_email: str | Unset = UNSET
    whitelabel_settings: AccountWhitelabelSettings | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    roles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        unique_id = self.unique_id

        name = self.name

        repcode: None | str | Unset
        if isinstance(self.repcode, Unset):
            repcode = UNSET
        else:
            repcode = self.repcode

        account_type_id = self.account_type_id

        account_type_template = self.account_type_template

        created_by = self.created_by

        updated_by = self.updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        customer_service_phone = self.customer_service_phone

        customer_service_email = self.customer_service_email

        whitelabel_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whitelabel_settings, Unset):
            whitelabel_settings = self.whitelabel_settings.to_dict()

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if name is not UNSET:
            field_dict["name"] = name
        if repcode is not UNSET:
            field_dict["repcode"] = repcode
        if account_type_id is not UNSET:
            field_dict["accountTypeId"] = account_type_id
        if account_type_template is not UNSET:
            field_dict["accountTypeTemplate"] = account_type_template
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if customer_service_phone is not UNSET:
            field_dict["customerServicePhone"] = customer_service_phone
        if customer_service_email is not UNSET:
            field_dict["customerServiceEmail"] = customer_service_email
        if whitelabel_settings is not UNSET:
            field_dict["whitelabelSettings"] = whitelabel_settings
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if roles is not UNSET:
            field_dict["roles"] = roles

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
            _field = "id"
            id = d.pop("id", UNSET)

            _field = "uniqueId"
            unique_id = d.pop("uniqueId", UNSET)

            _field = "name"
            name = d.pop("name", UNSET)

            _field = "repcode"
            repcode = d.pop("repcode", UNSET)

            _field = "accountTypeId"
            account_type_id = d.pop("accountTypeId", UNSET)

            _field = "accountTypeTemplate"
            account_type_template = d.pop("accountTypeTemplate", UNSET)

            _field = "createdBy"
            created_by = d.pop("createdBy", UNSET)

            _field = "updatedBy"
            updated_by = d.pop("updatedBy", UNSET)

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

            _field = "customerServicePhone"
            customer_service_phone = d.pop("customerServicePhone", UNSET)

            _field = "customerServiceEmail"
            customer_service_email = d.pop("customerServiceEmail", UNSET)

            _field = "whitelabelSettings"
            _whitelabel_settings = d.pop("whitelabelSettings", UNSET)
            whitelabel_settings: AccountWhitelabelSettings | Unset
            if isinstance(_whitelabel_settings, Unset):
                whitelabel_settings = UNSET
            else:
                whitelabel_settings = AccountWhitelabelSettings.from_dict(
                    _whitelabel_settings
                )

            _field = "permissions"
            permissions = d.pop("permissions", UNSET)

            _field = "roles"
            roles = d.pop("roles", UNSET)

            _field = None
            account = cls(
                id=id,
                unique_id=unique_id,
                name=name,
                repcode=repcode,
                account_type_id=account_type_id,
                account_type_template=account_type_template,
                created_by=created_by,
                updated_by=updated_by,
                created_at=created_at,
                updated_at=updated_at,
                customer_service_phone=customer_service_phone,
                customer_service_email=customer_service_email,
                whitelabel_settings=whitelabel_settings,
                permissions=permissions,
                roles=roles,
            )

            account.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return account

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_AccountWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_AccountWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        account = object.__new__(cls)
        account.id = wire.id
        account.unique_id = wire.unique_id
        account.name = wire.name
        account.repcode = wire.repcode
        account.account_type_id = wire.account_type_id
        account.account_type_template = wire.account_type_template
        account.created_by = wire.created_by
        account.updated_by = wire.updated_by
        _created_at = wire.created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        account.created_at = created_at
        _updated_at = wire.updated_at
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        account.updated_at = updated_at
        account.customer_service_phone = wire.customer_service_phone
        account.customer_service_email = wire.customer_service_email
        _whitelabel_settings = wire.whitelabel_settings
        account.whitelabel_settings = (
            UNSET
            if _whitelabel_settings is _WIRE_UNSET
            else AccountWhitelabelSettings._from_wire(_whitelabel_settings)
        )
        permissions = wire.permissions

        account.permissions = permissions
        roles = wire.roles

        account.roles = roles
        account.additional_properties = {}
        return account

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
_AccountWire: Any = None
_AccountWhitelabelSettingsWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_AccountWire`: `Account` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _AccountWire, _WIRE_UNSET, _AccountWhitelabelSettingsWire
    if _AccountWire is not None:
        return _AccountWire
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
            "unique_id": "uniqueId",
            "account_type_id": "accountTypeId",
            "account_type_template": "accountTypeTemplate",
            "created_by": "createdBy",
            "updated_by": "updatedBy",
            "created_at": "createdAt",
            "updated_at": "updatedAt",
            "customer_service_phone": "customerServicePhone",
            "customer_service_email": "customerServiceEmail",
            "whitelabel_settings": "whitelabelSettings",
        },
    ):
        id: Any = UNSET
        unique_id: Any = UNSET
        name: Any = UNSET
        repcode: Any = UNSET
        account_type_id: Any = UNSET
        account_type_template: Any = UNSET
        created_by: Any = UNSET
        updated_by: Any = UNSET
        created_at: Any = UNSET
        updated_at: Any = UNSET
        customer_service_phone: Any = UNSET
        customer_service_email: Any = UNSET
        whitelabel_settings: _AccountWhitelabelSettingsWire | msgspec.UnsetType = (
            msgspec.UNSET
        )
        permissions: Any = UNSET
        roles: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_AccountWire"
    # bound before the nested ones, which may refer back to this one
    _AccountWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.account_whitelabel_settings import (
        _wire as _account_whitelabel_settings_wire,
    )

    _AccountWhitelabelSettingsWire = _account_whitelabel_settings_wire()
    return Wire


from ..models.account_whitelabel_settings import AccountWhitelabelSettings
