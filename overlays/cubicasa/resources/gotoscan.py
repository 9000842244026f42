"""`client.gotoscan`: order a scan by a CubiCasa-provided scanner."""

from __future__ import annotations

from typing import NotRequired, TypedDict, Unpack

from clientkit.arguments import require_text
from clientkit.resource import AsyncResource, Call, SyncResource
from cubicasa.resources._common import idempotency
from cubicasa_client.api.gotoscan import create_gotoscan_order
from cubicasa_client.models import GoToScanOrder, GoToScanOrderRequest


class GoToScanFields(TypedDict):
    """Body of a GoToScan order (inferred from the GoToScan link parameters)."""

    external_id: str
    street_address: str
    city: str
    country: str
    conversion_type: NotRequired[str]
    priority: NotRequired[str]
    webhook_url: NotRequired[str]
    suite: NotRequired[str]
    state: NotRequired[str]
    postcode: NotRequired[str]
    client_name: NotRequired[str]


def create_call(fields: GoToScanFields, idempotency_key: str | None) -> Call[GoToScanOrder]:
    for name in ("external_id", "street_address", "city", "country"):
        require_text(fields.get(name), name)
    body = GoToScanOrderRequest(**fields)
    return Call(create_gotoscan_order, GoToScanOrder, {"body": body, "idempotency_key": idempotency(idempotency_key)})


class GoToScan(SyncResource):
    def create(self, *, idempotency_key: str | None = None, **fields: Unpack[GoToScanFields]) -> GoToScanOrder:
        """Order a GoToScan job. This charges money: it is never retried once sent."""
        return self._run(create_call(fields, idempotency_key))


class AsyncGoToScan(AsyncResource):
    async def create(self, *, idempotency_key: str | None = None, **fields: Unpack[GoToScanFields]) -> GoToScanOrder:
        return await self._run(create_call(fields, idempotency_key))
