from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, ModelFieldError, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user. No field is marked required by the vendor. The example is assembled from the vendor's User Session example,
    because the vendor's create-user example only shows type placeholders (`"string"`, `0`).

        Example:
            {'id': 3, 'email': 'zach@example.com', 'active': True, 'notificationPreferences': {}, 'createdBy':
                'test@test.com', 'updatedBy': 'test@test.com', 'createdAt': '2025-02-11T03:45:04.853Z', 'updatedAt':
                '2025-02-11T05:50:37.935Z', 'accounts': [{'accountId': '6591739253089529', 'accountName': 'zach@example.com',
                'usersPrimaryAccount': True, 'accountAdmin': True}], 'flatRolesList': ['superAdmin'], 'flatPermissionsList':
                ['readApplications', 'writeApplications']}

        Attributes:
            id (int | Unset): User ID.
            email (str | Unset): User's email address.
            name (str | Unset): Full name of the user.
            active (bool | Unset): Whether the user is active.
            team_id (int | Unset): ID of the team the user belongs to.
            phone (str | Unset): User's phone number.
            img_src (str | Unset): URL to the user's profile image.
            notification_preferences (list[NotificationPreference] | Unset | UserNotificationPreferences): User's
                notification preferences. The vendor declares a plain object (the create example shows `{}`); each preference is
                a `NotificationPreference` (keyed by event and account), but how they are laid out is not published, so any
                object is accepted. Inferred: the preferences may also arrive as an array of `NotificationPreference` items, the
                other layout the vendor's two schemas allow.
            created_by (str | Unset): Email of the user who created this user.
            updated_by (str | Unset): Email of the user who last updated this user.
            created_at (datetime.datetime | Unset): Creation timestamp (ISO 8601 with milliseconds, UTC).
            updated_at (datetime.datetime | Unset): Last update timestamp (ISO 8601 with milliseconds, UTC).
            accounts (list[UserAccount] | Unset): List of accounts the user has access to.
            flat_roles_list (list[str] | Unset): List of user roles (e.g. `superAdmin`).
            flat_permissions_list (list[str] | Unset): List of user permissions (e.g. `readApplications`,
                `writeApplications`, `readMerchants`, `writeMerchants`, `writeApiKeys`, `readSupport`, `readData`, `writeData`).
            token (str | Unset): Authentication token (only included in certain responses).
    """

    id: int | Unset = UNSET
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    active: bool | Unset = UNSET
    team_id: int | Unset = UNSET
    phone: str | Unset = UNSET
    img_src: str | Unset = UNSET
    notification_preferences: (
        list[NotificationPreference] | Unset | UserNotificationPreferences
    ) = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    accounts: list[UserAccount] | Unset = UNSET
    flat_roles_list: list[str] | Unset = UNSET
    flat_permissions_list: list[str] | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        active = self.active

        team_id = self.team_id

        phone = self.phone

        img_src = self.img_src

        notification_preferences: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.notification_preferences, Unset):
            notification_preferences = UNSET
        elif isinstance(self.notification_preferences, UserNotificationPreferences):
            notification_preferences = self.notification_preferences.to_dict()
        else:
            notification_preferences = []
            for (
                notification_preferences_type_1_item_data
            ) in self.notification_preferences:
                notification_preferences_type_1_item = (
                    notification_preferences_type_1_item_data.to_dict()
                )
                notification_preferences.append(notification_preferences_type_1_item)

        created_by = self.created_by

        updated_by = self.updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if active is not UNSET:
            field_dict["active"] = active
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if img_src is not UNSET:
            field_dict["imgSrc"] = img_src
        if notification_preferences is not UNSET:
            field_dict["notificationPreferences"] = notification_preferences
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if flat_roles_list is not UNSET:
            field_dict["flatRolesList"] = flat_roles_list
        if flat_permissions_list is not UNSET:
            field_dict["flatPermissionsList"] = flat_permissions_list
        if token is not UNSET:
            field_dict["token"] = token

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

            _field = "email"
            email = d.pop("email", UNSET)

            _field = "name"
            name = d.pop("name", UNSET)

            _field = "active"
            active = d.pop("active", UNSET)

            _field = "teamId"
            team_id = d.pop("teamId", UNSET)

            _field = "phone"
            phone = d.pop("phone", UNSET)

            _field = "imgSrc"
            img_src = d.pop("imgSrc", UNSET)

            _field = "notificationPreferences"

            def _parse_notification_preferences(
                data: object,
            ) -> list[NotificationPreference] | Unset | UserNotificationPreferences:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    notification_preferences_type_0 = (
                        UserNotificationPreferences.from_dict(data)
                    )

                    return notification_preferences_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                notification_preferences_type_1 = []
                _notification_preferences_type_1 = data
                for (
                    notification_preferences_type_1_item_data
                ) in _notification_preferences_type_1:
                    notification_preferences_type_1_item = (
                        NotificationPreference.from_dict(
                            notification_preferences_type_1_item_data
                        )
                    )

                    notification_preferences_type_1.append(
                        notification_preferences_type_1_item
                    )

                return notification_preferences_type_1

            notification_preferences = _parse_notification_preferences(
                d.pop("notificationPreferences", UNSET)
            )

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

            _field = "token"
            token = d.pop("token", UNSET)

            _field = None
            user = cls(
                id=id,
                email=email,
                name=name,
                active=active,
                team_id=team_id,
                phone=phone,
                img_src=img_src,
                notification_preferences=notification_preferences,
                created_by=created_by,
                updated_by=updated_by,
                created_at=created_at,
                updated_at=updated_at,
                accounts=accounts,
                flat_roles_list=flat_roles_list,
                flat_permissions_list=flat_permissions_list,
                token=token,
            )

            user.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return user

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_UserWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_UserWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        user = object.__new__(cls)
        user.id = wire.id
        user.email = wire.email
        user.name = wire.name
        user.active = wire.active
        user.team_id = wire.team_id
        user.phone = wire.phone
        user.img_src = wire.img_src

        def _parse_notification_preferences(
            data: object,
        ) -> list[NotificationPreference] | Unset | UserNotificationPreferences:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notification_preferences_type_0 = UserNotificationPreferences.from_dict(
                    data
                )

                return notification_preferences_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            notification_preferences_type_1 = []
            _notification_preferences_type_1 = data
            for (
                notification_preferences_type_1_item_data
            ) in _notification_preferences_type_1:
                notification_preferences_type_1_item = NotificationPreference.from_dict(
                    notification_preferences_type_1_item_data
                )

                notification_preferences_type_1.append(
                    notification_preferences_type_1_item
                )

            return notification_preferences_type_1

        notification_preferences = _parse_notification_preferences(
            wire.notification_preferences
        )

        user.notification_preferences = notification_preferences
        user.created_by = wire.created_by
        user.updated_by = wire.updated_by
        _created_at = wire.created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        user.created_at = created_at
        _updated_at = wire.updated_at
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        user.updated_at = updated_at
        _accounts = wire.accounts
        user.accounts = (
            UNSET
            if _accounts is _WIRE_UNSET
            else [UserAccount._from_wire(item) for item in _accounts]
        )
        flat_roles_list = wire.flat_roles_list

        user.flat_roles_list = flat_roles_list
        flat_permissions_list = wire.flat_permissions_list

        user.flat_permissions_list = flat_permissions_list
        user.token = wire.token
        user.additional_properties = {}
        return user

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
_UserWire: Any = None
_UserAccountWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_UserWire`: `User` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _UserWire, _WIRE_UNSET, _UserAccountWire
    if _UserWire is not None:
        return _UserWire
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
            "team_id": "teamId",
            "img_src": "imgSrc",
            "notification_preferences": "notificationPreferences",
            "created_by": "createdBy",
            "updated_by": "updatedBy",
            "created_at": "createdAt",
            "updated_at": "updatedAt",
            "flat_roles_list": "flatRolesList",
            "flat_permissions_list": "flatPermissionsList",
        },
    ):
        id: Any = UNSET
        email: Any = UNSET
        name: Any = UNSET
        active: Any = UNSET
        team_id: Any = UNSET
        phone: Any = UNSET
        img_src: Any = UNSET
        notification_preferences: Any = UNSET
        created_by: Any = UNSET
        updated_by: Any = UNSET
        created_at: Any = UNSET
        updated_at: Any = UNSET
        accounts: list[_UserAccountWire] | msgspec.UnsetType = msgspec.UNSET
        flat_roles_list: Any = UNSET
        flat_permissions_list: Any = UNSET
        token: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_UserWire"
    # bound before the nested ones, which may refer back to this one
    _UserWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.user_account import _wire as _user_account_wire

    _UserAccountWire = _user_account_wire()
    return Wire


from ..models.notification_preference import NotificationPreference
from ..models.user_account import UserAccount
from ..models.user_notification_preferences import UserNotificationPreferences
