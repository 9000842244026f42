from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, ModelFieldError, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyUserList")


@_attrs_define
class CompanyUserList:
    """One page of company users (pagination envelope). Follow `links.next` until it is `null` or absent, or stop when
    `page * limit >= meta.total` or `data` is empty.

        Attributes:
            data (list[CompanyUserResource]): The users on this page.
            links (JsonApiLinks | Unset): Navigation URLs of a paginated list (vendor component `paginationLinks`); each URL
                carries `?page=N`. Example: {'first': 'http://api.willms.com/v1/companies?page=1', 'last':
                'http://api.willms.com/v1/companies?page=5', 'prev': 'http://api.willms.com/v1/companies?page=2', 'next':
                'http://api.willms.com/v1/companies?page=4', 'self': 'http://api.willms.com/v1/companies?page=3'}.
            meta (JsonApiMeta | Unset): Metadata of a paginated list. Example: {'total': 50}.
            included (list[IncludedCompanyMembership | IncludedRole | IncludedVisibilityGroup | JsonApiIncludedResource] |
                Unset): Related resources of the users on this page, as requested with `include`.
    """

    data: list[CompanyUserResource]
    links: JsonApiLinks | Unset = UNSET
    meta: JsonApiMeta | Unset = UNSET
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
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta
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
            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = CompanyUserResource.from_dict(data_item_data)

                data.append(data_item)

            _field = "links"
            _links = d.pop("links", UNSET)
            links: JsonApiLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = JsonApiLinks.from_dict(_links)

            _field = "meta"
            _meta = d.pop("meta", UNSET)
            meta: JsonApiMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = JsonApiMeta.from_dict(_meta)

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
            company_user_list = cls(
                data=data,
                links=links,
                meta=meta,
                included=included,
            )

            company_user_list.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return company_user_list

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_CompanyUserListWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_CompanyUserListWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        company_user_list = object.__new__(cls)
        company_user_list.data = [
            CompanyUserResource._from_wire(item) for item in wire.data
        ]
        _links = wire.links
        company_user_list.links = (
            UNSET if _links is _WIRE_UNSET else JsonApiLinks._from_wire(_links)
        )
        _meta = wire.meta
        company_user_list.meta = (
            UNSET if _meta is _WIRE_UNSET else JsonApiMeta._from_wire(_meta)
        )
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

        company_user_list.included = included
        company_user_list.additional_properties = {}
        return company_user_list

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
_CompanyUserListWire: Any = None
_CompanyUserResourceWire: Any = None
_JsonApiLinksWire: Any = None
_JsonApiMetaWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_CompanyUserListWire`: `CompanyUserList` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global \
        _CompanyUserListWire, \
        _WIRE_UNSET, \
        _CompanyUserResourceWire, \
        _JsonApiLinksWire, \
        _JsonApiMetaWire
    if _CompanyUserListWire is not None:
        return _CompanyUserListWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        data: list[_CompanyUserResourceWire]
        links: _JsonApiLinksWire | msgspec.UnsetType = msgspec.UNSET
        meta: _JsonApiMetaWire | msgspec.UnsetType = msgspec.UNSET
        included: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_CompanyUserListWire"
    # bound before the nested ones, which may refer back to this one
    _CompanyUserListWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.company_user_resource import _wire as _company_user_resource_wire

    _CompanyUserResourceWire = _company_user_resource_wire()
    from ..models.json_api_links import _wire as _json_api_links_wire

    _JsonApiLinksWire = _json_api_links_wire()
    from ..models.json_api_meta import _wire as _json_api_meta_wire

    _JsonApiMetaWire = _json_api_meta_wire()
    return Wire


from ..models.company_user_resource import CompanyUserResource
from ..models.included_company_membership import IncludedCompanyMembership
from ..models.included_role import IncludedRole
from ..models.included_visibility_group import IncludedVisibilityGroup
from ..models.json_api_included_resource import JsonApiIncludedResource
from ..models.json_api_links import JsonApiLinks
from ..models.json_api_meta import JsonApiMeta
