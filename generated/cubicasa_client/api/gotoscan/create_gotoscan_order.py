"""`POST /orders/gotoscan`: Create a GoToScan order

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.go_to_scan_order import GoToScanOrder

OPERATION = Operation(
    id="create_gotoscan_order",
    method="POST",
    path="/orders/gotoscan",
    sends_credentials=True,
    idempotency_header="Idempotency-Key",
)


def build_request(
    *,
    external_id: str,
    street_address: str,
    city: str,
    country: str,
    conversion_type: str | None = None,
    priority: str | None = None,
    webhook_url: str | None = None,
    suite: str | None = None,
    state: str | None = None,
    postcode: str | None = None,
    client_name: str | None = None,
) -> RequestParts:
    """Check the arguments of `create_gotoscan_order` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/orders/gotoscan"
    body: Any = {}
    body["external_id"] = _args.string(external_id, "external_id", min_length=1)

    body["street_address"] = _args.string(
        street_address, "street_address", min_length=1
    )

    body["city"] = _args.string(city, "city", min_length=1)

    body["country"] = _args.string(country, "country", min_length=1)

    if conversion_type is not None:
        body["conversion_type"] = _args.string(conversion_type, "conversion_type")

    if priority is not None:
        body["priority"] = _args.string(priority, "priority")

    if webhook_url is not None:
        body["webhook_url"] = _args.uri(webhook_url, "webhook_url")

    if suite is not None:
        body["suite"] = _args.string(suite, "suite")

    if state is not None:
        body["state"] = _args.string(state, "state")

    if postcode is not None:
        body["postcode"] = _args.string(postcode, "postcode")

    if client_name is not None:
        body["client_name"] = _args.string(client_name, "client_name")

    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> GoToScanOrder:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return GoToScanOrder.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[GoToScanOrder] = Endpoint(OPERATION, parse_response)
