from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreated")


@_attrs_define
class UserCreated:
    """The answer to "Add new user".

    Attributes:
        email (str):
        id (UUID):
        message (str | Unset):
        role (Role | Unset): A user's role. Managers can use every feature and setting; Users see only scans of their
            own office; Collaborators get no order e-mails and see only their own orders.
    """

    email: str
    id: UUID
    message: str | Unset = UNSET
    role: Role | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id = str(self.id)

        message = self.message

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "id": id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if role is not UNSET:
            field_dict["role"] = role

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

            _field = "id"
            id = UUID(d.pop("id"))

            _field = "message"
            message = d.pop("message", UNSET)

            _field = "role"
            _role = d.pop("role", UNSET)
            role: Role | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = Role._from_json(_role)

            _field = None
            user_created = cls(
                email=email,
                id=id,
                message=message,
                role=role,
            )

            user_created.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return user_created

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_UserCreatedWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_UserCreatedWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        user_created = object.__new__(cls)
        user_created.email = wire.email
        user_created.id = wire.id
        user_created.message = wire.message
        _role = wire.role
        user_created.role = UNSET if _role is _WIRE_UNSET else _role
        user_created.additional_properties = {}
        return user_created

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
_UserCreatedWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_UserCreatedWire`: `UserCreated` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _UserCreatedWire, _WIRE_UNSET
    if _UserCreatedWire is not None:
        return _UserCreatedWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        email: Any
        id: UUID
        message: Any = UNSET
        role: Role | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_UserCreatedWire"
    # bound before the nested ones, which may refer back to this one
    _UserCreatedWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
