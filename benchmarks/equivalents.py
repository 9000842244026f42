"""`PaginatedUsers` and `PaginatedOrders` of the CubiCasa spec as pydantic v2 models and msgspec structs.

Written the way a user of either library would declare them from the spec
(openapi/cubicasa-integrate-v3.yaml), field for field:

- `format: uuid` ids are `uuid.UUID`; `Role` and `OrderStatus` are string enums with the
  spec's values; `type: number` timestamps (`created_at`, Unix epoch seconds in the
  spec, not `date-time` strings) are `float`; `format: email` is `str` (pydantic's
  `EmailStr` needs the email-validator package, and the generated models keep a `str` too).
- Required fields have no default; optional ones default to `None` (nullable or not, as
  datamodel-code-generator writes them); `go2scan` (`object | null`,
  `additionalProperties: true`) is a `dict`, `style_template` (`{}`) is `Any`, an
  `AssetGroup` (`oneOf` object / array) is `dict | list`; `postalCode` keeps its JSON
  name through an alias (pydantic) or `rename` (msgspec).
- **Library defaults**: pydantic's `model_config` is left alone (`extra="ignore"`, lax
  mode), msgspec's `Struct` too (unknown fields ignored). Both are fed the response
  *bytes*: `TypeAdapter(...).validate_json(content)` and `msgspec.json.Decoder(...).decode(content)`.
"""

from __future__ import annotations

import enum
import uuid
from typing import Any

import msgspec
import pydantic


class Role(enum.StrEnum):
    COLLABORATOR = "Collaborator"
    USER = "User"
    MANAGER = "Manager"


class OrderStatus(enum.StrEnum):
    NEW = "New"
    DRAFT = "Draft"
    PENDING = "Pending"
    READY = "Ready"
    FIXING = "Fixing"


AssetGroup = dict[str, Any] | list[Any]

# --- pydantic v2, default configuration ------------------------------------------------------------------------


class PdPagination(pydantic.BaseModel):
    has_more: bool
    limit: int | None = None
    next_offset: int | None = None
    previous_offset: int | None = None


class PdUser(pydantic.BaseModel):
    id: uuid.UUID
    email: str
    name: str | None = None
    surname: str | None = None
    role: Role
    email_confirmed: bool | None = None
    created_at: float | None = None


class PdPaginatedUsers(pydantic.BaseModel):
    pagination: PdPagination
    items: list[PdUser]


class PdOrderProduct(pydantic.BaseModel):
    add_ons: list[str] | None = None
    over_limits: list[Any] | None = None
    package_type: str | None = None
    purchasable_add_ons: list[str] | None = None


class PdOrderInfo(pydantic.BaseModel):
    status: OrderStatus
    created_by: str | None = None
    location: str | None = None
    order_type: str | None = None
    first_delivered_at: float | None = None
    created_at: float | None = None
    is_scan_order: bool | None = None
    total_scanned_area: float | None = None
    go2scan: dict[str, Any] | None = None
    external_id: str | None = None
    add_info: str | None = None
    style_template: Any = None
    product: PdOrderProduct | None = None


class PdOrderAddress(pydantic.BaseModel):
    full_address: str | None = None
    street: str | None = None
    suite: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = pydantic.Field(default=None, alias="postalCode")
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class PdDeliveryAssets(pydantic.BaseModel):
    listing_floorplans: AssetGroup | None = None
    gla_package: AssetGroup | None = None
    homereport: AssetGroup | None = None
    home_report: AssetGroup | None = None
    snapshot: AssetGroup | None = None
    tour: AssetGroup | None = None
    floorplans_3d: AssetGroup | None = None
    video_3d: AssetGroup | None = None
    cad_files: AssetGroup | None = None
    property_data: AssetGroup | None = None


class PdOrder(pydantic.BaseModel):
    id: uuid.UUID
    info: PdOrderInfo
    address: PdOrderAddress | None = None
    delivery_assets: PdDeliveryAssets | None = None


class PdPaginatedOrders(pydantic.BaseModel):
    pagination: PdPagination
    items: list[PdOrder]


PD_USERS = pydantic.TypeAdapter(PdPaginatedUsers)
PD_ORDERS = pydantic.TypeAdapter(PdPaginatedOrders)

# --- msgspec, default Struct options ---------------------------------------------------------------------------


class MsPagination(msgspec.Struct):
    has_more: bool
    limit: int | None = None
    next_offset: int | None = None
    previous_offset: int | None = None


class MsUser(msgspec.Struct):
    id: uuid.UUID
    email: str
    role: Role
    name: str | None = None
    surname: str | None = None
    email_confirmed: bool | None = None
    created_at: float | None = None


class MsPaginatedUsers(msgspec.Struct):
    pagination: MsPagination
    items: list[MsUser]


class MsOrderProduct(msgspec.Struct):
    add_ons: list[str] | None = None
    over_limits: list[Any] | None = None
    package_type: str | None = None
    purchasable_add_ons: list[str] | None = None


class MsOrderInfo(msgspec.Struct):
    status: OrderStatus
    created_by: str | None = None
    location: str | None = None
    order_type: str | None = None
    first_delivered_at: float | None = None
    created_at: float | None = None
    is_scan_order: bool | None = None
    total_scanned_area: float | None = None
    go2scan: dict[str, Any] | None = None
    external_id: str | None = None
    add_info: str | None = None
    style_template: Any = None
    product: MsOrderProduct | None = None


class MsOrderAddress(msgspec.Struct, rename={"postal_code": "postalCode"}):
    full_address: str | None = None
    street: str | None = None
    suite: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class MsDeliveryAssets(msgspec.Struct):
    listing_floorplans: AssetGroup | None = None
    gla_package: AssetGroup | None = None
    homereport: AssetGroup | None = None
    home_report: AssetGroup | None = None
    snapshot: AssetGroup | None = None
    tour: AssetGroup | None = None
    floorplans_3d: AssetGroup | None = None
    video_3d: AssetGroup | None = None
    cad_files: AssetGroup | None = None
    property_data: AssetGroup | None = None


class MsOrder(msgspec.Struct):
    id: uuid.UUID
    info: MsOrderInfo
    address: MsOrderAddress | None = None
    delivery_assets: MsDeliveryAssets | None = None


class MsPaginatedOrders(msgspec.Struct):
    pagination: MsPagination
    items: list[MsOrder]


MS_USERS = msgspec.json.Decoder(MsPaginatedUsers)
MS_ORDERS = msgspec.json.Decoder(MsPaginatedOrders)
