"""`PATCH /companies/webhook`: Update company webhooks

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
from ...models.webhook_config import WebhookConfig
from ...models.webhook_trigger import WebhookTrigger

OPERATION = Operation(
    id="update_company_webhooks",
    method="PATCH",
    path="/companies/webhook",
    sends_credentials=True,
)


def build_request(
    *,
    urls: Sequence[str] | None = None,
    triggers: Sequence[WebhookTrigger | str] | None = None,
) -> RequestParts:
    """Check the arguments of `update_company_webhooks` and turn them into a request.

    Raises the API's `ArgumentError`, naming the argument, for anything the spec does not allow.
    """
    url = "/companies/webhook"
    body: Any = {}
    if urls is not None:
        body["webhook_urls"] = _args.array(urls, "urls", lambda v, n: _args.uri(v, n))

    if triggers is not None:
        body["webhook_triggers"] = _args.array(
            triggers, "triggers", lambda v, n: _args.enum(v, WebhookTrigger, n)
        )

    return RequestParts(url, None, None, body)


def parse_response(response: httpx.Response) -> WebhookConfig:
    """The documented model of a success answer (`UnexpectedStatusError` for an undocumented one)."""
    status = response.status_code
    if status == 200:
        return WebhookConfig.from_json(response.content)
    unexpected(response)


ENDPOINT: Endpoint[WebhookConfig] = Endpoint(OPERATION, parse_response)
