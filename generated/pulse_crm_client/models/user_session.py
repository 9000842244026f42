from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSession")


@_attrs_define
class UserSession:
    """A logged-in session: the user, their accounts, roles and permissions, and the bearer token. Returned by `POST
    /auth/login` and `GET /auth/session`.

        Example:
            {'id': 3, 'email': 'zach@example.com', 'active': True, 'createdBy': 'test@test.com', 'updatedBy':
                'test@test.com', 'createdAt': '2025-02-11T03:45:04.853Z', 'updatedAt': '2025-02-11T05:50:37.935Z',
                'impersonating': None, 'primaryAccount': {'accountName': 'zach@example.com', 'accountId': '6591739253089529',
                'repcode': '3', 'usersPrimaryAccount': True, 'accountAdmin': True}, 'accounts': [{'accountName':
                'zach@example.com', 'accountId': '6591739253089529', 'repcode': '3', 'usersPrimaryAccount': True,
                'accountAdmin': True}], 'flatRolesList': ['superAdmin'], 'flatPermissionsList': ['readApplications',
                'writeApplications'], 'permissionsFromRoles': ['readApplications', 'writeApplications'],
                'permissionsFromRolesDetails': {'readApplications': [{'role': 'superAdmin', 'accountId': None}],
                'writeApplications': [{'role': 'superAdmin', 'accountId': None}]}, 'token':
                '51dabe439fce50dd171ca5a95eec45b49989071a3d27e4e5514cd5d1bae75e77', 'expiresAt': '2025-02-19T04:26:37.448Z'}

        Attributes:
            id (int): User ID.
            email (str): User's email address.
            token (str): Session token, sent as `Authorization: Bearer {token}`. The vendor calls it a "JWT session token",
                but the example is a 64-character hex string: treat it as opaque.
            active (bool | Unset): Whether the user is active.
            created_by (str | Unset): Email of the user who created this user.
            updated_by (str | Unset): Email of the user who last updated this user.
            created_at (datetime.datetime | Unset): Creation timestamp.
            updated_at (datetime.datetime | Unset): Last update timestamp.
            impersonating (Any | Unset): Impersonation state; `null` in the published example, its non-null shape is not
                published, so any value is accepted.
            primary_account (UserAccount | Unset): An account a user has access to, with the user's standing in it.
            accounts (list[UserAccount] | Unset): Accounts the user has access to.
            flat_roles_list (list[str] | Unset): Roles of the user (e.g. `superAdmin`).
            flat_permissions_list (list[str] | Unset): Effective permissions of the user.
            permissions_from_roles (list[str] | Unset): Permissions granted through roles.
            permissions_from_roles_details (UserSessionPermissionsFromRolesDetails | Unset): For each permission, the roles
                (and accounts) that grant it.
            expires_at (datetime.datetime | Unset): When the token expires (about a week after login in the example).
    """

    id: int
    email: str
    token: str
    active: bool | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    impersonating: Any | Unset = UNSET
    primary_account: UserAccount | Unset = UNSET
    accounts: list[UserAccount] | Unset = UNSET
    flat_roles_list: list[str] | Unset = UNSET
    flat_permissions_list: list[str] | Unset = UNSET
    permissions_from_roles: list[str] | Unset = UNSET
    permissions_from_roles_details: UserSessionPermissionsFromRolesDetails | Unset = (
        UNSET
    )
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        token = self.token

        active = self.active

        created_by = self.created_by

        updated_by = self.updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        impersonating = self.impersonating

        primary_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_account, Unset):
            primary_account = self.primary_account.to_dict()

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        flat_roles_list: list[str] | Unset = UNSET
        if not isinstance(self.flat_roles_list, Unset):
            flat_roles_list = self.flat_roles_list

        flat_permissions_list: list[str] | Unset = UNSET
        if not isinstance(self.flat_permissions_list, Unset):
            flat_permissions_list = self.flat_permissions_list

        permissions_from_roles: list[str] | Unset = UNSET
        if not isinstance(self.permissions_from_roles, Unset):
            permissions_from_roles = self.permissions_from_roles

        permissions_from_roles_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions_from_roles_details, Unset):
            permissions_from_roles_details = (
                self.permissions_from_roles_details.to_dict()
            )

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "token": token,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if impersonating is not UNSET:
            field_dict["impersonating"] = impersonating
        if primary_account is not UNSET:
            field_dict["primaryAccount"] = primary_account
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if flat_roles_list is not UNSET:
            field_dict["flatRolesList"] = flat_roles_list
        if flat_permissions_list is not UNSET:
            field_dict["flatPermissionsList"] = flat_permissions_list
        if permissions_from_roles is not UNSET:
            field_dict["permissionsFromRoles"] = permissions_from_roles
        if permissions_from_roles_details is not UNSET:
            field_dict["permissionsFromRolesDetails"] = permissions_from_roles_details
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

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
            id = d.pop("id")

            _field = "email"
            email = d.pop("email")

            _field = "token"
            token = d.pop("token")

            _field = "active"
            active = d.pop("active", UNSET)

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

            _field = "impersonating"
            impersonating = d.pop("impersonating", UNSET)

            _field = "primaryAccount"
            _primary_account = d.pop("primaryAccount", UNSET)
            primary_account: UserAccount | Unset
            if isinstance(_primary_account, Unset):
                primary_account = UNSET
            else:
                primary_account = UserAccount.from_dict(_primary_account)

            _field = "accounts"
            _accounts = d.pop("accounts", UNSET)
            accounts: list[UserAccount] | Unset = UNSET
            if _accounts is not UNSET:
                accounts = []
                for accounts_item_data in _accounts:
                    accounts_item = UserAccount.from_dict(accounts_item_data)

                    accounts.append(accounts_item)

            _field = "flatRolesList"
            flat_roles_list = d.pop("flatRolesList", UNSET)

            _field = "flatPermissionsList"
            flat_permissions_list = d.pop("flatPermissionsList", UNSET)

            _field = "permissionsFromRoles"
            permissions_from_roles = d.pop("permissionsFromRoles", UNSET)

            _field = "permissionsFromRolesDetails"
            _permissions_from_roles_details = d.pop(
                "permissionsFromRolesDetails", UNSET
            )
            permissions_from_roles_details: (
                UserSessionPermissionsFromRolesDetails | Unset
            )
            if isinstance(_permissions_from_roles_details, Unset):
                permissions_from_roles_details = UNSET
            else:
                permissions_from_roles_details = (
                    UserSessionPermissionsFromRolesDetails.from_dict(
                        _permissions_from_roles_details
                    )
                )

            _field = "expiresAt"
            _expires_at = d.pop("expiresAt", UNSET)
            expires_at: datetime.datetime | Unset
            if isinstance(_expires_at, Unset):
                expires_at = UNSET
            else:
                expires_at = datetime.datetime.fromisoformat(_expires_at)

            _field = None
            user_session = cls(
                id=id,
                email=email,
                token=token,
                active=active,
                created_by=created_by,
                updated_by=updated_by,
                created_at=created_at,
                updated_at=updated_at,
                impersonating=impersonating,
                primary_account=primary_account,
                accounts=accounts,
                flat_roles_list=flat_roles_list,
                flat_permissions_list=flat_permissions_list,
                permissions_from_roles=permissions_from_roles,
                permissions_from_roles_details=permissions_from_roles_details,
                expires_at=expires_at,
            )

            user_session.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return user_session

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_UserSessionWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_UserSessionWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        user_session = object.__new__(cls)
        user_session.id = wire.id
        user_session.email = wire.email
        user_session.token = wire.token
        user_session.active = wire.active
        user_session.created_by = wire.created_by
        user_session.updated_by = wire.updated_by
        _created_at = wire.created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        user_session.created_at = created_at
        _updated_at = wire.updated_at
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        user_session.updated_at = updated_at
        user_session.impersonating = wire.impersonating
        _primary_account = wire.primary_account
        user_session.primary_account = (
            UNSET
            if _primary_account is _WIRE_UNSET
            else UserAccount._from_wire(_primary_account)
        )
        _accounts = wire.accounts
        user_session.accounts = (
            UNSET
            if _accounts is _WIRE_UNSET
            else [UserAccount._from_wire(item) for item in _accounts]
        )
        flat_roles_list = wire.flat_roles_list

        user_session.flat_roles_list = flat_roles_list
        flat_permissions_list = wire.flat_permissions_list

        user_session.flat_permissions_list = flat_permissions_list
        permissions_from_roles = wire.permissions_from_roles

        user_session.permissions_from_roles = permissions_from_roles
        _permissions_from_roles_details = wire.permissions_from_roles_details
        user_session.permissions_from_roles_details = (
            UNSET
            if _permissions_from_roles_details is _WIRE_UNSET
            else UserSessionPermissionsFromRolesDetails._from_wire(
                _permissions_from_roles_details
            )
        )
        _expires_at = wire.expires_at
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        user_session.expires_at = expires_at
        user_session.additional_properties = {}
        return user_session

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
_UserSessionWire: Any = None
_UserAccountWire: Any = None
_UserSessionPermissionsFromRolesDetailsWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_UserSessionWire`: `UserSession` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global \
        _UserSessionWire, \
        _WIRE_UNSET, \
        _UserAccountWire, \
        _UserSessionPermissionsFromRolesDetailsWire
    if _UserSessionWire is not None:
        return _UserSessionWire
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
            "created_by": "createdBy",
            "updated_by": "updatedBy",
            "created_at": "createdAt",
            "updated_at": "updatedAt",
            "primary_account": "primaryAccount",
            "flat_roles_list": "flatRolesList",
            "flat_permissions_list": "flatPermissionsList",
            "permissions_from_roles": "permissionsFromRoles",
            "permissions_from_roles_details": "permissionsFromRolesDetails",
            "expires_at": "expiresAt",
        },
    ):
        id: Any
        email: Any
        token: Any
        active: Any = UNSET
        created_by: Any = UNSET
        updated_by: Any = UNSET
        created_at: Any = UNSET
        updated_at: Any = UNSET
        impersonating: Any = UNSET
        primary_account: _UserAccountWire | msgspec.UnsetType = msgspec.UNSET
        accounts: list[_UserAccountWire] | msgspec.UnsetType = msgspec.UNSET
        flat_roles_list: Any = UNSET
        flat_permissions_list: Any = UNSET
        permissions_from_roles: Any = UNSET
        permissions_from_roles_details: (
            _UserSessionPermissionsFromRolesDetailsWire | msgspec.UnsetType
        ) = msgspec.UNSET
        expires_at: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_UserSessionWire"
    # bound before the nested ones, which may refer back to this one
    _UserSessionWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.user_account import _wire as _user_account_wire

    _UserAccountWire = _user_account_wire()
    from ..models.user_session_permissions_from_roles_details import (
        _wire as _user_session_permissions_from_roles_details_wire,
    )

    _UserSessionPermissionsFromRolesDetailsWire = (
        _user_session_permissions_from_roles_details_wire()
    )
    return Wire


from ..models.user_account import UserAccount
from ..models.user_session_permissions_from_roles_details import (
    UserSessionPermissionsFromRolesDetails,
)
