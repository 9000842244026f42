"""`client.webhooks`: Company webhook settings.

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Never

from clientkit.operation import Operation
from clientkit.options import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from clientkit.resource import (
    AsyncResource,
    SyncResource,
    async_raw_response,
    lazy_module,
    operations_of,
    raw_response,
)

if TYPE_CHECKING:
    from ..api.webhooks import update_company_webhooks as _update_company_webhooks
    from ..models.webhook_config import WebhookConfig
    from ..models.webhook_trigger import WebhookTrigger
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _update_company_webhooks = lazy_module(
        "..api.webhooks.update_company_webhooks",
        __package__,
        globals(),
        "_update_company_webhooks",
    )


class Webhooks(SyncResource):
    """`client.webhooks`: Company webhook settings."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "update": _update_company_webhooks,
        }
    )

    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return WebhooksWithRawResponse(self)

    def update(
        self,
        *,
        urls: Sequence[str] | None = None,
        triggers: Sequence[WebhookTrigger | str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> WebhookConfig:
        """Update company webhooks

        Sets the company's webhook URLs and the status changes that trigger them. Each call replaces the
        previous settings. Unknown body fields are silently ignored by the API.

        A PATCH is never retried once sent (it could act twice).

        Args:
            urls: (not described)
            triggers: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("update", unexpected)
        parts = _update_company_webhooks.build_request(
            urls=urls,
            triggers=triggers,
        )
        return self._call(
            _update_company_webhooks.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class WebhooksWithRawResponse:
    """`client.webhooks.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: Webhooks) -> None:
        self.update = raw_response(resource.update)


class AsyncWebhooks(AsyncResource):
    """`client.webhooks` (async): Company webhook settings."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "update": _update_company_webhooks,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncWebhooksWithRawResponse(self)

    async def update(
        self,
        *,
        urls: Sequence[str] | None = None,
        triggers: Sequence[WebhookTrigger | str] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> WebhookConfig:
        """Update company webhooks

        Sets the company's webhook URLs and the status changes that trigger them. Each call replaces the
        previous settings. Unknown body fields are silently ignored by the API.

        A PATCH is never retried once sent (it could act twice).

        Args:
            urls: (not described)
            triggers: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("update", unexpected)
        parts = _update_company_webhooks.build_request(
            urls=urls,
            triggers=triggers,
        )
        return await self._call(
            _update_company_webhooks.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncWebhooksWithRawResponse:
    """`client.webhooks.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        self.update = async_raw_response(resource.update)
