"""`PulseCRM` and `AsyncPulseCRM`: the clients users import."""

from __future__ import annotations

import os
from typing import Self

import httpx

from clientkit import (
    AsyncClientBase,
    ClientOptions,
    ConfigurationError,
    RetryPolicy,
    Secret,
    SyncClientBase,
)
from clientkit.facade import resolve_secret
from clientkit.logs import get_logger
from clientkit.options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, TimeoutTypes, as_timeout, check_base_url
from clientkit.options import check_max_retries as _check_retries
from pulse_crm._auth import Credentials, SessionAuth
from pulse_crm._errors import ERROR_READING
from pulse_crm._version import USER_AGENT
from pulse_crm.resources._common import ACCOUNT_ID_ENV, check_account_id
from pulse_crm.resources.auth import AsyncAuth, Auth
from pulse_crm.resources.users import AsyncUsers, Users

# Inferred (`x-inferred` in the spec): the tickets reference shows `https://api.pulse.com`, which looks
# like a placeholder, and real paths carry an `/api` prefix. The production host is not published.
DEFAULT_BASE_URL = "https://api.pulse.com/api"
API_KEY_ENV = "PULSE_API_KEY"
API_SECRET_ENV = "PULSE_API_SECRET"
TOKEN_ENV = "PULSE_TOKEN"
BASE_URL_ENV = "PULSE_BASE_URL"
LOG_ENV = "PULSE_LOG"
LOGGER = get_logger("pulse_crm", LOG_ENV)
NO_CREDENTIALS = (
    f"no Pulse CRM credentials: pass api_key= and api_secret= (or set {API_KEY_ENV} and {API_SECRET_ENV}), "
    f"or pass a session token= (or set {TOKEN_ENV})"
)


def _optional_secret(value: str | Secret | None, env_var: str, what: str) -> Secret | None:
    if value is None and not os.environ.get(env_var):
        return None
    return resolve_secret(value, env_var, what)


def resolve_credentials(
    api_key: str | Secret | None, api_secret: str | Secret | None, token: str | Secret | None
) -> tuple[Credentials | None, Secret | None]:
    """The API key pair (arguments, else environment) and/or a ready session token; at least one."""
    key = _optional_secret(api_key, API_KEY_ENV, "Pulse CRM API key")
    secret = _optional_secret(api_secret, API_SECRET_ENV, "Pulse CRM API secret")
    session_token = _optional_secret(token, TOKEN_ENV, "Pulse CRM session token")
    credentials = Credentials.api_key(key, secret) if key is not None and secret is not None else None
    half_pair = (key is None) != (secret is None)
    if half_pair and (session_token is None or api_key is not None or api_secret is not None):
        missing = f"api_secret= (or set {API_SECRET_ENV})" if secret is None else f"api_key= (or set {API_KEY_ENV})"
        raise ConfigurationError(f"a Pulse CRM API key and its secret go together: also pass {missing}")
    if credentials is None and session_token is None:
        raise ConfigurationError(NO_CREDENTIALS)
    return credentials, session_token


def resolve_base_url(base_url: str | None, http_client: httpx.Client | httpx.AsyncClient | None) -> str:
    """The argument, else $PULSE_BASE_URL, else the `http_client`'s own, else the (inferred) default.

    Login requests are built from this URL, so an `http_client` pointing elsewhere is refused
    rather than sending the credentials to one host and the calls to another.
    """
    own = str(http_client.base_url).rstrip("/") if http_client is not None else ""
    if http_client is not None and not own:
        raise ConfigurationError("http_client must be created with base_url= (the client sends paths relative to it)")
    chosen = base_url or os.environ.get(BASE_URL_ENV) or own or DEFAULT_BASE_URL
    return chosen


def _setup(
    *,
    api_key: str | Secret | None,
    api_secret: str | Secret | None,
    token: str | Secret | None,
    base_url: str | None,
    timeout: TimeoutTypes,
    max_retries: int,
    allow_insecure: bool,
    http_client: httpx.Client | httpx.AsyncClient | None,
) -> tuple[ClientOptions, SessionAuth]:
    credentials, session_token = resolve_credentials(api_key, api_secret, token)
    url = check_base_url(resolve_base_url(base_url, http_client), allow_insecure=allow_insecure)
    if http_client is not None and str(http_client.base_url).rstrip("/") != url:
        raise ConfigurationError(
            f"http_client.base_url ({str(http_client.base_url).rstrip('/')}) differs from base_url ({url}); "
            "logins would go to one and calls to the other"
        )
    options = ClientOptions(
        base_url=url,
        timeout=as_timeout(timeout),
        retry=RetryPolicy(max_retries=_check_retries(max_retries)),
        headers={"user-agent": USER_AGENT, "accept": "application/json"},
    )
    auth = SessionAuth(
        base_url=url, credentials=credentials, token=session_token, headers=options.headers, logger=LOGGER
    )
    return options, auth


class PulseCRM(SyncClientBase):
    """Synchronous Pulse CRM client (user management).

    Credentials: `api_key` + `api_secret` (else $PULSE_API_KEY / $PULSE_API_SECRET), exchanged for a
    session token on first use and again before it expires or when it is refused; or a ready session
    `token` (else $PULSE_TOKEN). `account_id` (else $PULSE_ACCOUNT_ID, digits) is sent as `x-account-id`
    on every users call. `base_url` falls back to $PULSE_BASE_URL, then to `https://api.pulse.com/api`,
    which is inferred (the production host is not published). Requests time out after 60 s (10 s to
    connect); safe ones are retried twice on connection errors, 408, 429 and 5xx, creations never.
    """

    users: Users
    auth: Auth

    def __init__(
        self,
        *,
        api_key: str | Secret | None = None,
        api_secret: str | Secret | None = None,
        token: str | Secret | None = None,
        account_id: str | int | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure: bool = False,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._account_id = check_account_id(account_id)
        options, self._session_auth = _setup(
            api_key=api_key,
            api_secret=api_secret,
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            http_client=http_client,
        )
        self._start(
            options,
            self._session_auth,
            errors=ERROR_READING,
            logger=LOGGER,
            http_client=http_client,
            transport=transport,
        )

    def _bind_resources(self) -> None:
        self.users = Users(self._engine, self._account_id)
        self.auth = Auth(self._engine, self._session_auth)

    @property
    def account_id(self) -> str | None:
        """The account users calls act on (`x-account-id`)."""
        return self._account_id

    def with_account(self, account_id: str | int) -> Self:
        """A view acting on another account; it shares the session and the connection pool."""
        clone = self.with_options()
        clone._account_id = _account(account_id)
        clone._bind_resources()
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, account_id={self._account_id!r}, credentials=****)"


class AsyncPulseCRM(AsyncClientBase):
    """Asynchronous Pulse CRM client; the same surface as `PulseCRM`, awaited."""

    users: AsyncUsers
    auth: AsyncAuth

    def __init__(
        self,
        *,
        api_key: str | Secret | None = None,
        api_secret: str | Secret | None = None,
        token: str | Secret | None = None,
        account_id: str | int | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure: bool = False,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._account_id = check_account_id(account_id)
        options, self._session_auth = _setup(
            api_key=api_key,
            api_secret=api_secret,
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            http_client=http_client,
        )
        self._start(
            options,
            self._session_auth,
            errors=ERROR_READING,
            logger=LOGGER,
            http_client=http_client,
            transport=transport,
        )

    def _bind_resources(self) -> None:
        self.users = AsyncUsers(self._engine, self._account_id)
        self.auth = AsyncAuth(self._engine, self._session_auth)

    @property
    def account_id(self) -> str | None:
        return self._account_id

    def with_account(self, account_id: str | int) -> Self:
        clone = self.with_options()
        clone._account_id = _account(account_id)
        clone._bind_resources()
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, account_id={self._account_id!r}, credentials=****)"


def _account(account_id: str | int) -> str:
    checked = check_account_id(account_id)
    if checked is None:  # only when None slipped past the type checker and $PULSE_ACCOUNT_ID is unset
        raise ConfigurationError(f"with_account needs an account id (digits); got None and no ${ACCOUNT_ID_ENV}")
    return checked
