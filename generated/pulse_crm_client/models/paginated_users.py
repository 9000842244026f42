from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginatedUsers")


@_attrs_define
class PaginatedUsers:
    """One page of users. Stop paging when `page >= totalPages` or `data` is empty. Inferred: this envelope is documented
    for tickets and assumed for users; the example is illustrative, built from the `User` example.

        Example:
            {'data': [{'id': 3, 'email': 'zach@example.com', 'active': True, 'createdBy': 'test@test.com', 'updatedBy':
                'test@test.com', 'createdAt': '2025-02-11T03:45:04.853Z', 'updatedAt': '2025-02-11T05:50:37.935Z',
                'flatRolesList': ['superAdmin']}], 'page': 1, 'pageSize': 10, 'total': 1, 'totalPages': 1}

        Attributes:
            data (list[User]): The users on this page.
            page (int | Unset): Page number of this page, starting at 1.
            page_size (int | Unset): Maximum number of items per page.
            total (int | Unset): Total number of users matching the query.
            total_pages (int | Unset): Total number of pages.
    """

    data: list[User]
    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        page = self.page

        page_size = self.page_size

        total = self.total

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if total is not UNSET:
            field_dict["total"] = total
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages

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
                data_item = User.from_dict(data_item_data)

                data.append(data_item)

            _field = "page"
            page = d.pop("page", UNSET)

            _field = "pageSize"
            page_size = d.pop("pageSize", UNSET)

            _field = "total"
            total = d.pop("total", UNSET)

            _field = "totalPages"
            total_pages = d.pop("totalPages", UNSET)

            _field = None
            paginated_users = cls(
                data=data,
                page=page,
                page_size=page_size,
                total=total,
                total_pages=total_pages,
            )

            paginated_users.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return paginated_users

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_PaginatedUsersWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_PaginatedUsersWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        paginated_users = object.__new__(cls)
        paginated_users.data = [User._from_wire(item) for item in wire.data]
        paginated_users.page = wire.page
        paginated_users.page_size = wire.page_size
        paginated_users.total = wire.total
        paginated_users.total_pages = wire.total_pages
        paginated_users.additional_properties = {}
        return paginated_users

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
_PaginatedUsersWire: Any = None
_UserWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_PaginatedUsersWire`: `PaginatedUsers` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _PaginatedUsersWire, _WIRE_UNSET, _UserWire
    if _PaginatedUsersWire is not None:
        return _PaginatedUsersWire
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
            "page_size": "pageSize",
            "total_pages": "totalPages",
        },
    ):
        data: list[_UserWire]
        page: Any = UNSET
        page_size: Any = UNSET
        total: Any = UNSET
        total_pages: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_PaginatedUsersWire"
    # bound before the nested ones, which may refer back to this one
    _PaginatedUsersWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    from ..models.user import _wire as _user_wire

    _UserWire = _user_wire()
    return Wire


from ..models.user import User
