from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..models.registration_source import RegistrationSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCompanyUserRequest")


@_attrs_define
class CreateCompanyUserRequest:
    """Fields of a new company user; `name` and `email` are needed. Inferred: the vendor marks no field as required, but a
    user cannot be created without a name and an e-mail address (the create answers `422` without them). The length and
    format rules are Laravel's usual ones for these fields (a blank value counts as missing), not stated by the vendor.
    An e-mail address already used in this company is a `422` too.

        Example:
            {'name': 'John Doe', 'email': 'email@example.com', 'password': 'password'}

        Attributes:
            name (str): The user's full name (not blank, at most 255 characters).
            email (str): The user's e-mail address, unique across the platform; an existing account with this address is
                attached to the company.
            password (str | Unset): Optional, at least 8 characters. Without it the user sets their own password with the
                "forgot password" function when logging in.
            registration_source (RegistrationSource | Unset): Where the user registered. The server uses `api` when the
                field is left out.
    """

    name: str
    email: str
    password: str | Unset = UNSET
    registration_source: RegistrationSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        password = self.password

        registration_source: str | Unset = UNSET
        if not isinstance(self.registration_source, Unset):
            registration_source = self.registration_source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if registration_source is not UNSET:
            field_dict["registrationSource"] = registration_source

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
            name = d.pop("name")

            _field = "email"
            email = d.pop("email")

            _field = "password"
            password = d.pop("password", UNSET)

            _field = "registrationSource"
            _registration_source = d.pop("registrationSource", UNSET)
            registration_source: RegistrationSource | Unset
            if isinstance(_registration_source, Unset):
                registration_source = UNSET
            else:
                registration_source = RegistrationSource._from_json(
                    _registration_source
                )

            _field = None
            create_company_user_request = cls(
                name=name,
                email=email,
                password=password,
                registration_source=registration_source,
            )

            create_company_user_request.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return create_company_user_request

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CreateCompanyUserRequestWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CreateCompanyUserRequestWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        create_company_user_request = object.__new__(cls)
        create_company_user_request.name = wire.name
        create_company_user_request.email = wire.email
        create_company_user_request.password = wire.password
        _registration_source = wire.registration_source
        create_company_user_request.registration_source = (
            UNSET if _registration_source is _WIRE_UNSET else _registration_source
        )
        create_company_user_request.additional_properties = {}
        return create_company_user_request

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
_CreateCompanyUserRequestWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CreateCompanyUserRequestWire`: `CreateCompanyUserRequest` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _CreateCompanyUserRequestWire, _WIRE_UNSET
    if _CreateCompanyUserRequestWire is not None:
        return _CreateCompanyUserRequestWire
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
            "registration_source": "registrationSource",
        },
    ):
        name: Any
        email: Any
        password: Any = UNSET
        registration_source: RegistrationSource | msgspec.UnsetType = msgspec.UNSET

    Wire.__name__ = Wire.__qualname__ = "_CreateCompanyUserRequestWire"
    # bound before the nested ones, which may refer back to this one
    _CreateCompanyUserRequestWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
