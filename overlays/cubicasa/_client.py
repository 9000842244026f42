"""`CubiCasa` and `AsyncCubiCasa`: the clients users import."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from clientkit import AsyncClientBase, ClientOptions, HeaderAuth, RetryPolicy, Secret
from clientkit.facade import SyncClientBase, resolve_base_url, resolve_secret
from clientkit.logs import get_logger
from clientkit.options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, TimeoutTypes, as_timeout, check_base_url
from clientkit.options import check_max_retries as _check_retries
from cubicasa._errors import ERROR_READING
from cubicasa._version import USER_AGENT

if TYPE_CHECKING:  # the resources (and the generated code under them) load with the first client
    from cubicasa.resources.change_requests import AsyncChangeRequests, ChangeRequests
    from cubicasa.resources.company import AsyncCompany, Company
    from cubicasa.resources.drafts import AsyncDrafts, Drafts
    from cubicasa.resources.gotoscan import AsyncGoToScan, GoToScan
    from cubicasa.resources.offices import AsyncOffices, Offices
    from cubicasa.resources.orders import AsyncOrders, Orders
    from cubicasa.resources.users import AsyncUsers, Users
    from cubicasa.resources.webhook_settings import AsyncWebhookSettings, WebhookSettings

PRODUCTION_URL = "https://app.cubi.casa/api/integrate/v3"
STAGING_URL = "https://qa-customers.cubi.casa/api/integrate/v3"  # inferred; see the spec
API_KEY_ENV = "CUBICASA_API_KEY"
BASE_URL_ENV = "CUBICASA_BASE_URL"
LOG_ENV = "CUBICASA_LOG"
LOGGER = get_logger("cubicasa", LOG_ENV)


def _setup(
    api_key: str | Secret | None,
    base_url: str | None,
    timeout: TimeoutTypes,
    max_retries: int,
    allow_insecure: bool,
) -> tuple[ClientOptions, HeaderAuth]:
    secret = resolve_secret(api_key, API_KEY_ENV, "CubiCasa API key")
    url = check_base_url(resolve_base_url(base_url, BASE_URL_ENV, PRODUCTION_URL), allow_insecure=allow_insecure)
    options = ClientOptions(
        base_url=url,
        timeout=as_timeout(timeout),
        retry=RetryPolicy(max_retries=_check_retries(max_retries)),
        headers={"user-agent": USER_AGENT, "accept": "application/json"},
    )
    return options, HeaderAuth("api-key", secret)


class CubiCasa(SyncClientBase):
    """Synchronous CubiCasa Integrate v3 client.

    `api_key` falls back to $CUBICASA_API_KEY and `base_url` to $CUBICASA_BASE_URL
    (default: production). Requests time out after 60 s (10 s to connect) and
    safe ones are retried twice on connection errors, 408, 429 and 5xx.
    """

    users: Users
    orders: Orders
    drafts: Drafts
    change_requests: ChangeRequests
    company: Company
    offices: Offices
    webhooks: WebhookSettings
    gotoscan: GoToScan

    def __init__(
        self,
        api_key: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure: bool = False,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        options, auth = _setup(api_key, base_url, timeout, max_retries, allow_insecure)
        self._start(options, auth, errors=ERROR_READING, logger=LOGGER, http_client=http_client, transport=transport)

    def _bind_resources(self) -> None:
        from cubicasa.resources import (  # noqa: PLC0415 -- here: `import cubicasa` stays cheap
            change_requests,
            company,
            drafts,
            gotoscan,
            offices,
            orders,
            users,
            webhook_settings,
        )

        engine = self._engine
        self.users = users.Users(engine)
        self.orders = orders.Orders(engine)
        self.drafts = drafts.Drafts(engine)
        self.change_requests = change_requests.ChangeRequests(engine)
        self.company = company.Company(engine)
        self.offices = offices.Offices(engine)
        self.webhooks = webhook_settings.WebhookSettings(engine)
        self.gotoscan = gotoscan.GoToScan(engine)


class AsyncCubiCasa(AsyncClientBase):
    """Asynchronous CubiCasa Integrate v3 client; the same surface as `CubiCasa`, awaited."""

    users: AsyncUsers
    orders: AsyncOrders
    drafts: AsyncDrafts
    change_requests: AsyncChangeRequests
    company: AsyncCompany
    offices: AsyncOffices
    webhooks: AsyncWebhookSettings
    gotoscan: AsyncGoToScan

    def __init__(
        self,
        api_key: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure: bool = False,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        options, auth = _setup(api_key, base_url, timeout, max_retries, allow_insecure)
        self._start(options, auth, errors=ERROR_READING, logger=LOGGER, http_client=http_client, transport=transport)

    def _bind_resources(self) -> None:
        from cubicasa.resources import (  # noqa: PLC0415 -- here: `import cubicasa` stays cheap
            change_requests,
            company,
            drafts,
            gotoscan,
            offices,
            orders,
            users,
            webhook_settings,
        )

        engine = self._engine
        self.users = users.AsyncUsers(engine)
        self.orders = orders.AsyncOrders(engine)
        self.drafts = drafts.AsyncDrafts(engine)
        self.change_requests = change_requests.AsyncChangeRequests(engine)
        self.company = company.AsyncCompany(engine)
        self.offices = offices.AsyncOffices(engine)
        self.webhooks = webhook_settings.AsyncWebhookSettings(engine)
        self.gotoscan = gotoscan.AsyncGoToScan(engine)
