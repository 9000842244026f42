"""`GET /companies/package`: Get company package

The contract the runtime uses: `OPERATION`, `build_request(...)`, `parse_response(response)`,
`ENDPOINT`. Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Any

import httpx
from clientkit.decoding import unexpected
from clientkit.operation import NO_BODY, Endpoint, Operation, RequestParts

from ...models.company_package import CompanyPackage

OPERATION = Operation(
    id="get_company_package",
    method="GET",
    path="/companies/package",
    sends_credentials=True,
)


def build_request() -> RequestParts:
    """Check the arguments of `get_company_package` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/companies/package"
    body: Any = NO_BODY
    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> CompanyPackage:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return CompanyPackage.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[CompanyPackage] = Endpoint(OPERATION, parse_response)
