from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserRequest")


@_attrs_define
class UpdateUserRequest:
    """Body of `PATCH /users/{userId}`; every field is optional. Inferred: not published; the fields are the user-editable
    fields of `User`, and the object is left open because other `User` fields may be accepted. An update without any
    field is refused by the client (it would change nothing).

        Attributes:
            name (str | Unset): Full name of the user. Inferred: `User.name`, assumed writable.
            phone (str | Unset): Phone number. Inferred: `User.phone`, assumed writable.
            img_src (str | Unset): URL of the profile image. Inferred: `User.imgSrc`, assumed writable.
            team_id (int | Unset): ID of the team the user belongs to. Inferred: `User.teamId`, assumed writable.
            active (bool | Unset): Whether the user is active (`false` deactivates the user). Inferred: `User.active`,
                assumed writable (the web UI has an "enabled" toggle).
            notification_preferences (UpdateUserRequestNotificationPreferences | Unset): Notification preferences, in the
                same open shape as `User.notificationPreferences` (see `NotificationPreference`). Inferred: assumed writable;
                the container shape is not published.
    """

    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    img_src: str | Unset = UNSET
    team_id: int | Unset = UNSET
    active: bool | Unset = UNSET
    notification_preferences: UpdateUserRequestNotificationPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone = self.phone

        img_src = self.img_src

        team_id = self.team_id

        active = self.active

        notification_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_preferences, Unset):
            notification_preferences = self.notification_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if img_src is not UNSET:
            field_dict["imgSrc"] = img_src
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if active is not UNSET:
            field_dict["active"] = active
        if notification_preferences is not UNSET:
            field_dict["notificationPreferences"] = notification_preferences

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

            _field = "phone"
            phone = d.pop("phone", UNSET)

            _field = "imgSrc"
            img_src = d.pop("imgSrc", UNSET)

            _field = "teamId"
            team_id = d.pop("teamId", UNSET)

            _field = "active"
            active = d.pop("active", UNSET)

            _field = "notificationPreferences"
            _notification_preferences = d.pop("notificationPreferences", UNSET)
            notification_preferences: UpdateUserRequestNotificationPreferences | Unset
            if isinstance(_notification_preferences, Unset):
                notification_preferences = UNSET
            else:
                notification_preferences = (
                    UpdateUserRequestNotificationPreferences.from_dict(
                        _notification_preferences
                    )
                )

            _field = None
            update_user_request = cls(
                name=name,
                phone=phone,
                img_src=img_src,
                team_id=team_id,
                active=active,
                notification_preferences=notification_preferences,
            )

            update_user_request.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return update_user_request

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_UpdateUserRequestWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_UpdateUserRequestWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        update_user_request = object.__new__(cls)
        update_user_request.name = wire.name
        update_user_request.phone = wire.phone
        update_user_request.img_src = wire.img_src
        update_user_request.team_id = wire.team_id
        update_user_request.active = wire.active
        _notification_preferences = wire.notification_preferences
        update_user_request.notification_preferences = (
            UNSET
            if _notification_preferences is _WIRE_UNSET
            else UpdateUserRequestNotificationPreferences._from_wire(
                _notification_preferences
            )
        )
        update_user_request.additional_properties = {}
        return update_user_request

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
_UpdateUserRequestWire: Any = None
_UpdateUserRequestNotificationPreferencesWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_UpdateUserRequestWire`: `UpdateUserRequest` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global \
        _UpdateUserRequestWire, \
        _WIRE_UNSET, \
        _UpdateUserRequestNotificationPreferencesWire
    if _UpdateUserRequestWire is not None:
        return _UpdateUserRequestWire
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
            "img_src": "imgSrc",
            "team_id": "teamId",
            "notification_preferences": "notificationPreferences",
        },
    ):
        name: Any = UNSET
        phone: Any = UNSET
        img_src: Any = UNSET
        team_id: Any = UNSET
        active: Any = UNSET
        notification_preferences: (
            _UpdateUserRequestNotificationPreferencesWire | msgspec.UnsetType
        ) = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_UpdateUserRequestWire"
    # bound before the nested ones, which may refer back to this one
    _UpdateUserRequestWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.update_user_request_notification_preferences import (
        _wire as _update_user_request_notification_preferences_wire,
    )

    _UpdateUserRequestNotificationPreferencesWire = (
        _update_user_request_notification_preferences_wire()
    )
    return Wire


from ..models.update_user_request_notification_preferences import (
    UpdateUserRequestNotificationPreferences,
)
