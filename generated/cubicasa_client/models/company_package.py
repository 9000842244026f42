from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyPackage")


@_attrs_define
class CompanyPackage:
    """The company's default package and enabled add-ons. Inferred from the help centre's "Order options"; field names
    follow the order fields.

        Attributes:
            package_type (None | str | Unset): Default package, e.g. `base`, `plus`.
            add_ons (list[str] | Unset):
    """

    package_type: None | str | Unset = UNSET
    add_ons: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_type: None | str | Unset
        if isinstance(self.package_type, Unset):
            package_type = UNSET
        else:
            package_type = self.package_type

        add_ons: list[str] | Unset = UNSET
        if not isinstance(self.add_ons, Unset):
            add_ons = self.add_ons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_type is not UNSET:
            field_dict["package_type"] = package_type
        if add_ons is not UNSET:
            field_dict["add_ons"] = add_ons

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
            _field = "package_type"
            package_type = d.pop("package_type", UNSET)

            _field = "add_ons"
            add_ons = d.pop("add_ons", UNSET)

            _field = None
            company_package = cls(
                package_type=package_type,
                add_ons=add_ons,
            )

            company_package.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return company_package

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CompanyPackageWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CompanyPackageWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        company_package = object.__new__(cls)
        company_package.package_type = wire.package_type
        add_ons = wire.add_ons

        company_package.add_ons = add_ons
        company_package.additional_properties = {}
        return company_package

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
_CompanyPackageWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CompanyPackageWire`: `CompanyPackage` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _CompanyPackageWire, _WIRE_UNSET
    if _CompanyPackageWire is not None:
        return _CompanyPackageWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        package_type: Any = UNSET
        add_ons: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_CompanyPackageWire"
    # bound before the nested ones, which may refer back to this one
    _CompanyPackageWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire
