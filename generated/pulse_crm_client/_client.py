"""`PulseCRM` and `AsyncPulseCRM`: the Pulse CRM API (user management) clients.

Generated from the spec by `make generate`; do not edit. Resources load on first use,
so importing this module does not import the models.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Never, Self

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
from clientkit.profile import ApiProfile, ClientParameter, Credential
from clientkit.redaction import Secret

from .errors import ARGUMENTS as _args
from .errors import ERRORS

if TYPE_CHECKING:
    from .resources.accounts import Accounts, AsyncAccounts
    from .resources.auth import AsyncAuth, Auth
    from .resources.users import AsyncUsers, Users

__version__ = "0.2.0"

PROFILE = ApiProfile(
    title="Pulse CRM",
    package="pulse_crm",
    default_base_url="https://api.pulse.com/api",
    env_prefix="PULSE",
    user_agent="pulse-crm-python/0.2.0",
    errors=ERRORS,
    arguments=_args,
    credential=Credential(
        argument="token",
        env="PULSE_TOKEN",
        header="Authorization",
        prefix="Bearer ",
        what="session token",
    ),
    parameters=(
        ClientParameter(
            name="account_id",
            wire_name="x-account-id",
            check=lambda value, name: _args.string(
                value,
                name,
                min_length=1,
                pattern="^[0-9]+$",
                hint="a string of digits such as '2311'",
            ),
            env="PULSE_ACCOUNT_ID",
            required=False,
        ),
    ),
    hooks_module="pulse_crm._hooks",
    servers=("https://api.pulse.com/api",),
    client_class="PulseCRM",
    command="pulse-crm",
)


class PulseCRM(SyncAPIClient):
    """Pulse CRM API (user management) client.

    `token` falls back to $PULSE_TOKEN; `base_url` to $PULSE_BASE_URL,
    then https://api.pulse.com/api.
    Set $PULSE_LOG=debug (or info) to log requests, with credentials redacted.
    `account_id` (sent as `x-account-id`) falls back to $PULSE_ACCOUNT_ID.

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
        token: str | Secret | None = None,
        *,
        account_id: str | None = None,
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
            credential=token,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            default_headers=default_headers,
            parameters={
                "account_id": account_id,
            },
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
        account_id: str | NotGiven = NOT_GIVEN,
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
            parameters={
                "account_id": account_id,
            },
            unexpected=unexpected,
        )

    copy = with_options

    @property
    def account_id(self) -> Any:
        """Account ID for the request: a string of digits naming the account the call acts on (for example
        `primaryAccount.accountId` of the session)."""
        return self._parameters["account_id"]

    @cached_property
    def accounts(self) -> Accounts:
        """The accounts the caller can act on (the values of `x-account-id`)."""
        from .resources.accounts import Accounts

        return Accounts(self)

    @cached_property
    def auth(self) -> Auth:
        """Session tokens, obtained with user or API-key credentials."""
        from .resources.auth import Auth

        return Auth(self)

    @cached_property
    def users(self) -> Users:
        """Users of a Pulse account (create, list, read, update, delete)."""
        from .resources.users import Users

        return Users(self)


class AsyncPulseCRM(AsyncAPIClient):
    """Pulse CRM API (user management) client (async: the same surface, awaited).

    `token` falls back to $PULSE_TOKEN; `base_url` to $PULSE_BASE_URL,
    then https://api.pulse.com/api.
    Set $PULSE_LOG=debug (or info) to log requests, with credentials redacted.
    `account_id` (sent as `x-account-id`) falls back to $PULSE_ACCOUNT_ID.

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
        token: str | Secret | None = None,
        *,
        account_id: str | None = None,
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
            credential=token,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            default_headers=default_headers,
            parameters={
                "account_id": account_id,
            },
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
        account_id: str | NotGiven = NOT_GIVEN,
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
            parameters={
                "account_id": account_id,
            },
            unexpected=unexpected,
        )

    copy = with_options

    @property
    def account_id(self) -> Any:
        """Account ID for the request: a string of digits naming the account the call acts on (for example
        `primaryAccount.accountId` of the session)."""
        return self._parameters["account_id"]

    @cached_property
    def accounts(self) -> AsyncAccounts:
        """The accounts the caller can act on (the values of `x-account-id`)."""
        from .resources.accounts import AsyncAccounts

        return AsyncAccounts(self)

    @cached_property
    def auth(self) -> AsyncAuth:
        """Session tokens, obtained with user or API-key credentials."""
        from .resources.auth import AsyncAuth

        return AsyncAuth(self)

    @cached_property
    def users(self) -> AsyncUsers:
        """Users of a Pulse account (create, list, read, update, delete)."""
        from .resources.users import AsyncUsers

        return AsyncUsers(self)
