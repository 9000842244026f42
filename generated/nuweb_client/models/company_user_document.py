from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, ModelFieldError, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyUserDocument")


@_attrs_define
class CompanyUserDocument:
    """A single company user with the related resources requested through `include`.

    Attributes:
        data (CompanyUserResource): A company user (resource type `users`). Example: {'type': 'users', 'id': 1,
            'attributes': {'name': 'John Doe', 'email': 'john.doe@example.com', 'phone': None, 'phone_code': None,
            'createdAt': '2021-11-22T11:59:00.000000Z', 'updatedAt': '2021-11-22T11:59:00.000000Z'}, 'relationships':
            {'companyUsers': {'data': [{'type': 'companyUsers', 'id': 1}]}}}.
        included (list[IncludedCompanyMembership | IncludedRole | IncludedVisibilityGroup | JsonApiIncludedResource] |
            Unset): Related resources (companyUsers, roles, visibilityGroups).
    """

    data: CompanyUserResource
    included: (
        list[
            IncludedCompanyMembership
            | IncludedRole
            | IncludedVisibilityGroup
            | JsonApiIncludedResource
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item: dict[str, Any]
                if (
                    isinstance(included_item_data, IncludedCompanyMembership)
                    or isinstance(included_item_data, IncludedRole)
                    or isinstance(included_item_data, IncludedVisibilityGroup)
                ):
                    included_item = included_item_data.to_dict()
                else:
                    included_item = included_item_data.to_dict()

                included.append(included_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included

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
            _field = "data"
            data = CompanyUserResource.from_dict(d.pop("data"))

            _field = "included"
            _included = d.pop("included", UNSET)
            included: (
                list[
                    IncludedCompanyMembership
                    | IncludedRole
                    | IncludedVisibilityGroup
                    | JsonApiIncludedResource
                ]
                | Unset
            ) = UNSET
            if _included is not UNSET:
                included = []
                for included_item_data in _included:

                    def _parse_included_item(
                        data: object,
                    ) -> (
                        IncludedCompanyMembership
                        | IncludedRole
                        | IncludedVisibilityGroup
                        | JsonApiIncludedResource
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_included_resource_type_0 = (
                                IncludedCompanyMembership.from_dict(data)
                            )

                            return componentsschemas_included_resource_type_0
                        except (
                            ModelFieldError,
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_included_resource_type_1 = (
                                IncludedRole.from_dict(data)
                            )

                            return componentsschemas_included_resource_type_1
                        except (
                            ModelFieldError,
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_included_resource_type_2 = (
                                IncludedVisibilityGroup.from_dict(data)
                            )

                            return componentsschemas_included_resource_type_2
                        except (
                            ModelFieldError,
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_3 = (
                            JsonApiIncludedResource.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_3

                    included_item = _parse_included_item(included_item_data)

                    included.append(included_item)

            _field = None
            company_user_document = cls(
                data=data,
                included=included,
            )

            company_user_document.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return company_user_document

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CompanyUserDocumentWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CompanyUserDocumentWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        company_user_document = object.__new__(cls)
        company_user_document.data = CompanyUserResource._from_wire(wire.data)
        _included = wire.included
        included: (
            list[
                IncludedCompanyMembership
                | IncludedRole
                | IncludedVisibilityGroup
                | JsonApiIncludedResource
            ]
            | Unset
        ) = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:

                def _parse_included_item(
                    data: object,
                ) -> (
                    IncludedCompanyMembership
                    | IncludedRole
                    | IncludedVisibilityGroup
                    | JsonApiIncludedResource
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_0 = (
                            IncludedCompanyMembership.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_0
                    except (
                        ModelFieldError,
                        TypeError,
                        ValueError,
                        AttributeError,
                        KeyError,
                    ):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_1 = (
                            IncludedRole.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_1
                    except (
                        ModelFieldError,
                        TypeError,
                        ValueError,
                        AttributeError,
                        KeyError,
                    ):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_2 = (
                            IncludedVisibilityGroup.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_2
                    except (
                        ModelFieldError,
                        TypeError,
                        ValueError,
                        AttributeError,
                        KeyError,
                    ):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_included_resource_type_3 = (
                        JsonApiIncludedResource.from_dict(data)
                    )

                    return componentsschemas_included_resource_type_3

                included_item = _parse_included_item(included_item_data)

                included.append(included_item)

        company_user_document.included = included
        company_user_document.additional_properties = {}
        return company_user_document

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
_CompanyUserDocumentWire: Any = None
_CompanyUserResourceWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CompanyUserDocumentWire`: `CompanyUserDocument` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _CompanyUserDocumentWire, _WIRE_UNSET, _CompanyUserResourceWire
    if _CompanyUserDocumentWire is not None:
        return _CompanyUserDocumentWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        data: _CompanyUserResourceWire
        included: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_CompanyUserDocumentWire"
    # bound before the nested ones, which may refer back to this one
    _CompanyUserDocumentWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.company_user_resource import _wire as _company_user_resource_wire

    _CompanyUserResourceWire = _company_user_resource_wire()
    return Wire


from ..models.company_user_resource import CompanyUserResource
from ..models.included_company_membership import IncludedCompanyMembership
from ..models.included_role import IncludedRole
from ..models.included_visibility_group import IncludedVisibilityGroup
from ..models.json_api_included_resource import JsonApiIncludedResource
