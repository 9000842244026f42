from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """Fields to change. Inferred: the body is not published; these are the writable fields of the User object plus
    `office_id` from "Add new user".

        Attributes:
            name (None | str | Unset):
            surname (None | str | Unset):
            role (Role | Unset): A user's role. Managers can use every feature and setting; Users see only scans of their
                own office; Collaborators get no order e-mails and see only their own orders.
            office_id (UUID | Unset):
    """

    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    role: Role | Unset = UNSET
    office_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        office_id: str | Unset = UNSET
        if not isinstance(self.office_id, Unset):
            office_id = str(self.office_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if role is not UNSET:
            field_dict["role"] = role
        if office_id is not UNSET:
            field_dict["office_id"] = office_id

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

            _field = "surname"
            surname = d.pop("surname", UNSET)

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

            _field = None
            user_update = cls(
                name=name,
                surname=surname,
                role=role,
                office_id=office_id,
            )

            user_update.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return user_update

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_UserUpdateWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_UserUpdateWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        user_update = object.__new__(cls)
        user_update.name = wire.name
        user_update.surname = wire.surname
        _role = wire.role
        user_update.role = UNSET if _role is _WIRE_UNSET else _role
        _office_id = wire.office_id
        user_update.office_id = UNSET if _office_id is _WIRE_UNSET else _office_id
        user_update.additional_properties = {}
        return user_update

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
_UserUpdateWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_UserUpdateWire`: `UserUpdate` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _UserUpdateWire, _WIRE_UNSET
    if _UserUpdateWire is not None:
        return _UserUpdateWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        name: Any = UNSET
        surname: Any = UNSET
        role: Role | msgspec.UnsetType = msgspec.UNSET
        office_id: UUID | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_UserUpdateWire"
    # bound before the nested ones, which may refer back to this one
    _UserUpdateWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
