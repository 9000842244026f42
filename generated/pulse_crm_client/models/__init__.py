"""Contains all the data models used in inputs/outputs"""

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
