"""The generated models. Each loads on first use (`from .models import User` imports user.py only),
so a client's first call imports the models it needs, not all of them."""

import typing as _typing
from importlib import import_module as _import_module

if _typing.TYPE_CHECKING:
    from .account import Account
    from .account_whitelabel_settings import AccountWhitelabelSettings
    from .api_key_credentials import ApiKeyCredentials
    from .create_user_request import CreateUserRequest
    from .error import Error
    from .notification_preference import NotificationPreference
    from .notification_preference_delivery_pref_item import (
        NotificationPreferenceDeliveryPrefItem,
    )
    from .paginated_users import PaginatedUsers
    from .permission_grant import PermissionGrant
    from .pulse_events import PulseEvents
    from .update_user_request import UpdateUserRequest
    from .update_user_request_notification_preferences import (
        UpdateUserRequestNotificationPreferences,
    )
    from .user import User
    from .user_account import UserAccount
    from .user_credentials import UserCredentials
    from .user_notification_preferences import UserNotificationPreferences
    from .user_session import UserSession
    from .user_session_permissions_from_roles_details import (
        UserSessionPermissionsFromRolesDetails,
    )

_MODULES = {
    "Account": ".account",
    "AccountWhitelabelSettings": ".account_whitelabel_settings",
    "ApiKeyCredentials": ".api_key_credentials",
    "CreateUserRequest": ".create_user_request",
    "Error": ".error",
    "NotificationPreference": ".notification_preference",
    "NotificationPreferenceDeliveryPrefItem": ".notification_preference_delivery_pref_item",
    "PaginatedUsers": ".paginated_users",
    "PermissionGrant": ".permission_grant",
    "PulseEvents": ".pulse_events",
    "UpdateUserRequest": ".update_user_request",
    "UpdateUserRequestNotificationPreferences": ".update_user_request_notification_preferences",
    "User": ".user",
    "UserAccount": ".user_account",
    "UserCredentials": ".user_credentials",
    "UserNotificationPreferences": ".user_notification_preferences",
    "UserSession": ".user_session",
    "UserSessionPermissionsFromRolesDetails": ".user_session_permissions_from_roles_details",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "Account",
    "AccountWhitelabelSettings",
    "ApiKeyCredentials",
    "CreateUserRequest",
    "Error",
    "NotificationPreference",
    "NotificationPreferenceDeliveryPrefItem",
    "PaginatedUsers",
    "PermissionGrant",
    "PulseEvents",
    "UpdateUserRequest",
    "UpdateUserRequestNotificationPreferences",
    "User",
    "UserAccount",
    "UserCredentials",
    "UserNotificationPreferences",
    "UserSession",
    "UserSessionPermissionsFromRolesDetails",
)
