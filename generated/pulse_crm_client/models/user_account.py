from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAccount")


@_attrs_define
class UserAccount:
    """An account a user has access to, with the user's standing in it.

    Attributes:
        account_id (str | Unset): Account ID (a string of digits); the value for `x-account-id`.
        account_name (str | Unset): Account name.
        users_primary_account (bool | Unset): Whether this is the user's primary account.
        account_admin (bool | Unset): Whether the user administers this account.
        repcode (None | str | Unset): Rep code, used only for agent accounts; the accounts page types it `string|null`
            (with a `null` example), the User Session example shows `"3"`.
    """

    account_id: str | Unset = UNSET
    account_name: str | Unset = UNSET
    users_primary_account: bool | Unset = UNSET
    account_admin: bool | Unset = UNSET
    repcode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_name = self.account_name

        users_primary_account = self.users_primary_account

        account_admin = self.account_admin

        repcode: None | str | Unset
        if isinstance(self.repcode, Unset):
            repcode = UNSET
        else:
            repcode = self.repcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if users_primary_account is not UNSET:
            field_dict["usersPrimaryAccount"] = users_primary_account
        if account_admin is not UNSET:
            field_dict["accountAdmin"] = account_admin
        if repcode is not UNSET:
            field_dict["repcode"] = repcode

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
            _field = "accountId"
            account_id = d.pop("accountId", UNSET)

            _field = "accountName"
            account_name = d.pop("accountName", UNSET)

            _field = "usersPrimaryAccount"
            users_primary_account = d.pop("usersPrimaryAccount", UNSET)

            _field = "accountAdmin"
            account_admin = d.pop("accountAdmin", UNSET)

            _field = "repcode"
            repcode = d.pop("repcode", UNSET)

            _field = None
            user_account = cls(
                account_id=account_id,
                account_name=account_name,
                users_primary_account=users_primary_account,
                account_admin=account_admin,
                repcode=repcode,
            )

            user_account.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return user_account

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_UserAccountWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_UserAccountWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        user_account = object.__new__(cls)
        user_account.account_id = wire.account_id
        user_account.account_name = wire.account_name
        user_account.users_primary_account = wire.users_primary_account
        user_account.account_admin = wire.account_admin
        user_account.repcode = wire.repcode
        user_account.additional_properties = {}
        return user_account

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
_UserAccountWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_UserAccountWire`: `UserAccount` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _UserAccountWire, _WIRE_UNSET
    if _UserAccountWire is not None:
        return _UserAccountWire
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
            "account_id": "accountId",
            "account_name": "accountName",
            "users_primary_account": "usersPrimaryAccount",
            "account_admin": "accountAdmin",
        },
    ):
        account_id: Any = UNSET
        account_name: Any = UNSET
        users_primary_account: Any = UNSET
        account_admin: Any = UNSET
        repcode: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_UserAccountWire"
    # bound before the nested ones, which may refer back to this one
    _UserAccountWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
