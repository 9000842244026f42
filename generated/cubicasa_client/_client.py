"""`CubiCasa` and `AsyncCubiCasa`: the CubiCasa Integrate API clients.

Generated from the spec by `make generate`; do not edit. Resources load on first use,
so importing this module does not import the models.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Never, Self

import httpx
from clientkit.client import AsyncAPIClient, SyncAPIClient
from clientkit.limits import (
    DEFAULT_DOWNLOAD_TIMEOUT,
    DEFAULT_MAX_DOWNLOAD_BYTES,
    DEFAULT_MAX_RESPONSE_BYTES,
)
from clientkit.options import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    NotGiven,
    TimeoutTypes,
)
from clientkit.profile import ApiProfile, Credential
from clientkit.redaction import Secret

from .errors import ARGUMENTS as _args
from .errors import ERRORS

if TYPE_CHECKING:
    from .resources.change_requests import AsyncChangeRequests, ChangeRequests
    from .resources.company import AsyncCompany, Company
    from .resources.drafts import AsyncDrafts, Drafts
    from .resources.gotoscan import AsyncGotoscan, Gotoscan
    from .resources.offices import AsyncOffices, Offices
    from .resources.orders import AsyncOrders, Orders
    from .resources.users import AsyncUsers, Users
    from .resources.webhooks import AsyncWebhooks, Webhooks

__version__ = "0.2.0"

PROFILE = ApiProfile(
    title="CubiCasa",
    package="cubicasa",
    default_base_url="https://app.cubi.casa/api/integrate/v3",
    env_prefix="CUBICASA",
    user_agent="cubicasa-python/0.2.0",
    errors=ERRORS,
    arguments=_args,
    credential=Credential(
        argument="api_key",
        env="CUBICASA_API_KEY",
        header="api-key",
        prefix="",
        what="API key",
    ),
    parameters=(),
    hooks_module="cubicasa._hooks",
    servers=(
        "https://app.cubi.casa/api/integrate/v3",
        "https://qa-customers.cubi.casa/api/integrate/v3",
    ),
    client_class="CubiCasa",
    command="cubicasa",
)


class CubiCasa(SyncAPIClient):
    """CubiCasa Integrate API client.

    `api_key` falls back to $CUBICASA_API_KEY; `base_url` to $CUBICASA_BASE_URL,
    then https://app.cubi.casa/api/integrate/v3.
    Set $CUBICASA_LOG=debug (or info) to log requests, with credentials redacted.

    Bounds that hold against any server: an attempt ends within `timeout` seconds end to end
    (default 60, 10 to connect; downloads `download_timeout`, default 600), and an answer may be
    `max_response_bytes` long (default 32 MiB; files `max_download_bytes`, 2 GiB), compressed or not.
    Calls that are safe to repeat (GET, PUT, DELETE) are retried up to `max_retries` times on
    connection errors, 408, 429 and 5xx, honouring Retry-After up to 60 s; POST and PATCH never
    once sent.
    Use it as a context manager, or call `close()`.
    """

    _profile = PROFILE

    def __init__(
        self,
        api_key: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_download_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES,
        download_timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT,
        allow_insecure: bool = False,
        default_headers: Mapping[str, str] | None = None,
        auth: httpx.Auth | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        **unexpected: Never,
    ) -> None:
        self._configure(
            credential=api_key,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            default_headers=default_headers,
            parameters={},
            http_client=http_client,
            limits={
                "max_response_bytes": max_response_bytes,
                "max_download_bytes": max_download_bytes,
                "download_timeout": download_timeout,
            },
            unexpected=unexpected,
        )
        self._open(http_client, transport)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        max_download_bytes: int | NotGiven = NOT_GIVEN,
        download_timeout: float | None | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Self:
        """A view of this client with other defaults; it shares (and does not close) the connection pool.

        Use it for one call too: `client.with_options(timeout=5, max_retries=0).users.list_page()`.
        """
        return self._with(
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "max_response_bytes": max_response_bytes,
                "max_download_bytes": max_download_bytes,
                "download_timeout": download_timeout,
            },
            parameters={},
            unexpected=unexpected,
        )

    copy = with_options

    @cached_property
    def change_requests(self) -> ChangeRequests:
        """Change (fix) requests on delivered orders."""
        from .resources.change_requests import ChangeRequests

        return ChangeRequests(self)

    @cached_property
    def company(self) -> Company:
        """The company account behind the API key."""
        from .resources.company import Company

        return Company(self)

    @cached_property
    def drafts(self) -> Drafts:
        """Orders created as drafts, completed later by a scan."""
        from .resources.drafts import Drafts

        return Drafts(self)

    @cached_property
    def gotoscan(self) -> Gotoscan:
        """GoToScan orders (scans done by a CubiCasa-provided scanner)."""
        from .resources.gotoscan import Gotoscan

        return Gotoscan(self)

    @cached_property
    def offices(self) -> Offices:
        """Offices of the company; users belong to an office."""
        from .resources.offices import Offices

        return Offices(self)

    @cached_property
    def orders(self) -> Orders:
        """Floor-plan orders."""
        from .resources.orders import Orders

        return Orders(self)

    @cached_property
    def users(self) -> Users:
        """Users of the company account."""
        from .resources.users import Users

        return Users(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Company webhook settings."""
        from .resources.webhooks import Webhooks

        return Webhooks(self)


class AsyncCubiCasa(AsyncAPIClient):
    """CubiCasa Integrate API client (async: the same surface, awaited).

    `api_key` falls back to $CUBICASA_API_KEY; `base_url` to $CUBICASA_BASE_URL,
    then https://app.cubi.casa/api/integrate/v3.
    Set $CUBICASA_LOG=debug (or info) to log requests, with credentials redacted.

    Bounds that hold against any server: an attempt ends within `timeout` seconds end to end
    (default 60, 10 to connect; downloads `download_timeout`, default 600), and an answer may be
    `max_response_bytes` long (default 32 MiB; files `max_download_bytes`, 2 GiB), compressed or not.
    Calls that are safe to repeat (GET, PUT, DELETE) are retried up to `max_retries` times on
    connection errors, 408, 429 and 5xx, honouring Retry-After up to 60 s; POST and PATCH never
    once sent.
    Use it as a context manager, or call `await close()`.
    """

    _profile = PROFILE

    def __init__(
        self,
        api_key: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_download_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES,
        download_timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT,
        allow_insecure: bool = False,
        default_headers: Mapping[str, str] | None = None,
        auth: httpx.Auth | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **unexpected: Never,
    ) -> None:
        self._configure(
            credential=api_key,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            default_headers=default_headers,
            parameters={},
            http_client=http_client,
            limits={
                "max_response_bytes": max_response_bytes,
                "max_download_bytes": max_download_bytes,
                "download_timeout": download_timeout,
            },
            unexpected=unexpected,
        )
        self._open(http_client, transport)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        max_download_bytes: int | NotGiven = NOT_GIVEN,
        download_timeout: float | None | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Self:
        """A view of this client with other defaults; it shares (and does not close) the connection pool.

        Use it for one call too: `client.with_options(timeout=5, max_retries=0).users.list_page()`.
        """
        return self._with(
            options={
                "timeout": timeout,
                "max_retries": max_retries,
                "max_response_bytes": max_response_bytes,
                "max_download_bytes": max_download_bytes,
                "download_timeout": download_timeout,
            },
            parameters={},
            unexpected=unexpected,
        )

    copy = with_options

    @cached_property
    def change_requests(self) -> AsyncChangeRequests:
        """Change (fix) requests on delivered orders."""
        from .resources.change_requests import AsyncChangeRequests

        return AsyncChangeRequests(self)

    @cached_property
    def company(self) -> AsyncCompany:
        """The company account behind the API key."""
        from .resources.company import AsyncCompany

        return AsyncCompany(self)

    @cached_property
    def drafts(self) -> AsyncDrafts:
        """Orders created as drafts, completed later by a scan."""
        from .resources.drafts import AsyncDrafts

        return AsyncDrafts(self)

    @cached_property
    def gotoscan(self) -> AsyncGotoscan:
        """GoToScan orders (scans done by a CubiCasa-provided scanner)."""
        from .resources.gotoscan import AsyncGotoscan

        return AsyncGotoscan(self)

    @cached_property
    def offices(self) -> AsyncOffices:
        """Offices of the company; users belong to an office."""
        from .resources.offices import AsyncOffices

        return AsyncOffices(self)

    @cached_property
    def orders(self) -> AsyncOrders:
        """Floor-plan orders."""
        from .resources.orders import AsyncOrders

        return AsyncOrders(self)

    @cached_property
    def users(self) -> AsyncUsers:
        """Users of the company account."""
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Company webhook settings."""
        from .resources.webhooks import AsyncWebhooks

        return AsyncWebhooks(self)
