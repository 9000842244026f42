"""`GET /orders/{id}/combined-pdf`: Get combined PDF document

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from clientkit.operation import NO_BODY, Download, Endpoint, Operation, RequestParts

from ...errors import ARGUMENTS as _args

OPERATION = Operation(
    id="get_combined_pdf",
    method="GET",
    path="/orders/{id}/combined-pdf",
    sends_credentials=True,
    download=Download(media_types=("application/pdf",), link_field="url"),
)


def build_request(
    order_id: UUID | str,
) -> RequestParts:
    """Check the arguments of `get_combined_pdf` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    order_id = _args.uuid(order_id, "order_id")
    url = f"/orders/{quote(str(order_id), safe='')}/combined-pdf"
    body: Any = NO_BODY
    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> bytes:
    """The file's bytes (downloads are streamed to disk by the runtime instead)."""
    return response.content


ENDPOINT: Endpoint[bytes] = Endpoint(OPERATION, parse_response)
