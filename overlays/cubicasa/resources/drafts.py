"""`client.drafts`: create, update (a full replace) and delete draft orders."""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict, Unpack
from uuid import UUID

from clientkit.arguments import as_str_list, as_uuid, require_text
from clientkit.resource import AsyncResource, Call, SyncResource
from cubicasa.resources._common import idempotency
from cubicasa_client.api.draft_orders import create_draft_order, delete_draft_order, update_draft_order
from cubicasa_client.models import DraftOrderInput, MessageResponse, Order, OrderPreferences


class DraftFields(TypedDict):
    """A draft order's flat body; `street`, `city`, `country` and `owner_email` are required."""

    street: str
    city: str
    country: str
    owner_email: str
    suite: NotRequired[str]
    state: NotRequired[str]
    postal_code: NotRequired[str]
    info: NotRequired[str]
    latitude: NotRequired[float]
    longitude: NotRequired[float]
    external_id: NotRequired[str]
    package_type: NotRequired[str]
    add_ons: NotRequired[list[str]]
    order_preferences: NotRequired[OrderPreferences | dict[str, Any]]


def draft_body(fields: DraftFields) -> DraftOrderInput:
    for name in ("street", "city", "country", "owner_email"):
        require_text(fields.get(name), name)
    values: dict[str, Any] = dict(fields)
    if "add_ons" in values:
        values["add_ons"] = as_str_list(values["add_ons"], "add_ons")
    if isinstance(values.get("order_preferences"), dict):
        values["order_preferences"] = OrderPreferences.from_dict(values["order_preferences"])
    return DraftOrderInput(**values)


def create_call(fields: DraftFields, idempotency_key: str | None) -> Call[Order]:
    return Call(
        create_draft_order, Order, {"body": draft_body(fields), "idempotency_key": idempotency(idempotency_key)}
    )


def update_call(order_id: UUID | str, fields: DraftFields) -> Call[Order]:
    return Call(update_draft_order, Order, {"order_id": as_uuid(order_id, "order_id"), "body": draft_body(fields)})


def delete_call(order_id: UUID | str) -> Call[MessageResponse]:
    return Call(delete_draft_order, MessageResponse, {"order_id": as_uuid(order_id, "order_id")})


class Drafts(SyncResource):
    def create(self, *, idempotency_key: str | None = None, **fields: Unpack[DraftFields]) -> Order:
        """Create a draft order (status Draft). Never retried once sent; pass `idempotency_key` to dedupe."""
        return self._run(create_call(fields, idempotency_key))

    def update(self, order_id: UUID | str, **fields: Unpack[DraftFields]) -> Order:
        """Replace a draft's details (the same required fields as creation)."""
        return self._run(update_call(order_id, fields))

    def delete(self, order_id: UUID | str) -> MessageResponse:
        return self._run(delete_call(order_id))


class AsyncDrafts(AsyncResource):
    async def create(self, *, idempotency_key: str | None = None, **fields: Unpack[DraftFields]) -> Order:
        return await self._run(create_call(fields, idempotency_key))

    async def update(self, order_id: UUID | str, **fields: Unpack[DraftFields]) -> Order:
        return await self._run(update_call(order_id, fields))

    async def delete(self, order_id: UUID | str) -> MessageResponse:
        return await self._run(delete_call(order_id))
