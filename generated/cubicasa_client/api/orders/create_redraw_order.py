"""`POST /orders/redraw`: Create a redraw order

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args
from ...models.order import Order

OPERATION = Operation(
    id="create_redraw_order",
    method="POST",
    path="/orders/redraw",
    sends_credentials=True,
    idempotency_header="Idempotency-Key",
)


def build_request(
    *,
    street: str,
    city: str,
    country: str,
    source: str,
    suite: str | None = None,
    state: str | None = None,
    postal_code: str | None = None,
    info: str | None = None,
    external_id: str | None = None,
    package_type: str | None = None,
    add_ons: Sequence[str] | None = None,
) -> RequestParts:
    """Check the arguments of `create_redraw_order` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/orders/redraw"
    body: Any = {}
    body["street"] = _args.string(street, "street", min_length=1)

    body["city"] = _args.string(city, "city", min_length=1)

    body["country"] = _args.string(country, "country", min_length=1)

    body["source"] = _args.string(source, "source", min_length=1)

    if suite is not None:
        body["suite"] = _args.string(suite, "suite")

    if state is not None:
        body["state"] = _args.string(state, "state")

    if postal_code is not None:
        body["postalCode"] = _args.string(postal_code, "postal_code")

    if info is not None:
        body["info"] = _args.string(info, "info")

    if external_id is not None:
        body["external_id"] = _args.string(external_id, "external_id")

    if package_type is not None:
        body["package_type"] = _args.string(package_type, "package_type")

    if add_ons is not None:
        body["add_ons"] = _args.array(
            add_ons, "add_ons", lambda v, n: _args.string(v, n)
        )

    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> Order:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return Order.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[Order] = Endpoint(OPERATION, parse_response)
