from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """A new user. Without `password`, CubiCasa e-mails an invitation.

    Attributes:
        email (str): Required. Inferred: a user cannot exist without one.
        role (Role | Unset): A user's role. Managers can use every feature and setting; Users see only scans of their
            own office; Collaborators get no order e-mails and see only their own orders.
        office_id (UUID | Unset): Office the user belongs to.
        password (str | Unset): Initial password. Omit it to send an invitation e-mail.
    """

    email: str
    role: Role | Unset = UNSET
    office_id: UUID | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        office_id: str | Unset = UNSET
        if not isinstance(self.office_id, Unset):
            office_id = str(self.office_id)

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if office_id is not UNSET:
            field_dict["office_id"] = office_id
        if password is not UNSET:
            field_dict["password"] = password

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
            _field = "email"
            email = d.pop("email")

            _field = "role"
            _role = d.pop("role", UNSET)
            role: Role | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = Role._from_json(_role)

            _field = "office_id"
            _office_id = d.pop("office_id", UNSET)
            office_id: UUID | Unset
            if isinstance(_office_id, Unset):
                office_id = UNSET
            else:
                office_id = UUID(_office_id)

            _field = "password"
            password = d.pop("password", UNSET)

            _field = None
            user_create = cls(
                email=email,
                role=role,
                office_id=office_id,
                password=password,
            )

            user_create.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return user_create

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_UserCreateWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_UserCreateWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        user_create = object.__new__(cls)
        user_create.email = wire.email
        _role = wire.role
        user_create.role = UNSET if _role is _WIRE_UNSET else _role
        _office_id = wire.office_id
        user_create.office_id = UNSET if _office_id is _WIRE_UNSET else _office_id
        user_create.password = wire.password
        user_create.additional_properties = {}
        return user_create

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
_UserCreateWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_UserCreateWire`: `UserCreate` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _UserCreateWire, _WIRE_UNSET
    if _UserCreateWire is not None:
        return _UserCreateWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        email: Any
        role: Role | msgspec.UnsetType = msgspec.UNSET
        office_id: UUID | msgspec.UnsetType = msgspec.UNSET
        password: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_UserCreateWire"
    # bound before the nested ones, which may refer back to this one
    _UserCreateWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
