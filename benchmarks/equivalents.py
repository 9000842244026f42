"""The `PaginatedOrders` schema written as pydantic v2 models and msgspec structs.

Same fields, types and optionality as the generated attrs models
(`cubicasa_client.models.PaginatedOrders`): UUID ids, the order status enum,
nullable fields, nested objects. pydantic keeps unknown fields (`extra="allow"`)
like the generated models' `additional_properties`; msgspec ignores them.
"""

from __future__ import annotations

import enum
import uuid
from typing import Any

import msgspec
import pydantic


class OrderStatus(enum.StrEnum):
    DRAFT = "Draft"
    FIXING = "Fixing"
    NEW = "New"
    PENDING = "Pending"
    READY = "Ready"


_OPEN = pydantic.ConfigDict(extra="allow")


class PdPagination(pydantic.BaseModel):
    model_config = _OPEN
    has_more: bool
    limit: int | None = None
    next_offset: int | None = None
    previous_offset: int | None = None


class PdOrderProduct(pydantic.BaseModel):
    model_config = _OPEN
    add_ons: list[str] | None = None
    over_limits: list[Any] | None = None
    package_type: str | None = None
    purchasable_add_ons: list[str] | None = None


class PdGo2Scan(pydantic.BaseModel):
    model_config = _OPEN


class PdOrderInfo(pydantic.BaseModel):
    model_config = _OPEN
    status: OrderStatus
    created_by: str | None = None
    location: str | None = None
    order_type: str | None = None
    first_delivered_at: float | None = None
    created_at: float | None = None
    is_scan_order: bool | None = None
    total_scanned_area: float | None = None
    go2scan: PdGo2Scan | None = None
    external_id: str | None = None
    add_info: str | None = None
    style_template: Any = None
    product: PdOrderProduct | None = None


class PdOrderAddress(pydantic.BaseModel):
    model_config = _OPEN
    full_address: str | None = None
    street: str | None = None
    suite: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = pydantic.Field(default=None, alias="postalCode")
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class PdOrder(pydantic.BaseModel):
    model_config = _OPEN
    id: uuid.UUID
    info: PdOrderInfo
    address: PdOrderAddress | None = None
    delivery_assets: dict[str, Any] | None = None


class PdPaginatedOrders(pydantic.BaseModel):
    model_config = _OPEN
    pagination: PdPagination
    items: list[PdOrder]


class MsPagination(msgspec.Struct):
    has_more: bool
    limit: int | None = None
    next_offset: int | None = None
    previous_offset: int | None = None


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


class MsOrder(msgspec.Struct):
    id: uuid.UUID
    info: MsOrderInfo
    address: MsOrderAddress | None = None
    delivery_assets: dict[str, Any] | None = None


class MsPaginatedOrders(msgspec.Struct):
    pagination: MsPagination
    items: list[MsOrder]
