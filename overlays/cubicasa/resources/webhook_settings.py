"""`client.webhooks`: set the URLs CubiCasa calls and the status changes that trigger them."""

from __future__ import annotations

from collections.abc import Iterable

import httpx

from clientkit.arguments import as_enum, as_str_list
from clientkit.resource import ArgumentError, AsyncResource, Call, SyncResource
from cubicasa_client.api.webhooks import update_company_webhooks
from cubicasa_client.models import WebhookConfig, WebhookTrigger


def update_call(urls: Iterable[str], triggers: Iterable[WebhookTrigger | str]) -> Call[WebhookConfig]:
    url_list = as_str_list(urls, "urls") or []
    for url in url_list:
        parsed = httpx.URL(url)
        if parsed.scheme not in {"http", "https"} or not parsed.host:
            raise ArgumentError(f"webhook URL must be an absolute http(s) URL, got {url!r}")
    if isinstance(triggers, str):
        raise ArgumentError(f"triggers must be a list, not a single string {triggers!r}")
    trigger_list = [as_enum(t, WebhookTrigger, "triggers") for t in triggers]
    body = WebhookConfig(webhook_urls=url_list, webhook_triggers=trigger_list)
    return Call(update_company_webhooks, WebhookConfig, {"body": body})


class WebhookSettings(SyncResource):
    def update(self, *, urls: Iterable[str], triggers: Iterable[WebhookTrigger | str]) -> WebhookConfig:
        """Replace the company's webhook URLs and triggers (each call replaces the previous settings)."""
        return self._run(update_call(urls, triggers))


class AsyncWebhookSettings(AsyncResource):
    async def update(self, *, urls: Iterable[str], triggers: Iterable[WebhookTrigger | str]) -> WebhookConfig:
        return await self._run(update_call(urls, triggers))
