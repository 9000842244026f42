from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserRequest")


@_attrs_define
class CreateUserRequest:
    """Body of `POST /users`. The vendor page shows only `{"email": ...}` as the example. Inferred: the full body schema is
    not shown; `email` is assumed required, and other `User` fields may be accepted, so the object is left open.

        Attributes:
            email (str): Email address of the new user.
            name (str | Unset): Full name of the user. Inferred: `User.name`, assumed accepted on creation like on update.
            phone (str | Unset): Phone number. Inferred: `User.phone`, assumed accepted on creation.
            img_src (str | Unset): URL of the profile image. Inferred: `User.imgSrc`, assumed accepted on creation.
            team_id (int | Unset): ID of the team the user belongs to. Inferred: `User.teamId`, assumed accepted on
                creation.
            active (bool | Unset): Whether the user starts active. Inferred: `User.active`, assumed accepted on creation.
    """

    email: str
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    img_src: str | Unset = UNSET
    team_id: int | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        phone = self.phone

        img_src = self.img_src

        team_id = self.team_id

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
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

            _field = None
            create_user_request = cls(
                email=email,
                name=name,
                phone=phone,
                img_src=img_src,
                team_id=team_id,
                active=active,
            )

            create_user_request.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return create_user_request

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CreateUserRequestWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CreateUserRequestWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        create_user_request = object.__new__(cls)
        create_user_request.email = wire.email
        create_user_request.name = wire.name
        create_user_request.phone = wire.phone
        create_user_request.img_src = wire.img_src
        create_user_request.team_id = wire.team_id
        create_user_request.active = wire.active
        create_user_request.additional_properties = {}
        return create_user_request

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
_CreateUserRequestWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CreateUserRequestWire`: `CreateUserRequest` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _CreateUserRequestWire, _WIRE_UNSET
    if _CreateUserRequestWire is not None:
        return _CreateUserRequestWire
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
        },
    ):
        email: Any
        name: Any = UNSET
        phone: Any = UNSET
        img_src: Any = UNSET
        team_id: Any = UNSET
        active: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_CreateUserRequestWire"
    # bound before the nested ones, which may refer back to this one
    _CreateUserRequestWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
