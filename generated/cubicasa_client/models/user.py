from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of the company account.

    Example:
        {'id': '8b8a99d2-737d-4681-bc16-7ffee5c61fe2', 'email': 'tim@internet.com', 'name': 'Tim', 'surname': 'Berners-
            Lee', 'role': 'Collaborator', 'email_confirmed': True, 'created_at': 1748553783.0}

    Attributes:
        id (UUID):
        email (str):
        role (Role): A user's role. Managers can use every feature and setting; Users see only scans of their own
            office; Collaborators get no order e-mails and see only their own orders.
        name (None | str | Unset):
        surname (None | str | Unset):
        email_confirmed (bool | Unset): The user has confirmed their e-mail address.
        created_at (float | Unset): Creation time, Unix epoch seconds.
    """

    id: UUID
    email: str
    role: Role
    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    email_confirmed: bool | Unset = UNSET
    created_at: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        email = self.email

        role = self.role.value

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

        email_confirmed = self.email_confirmed

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "role": role,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if email_confirmed is not UNSET:
            field_dict["email_confirmed"] = email_confirmed
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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
            id = UUID(d.pop("id"))

            _field = "email"
            email = d.pop("email")

            _field = "role"
            role = Role._from_json(d.pop("role"))

            _field = "name"
            name = d.pop("name", UNSET)

            _field = "surname"
            surname = d.pop("surname", UNSET)

            _field = "email_confirmed"
            email_confirmed = d.pop("email_confirmed", UNSET)

            _field = "created_at"
            created_at = d.pop("created_at", UNSET)

            _field = None
            user = cls(
                id=id,
                email=email,
                role=role,
                name=name,
                surname=surname,
                email_confirmed=email_confirmed,
                created_at=created_at,
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
        user.role = wire.role
        user.name = wire.name
        user.surname = wire.surname
        user.email_confirmed = wire.email_confirmed
        user.created_at = wire.created_at
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
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_UserWire`: `User` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _UserWire, _WIRE_UNSET
    if _UserWire is not None:
        return _UserWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        id: UUID
        email: Any
        role: Role
        name: Any = UNSET
        surname: Any = UNSET
        email_confirmed: Any = UNSET
        created_at: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_UserWire"
    # bound before the nested ones, which may refer back to this one
    _UserWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
