from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="PermissionGrant")


@_attrs_define
class PermissionGrant:
    """One role that grants a permission (an item of `UserSession.permissionsFromRolesDetails`).

    Attributes:
        role (str | Unset): Name of the granting role.
        account_id (None | str | Unset): Account the role applies in; `null` in the published example. Inferred:
            otherwise an account ID string, like every other `accountId`.
    """

    role: str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if account_id is not UNSET:
            field_dict["accountId"] = account_id

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
            _field = "role"
            role = d.pop("role", UNSET)

            _field = "accountId"
            account_id = d.pop("accountId", UNSET)

            _field = None
            permission_grant = cls(
                role=role,
                account_id=account_id,
            )

            permission_grant.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return permission_grant

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_PermissionGrantWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_PermissionGrantWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        permission_grant = object.__new__(cls)
        permission_grant.role = wire.role
        permission_grant.account_id = wire.account_id
        permission_grant.additional_properties = {}
        return permission_grant

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
_PermissionGrantWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_PermissionGrantWire`: `PermissionGrant` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _PermissionGrantWire, _WIRE_UNSET
    if _PermissionGrantWire is not None:
        return _PermissionGrantWire
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
        },
    ):
        role: Any = UNSET
        account_id: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_PermissionGrantWire"
    # bound before the nested ones, which may refer back to this one
    _PermissionGrantWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
