"""Helpers the Pulse CRM resources share: the account header, user ids, user fields."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, TypedDict

from clientkit import ConfigurationError
from clientkit.resource import ArgumentError
from pulse_crm_client.models import UpdateUserRequest, UpdateUserRequestNotificationPreferences

ACCOUNT_ID_ENV = "PULSE_ACCOUNT_ID"


def check_account_id(value: str | int | None) -> str | None:
    """The account id (argument, else $PULSE_ACCOUNT_ID) as a string of digits, or None when neither is set."""
    raw: object = value if value is not None else (os.environ.get(ACCOUNT_ID_ENV) or None)
    if raw is None:
        return None
    text = str(raw) if isinstance(raw, int) and not isinstance(raw, bool) else raw
    if not isinstance(text, str) or not text.isascii() or not text.isdigit():
        source = "account_id" if value is not None else f"${ACCOUNT_ID_ENV}"
        raise ConfigurationError(f"{source} must be a Pulse account id, a string of digits such as '2311'; got {raw!r}")
    return text


def require_account(account_id: str | None) -> str:
    """The `x-account-id` every users call needs; a clear error, before sending, when there is none."""
    if account_id is None:
        raise ConfigurationError(
            f"users calls need an account id (sent as x-account-id): pass account_id= to the client, "
            f"set {ACCOUNT_ID_ENV}, or use client.with_account(...); "
            "client.auth.session().primary_account.account_id is your primary account"
        )
    return account_id


def as_user_id(value: int | str, name: str = "user_id") -> int:
    """User ids are integers; a string of digits is accepted too."""
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ArgumentError(f"{name} must be a user id (a whole number), got {value!r}")
    return value


class UserFields(TypedDict, total=False):
    """The user fields `update()` (and `create()`, besides `email`) send; the wire names are camelCase."""

    name: str
    phone: str
    img_src: str
    team_id: int
    active: bool
    notification_preferences: Mapping[str, Any]


FIELD_TYPES: dict[str, type] = {
    "name": str,
    "phone": str,
    "img_src": str,
    "team_id": int,
    "active": bool,
    "notification_preferences": Mapping,
}


def user_fields_body(fields: Mapping[str, Any]) -> UpdateUserRequest:
    """The generated `UpdateUserRequest` for `fields`, after checking each name and type."""
    for key, value in fields.items():
        expected = FIELD_TYPES.get(key)
        if expected is None:
            raise ArgumentError(f"unknown user field {key!r}; known fields: {', '.join(FIELD_TYPES)}")
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ArgumentError(f"{key} must be of type {expected.__name__}, got {value!r}")
    values = dict(fields)
    if "notification_preferences" in values:
        values["notification_preferences"] = UpdateUserRequestNotificationPreferences.from_dict(
            dict(values["notification_preferences"])
        )
    return UpdateUserRequest(**values)
