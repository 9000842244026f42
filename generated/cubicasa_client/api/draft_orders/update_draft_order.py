"""`PATCH /orders/draft/{order_id}`: Update a draft order

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.order import Order
from ...models.order_preferences import OrderPreferences

OPERATION = Operation(
    id="update_draft_order",
    method="PATCH",
    path="/orders/draft/{order_id}",
    sends_credentials=True,
)


def build_request(
    order_id: UUID | str,
    *,
    street: str,
    city: str,
    country: str,
    owner_email: str,
    suite: str | None = None,
    state: str | None = None,
    postal_code: str | None = None,
    info: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    external_id: str | None = None,
    package_type: str | None = None,
    add_ons: Sequence[str] | None = None,
    order_preferences: OrderPreferences | Mapping[str, Any] | None = None,
) -> RequestParts:
    """Check the arguments of `update_draft_order` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    order_id = _args.uuid(order_id, "order_id")
    url = f"/orders/draft/{quote(str(order_id), safe='')}"
    body: Any = {}
    body["street"] = _args.string(street, "street", min_length=1)

    body["city"] = _args.string(city, "city", min_length=1)

    body["country"] = _args.string(country, "country", min_length=1)

    body["owner_email"] = _args.string(owner_email, "owner_email", min_length=1)

    if suite is not None:
        body["suite"] = _args.string(suite, "suite")

    if state is not None:
        body["state"] = _args.string(state, "state")

    if postal_code is not None:
        body["postalCode"] = _args.string(postal_code, "postal_code")

    if info is not None:
        body["info"] = _args.string(info, "info")

    if latitude is not None:
        body["latitude"] = _args.number(latitude, "latitude", minimum=-90, maximum=90)

    if longitude is not None:
        body["longitude"] = _args.number(
            longitude, "longitude", minimum=-180, maximum=180
        )

    if external_id is not None:
        body["external_id"] = _args.string(external_id, "external_id")

    if package_type is not None:
        body["package_type"] = _args.string(package_type, "package_type")

    if add_ons is not None:
        body["add_ons"] = _args.array(
            add_ons, "add_ons", lambda v, n: _args.string(v, n)
        )

    if order_preferences is not None:
        body["order_preferences"] = _args.model(
            order_preferences, OrderPreferences, "order_preferences"
        )

    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> Order:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return Order.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[Order] = Endpoint(OPERATION, parse_response)
