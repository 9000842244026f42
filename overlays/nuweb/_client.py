"""`NuWeb` and `AsyncNuWeb`: the clients users import."""

from __future__ import annotations

import os
from typing import Self, TypedDict, Unpack

import httpx

from clientkit import (
    AsyncClientBase,
    ClientOptions,
    ConfigurationError,
    RetryPolicy,
    Secret,
    SyncClientBase,
)
from clientkit.facade import resolve_base_url, resolve_secret
from clientkit.logs import get_logger
from clientkit.options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, TimeoutTypes, as_timeout, check_base_url
from clientkit.options import check_max_retries as _check_retries
from nuweb._auth import NuWebAuth
from nuweb._errors import ERROR_READING
from nuweb._ratelimit import RateLimiter
from nuweb._version import USER_AGENT
from nuweb.resources.auth import DEFAULT_DEVICE_NAME, AsyncAuth, Auth
from nuweb.resources.users import AsyncUsers, Users

PRODUCTION_URL = "https://api.nuwebgroup.com/v1"
TOKEN_ENV = "NUWEB_TOKEN"
COMPANY_ID_ENV = "NUWEB_COMPANY_ID"
BASE_URL_ENV = "NUWEB_BASE_URL"
LOG_ENV = "NUWEB_LOG"
COMPANY_HEADER = "X-NU-COMPANY-ID"
DEFAULT_RATE_LIMIT = 60  # NU Web's default per company: 60 requests per rolling minute
LOGGER = get_logger("nuweb", LOG_ENV)


class _CommonOptions(TypedDict, total=False):
    company_id: int | str | None
    language: str | None
    base_url: str | None
    timeout: TimeoutTypes
    max_retries: int
    allow_insecure: bool
    rate_limit: int | RateLimiter | None


class SyncOptions(_CommonOptions, total=False):
    """Keyword options of `NuWeb(...)` other than the token, for `NuWeb.from_login(...)`."""

    http_client: httpx.Client | None
    transport: httpx.BaseTransport | None


class AsyncOptions(_CommonOptions, total=False):
    """Keyword options of `AsyncNuWeb(...)` other than the token, for `AsyncNuWeb.from_login(...)`."""

    http_client: httpx.AsyncClient | None
    transport: httpx.AsyncBaseTransport | None


def resolve_company_id(value: int | str | None) -> int:
    """The company every call acts on (`X-NU-COMPANY-ID`); NU Web would otherwise guess the last one used."""
    raw = value if value is not None else os.environ.get(COMPANY_ID_ENV)
    if raw is None or raw == "":
        raise ConfigurationError(
            f"no NU Web company id: pass company_id=... or set the {COMPANY_ID_ENV} environment variable "
            "(NU Web asks for X-NU-COMPANY-ID on every call; without it the token user's last company is used)"
        )
    if isinstance(raw, str) and raw.strip().isdigit():
        raw = int(raw.strip())
    if not isinstance(raw, int) or isinstance(raw, bool) or raw < 1:
        raise ConfigurationError(f"company_id ({COMPANY_ID_ENV}) must be a whole number >= 1, not {raw!r}")
    return raw


def _language(value: str | None) -> str | None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ConfigurationError(f"language must be a language tag such as 'en' or 'fr', not {value!r}")
    return value.strip() if value else None


def _limiter(rate_limit: int | RateLimiter | None) -> RateLimiter | None:
    """60 (default) -> a new limiter; 0 or None -> none; a `RateLimiter` -> shared as it is."""
    if isinstance(rate_limit, RateLimiter):
        return rate_limit
    if rate_limit is None or (rate_limit == 0 and not isinstance(rate_limit, bool)):
        return None
    return RateLimiter(rate_limit, logger=LOGGER)


def _setup(
    token: Secret | None,
    *,
    company_id: int | str | None,
    language: str | None,
    base_url: str | None,
    timeout: TimeoutTypes,
    max_retries: int,
    allow_insecure: bool,
    rate_limit: int | RateLimiter | None,
) -> tuple[ClientOptions, NuWebAuth, int]:
    company = resolve_company_id(company_id)
    url = check_base_url(resolve_base_url(base_url, BASE_URL_ENV, PRODUCTION_URL), allow_insecure=allow_insecure)
    headers = {"user-agent": USER_AGENT, "accept": "application/json", COMPANY_HEADER: str(company)}
    lang = _language(language)
    if lang:
        headers["accept-language"] = lang
    options = ClientOptions(
        base_url=url,
        timeout=as_timeout(timeout),
        retry=RetryPolicy(max_retries=_check_retries(max_retries)),
        headers=headers,
    )
    return options, NuWebAuth(token, _limiter(rate_limit)), company


class NuWeb(SyncClientBase):
    """Synchronous NU Web (Nutickets) Admin API client.

    `token` falls back to $NUWEB_TOKEN, `company_id` to $NUWEB_COMPANY_ID (sent as
    `X-NU-COMPANY-ID` on every call) and `base_url` to $NUWEB_BASE_URL (default:
    production). Requests time out after 60 s (10 s to connect); safe ones are
    retried twice on connection errors, 408, 429 (honouring Retry-After) and 5xx.
    At most `rate_limit` requests (default 60) go out per rolling minute;
    `rate_limit=0` turns the client-side limit off.
    """

    users: Users
    auth: Auth
    _auth: NuWebAuth
    _company_id: int

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        company_id: int | str | None = None,
        language: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure: bool = False,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        rate_limit: int | RateLimiter | None = DEFAULT_RATE_LIMIT,
    ) -> None:
        self._connect(
            resolve_secret(token, TOKEN_ENV, "NU Web API token"),
            company_id=company_id,
            language=language,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            http_client=http_client,
            transport=transport,
            rate_limit=rate_limit,
        )

    def _connect(
        self,
        token: Secret | None,
        *,
        company_id: int | str | None = None,
        language: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure: bool = False,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        rate_limit: int | RateLimiter | None = DEFAULT_RATE_LIMIT,
    ) -> None:
        options, self._auth, self._company_id = _setup(
            token,
            company_id=company_id,
            language=language,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            rate_limit=rate_limit,
        )
        self._start(
            options, self._auth, errors=ERROR_READING, logger=LOGGER, http_client=http_client, transport=transport
        )

    @classmethod
    def from_login(
        cls,
        *,
        email: str,
        password: str | Secret,
        device_name: str = DEFAULT_DEVICE_NAME,
        **options: Unpack[SyncOptions],
    ) -> Self:
        """Log in with admin-user credentials and return a client using the new token.

        Every login creates another token that never expires: log in once, keep
        `client.token` (e.g. in a secret store) and pass it as `token=` next time.
        """
        client = cls.__new__(cls)
        client._connect(None, **options)
        try:
            client._auth.set_token(client.auth.login(email=email, password=password, device_name=device_name))
        except BaseException:
            client.close()
            raise
        return client

    def _bind_resources(self) -> None:
        self.users = Users(self._engine)
        self.auth = Auth(self._engine)

    @property
    def company_id(self) -> int:
        return self._company_id

    @property
    def token(self) -> Secret | None:
        """The bearer token in use (prints as `Secret('****')`; `.reveal()` to store it)."""
        return self._auth.token

    @property
    def rate_limiter(self) -> RateLimiter | None:
        return self._auth.limiter

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, company_id={self._company_id}, credentials=****)"


class AsyncNuWeb(AsyncClientBase):
    """Asynchronous NU Web client; the same surface as `NuWeb`, awaited."""

    users: AsyncUsers
    auth: AsyncAuth
    _auth: NuWebAuth
    _company_id: int

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        company_id: int | str | None = None,
        language: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure: bool = False,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        rate_limit: int | RateLimiter | None = DEFAULT_RATE_LIMIT,
    ) -> None:
        self._connect(
            resolve_secret(token, TOKEN_ENV, "NU Web API token"),
            company_id=company_id,
            language=language,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            http_client=http_client,
            transport=transport,
            rate_limit=rate_limit,
        )

    def _connect(
        self,
        token: Secret | None,
        *,
        company_id: int | str | None = None,
        language: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        allow_insecure: bool = False,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        rate_limit: int | RateLimiter | None = DEFAULT_RATE_LIMIT,
    ) -> None:
        options, self._auth, self._company_id = _setup(
            token,
            company_id=company_id,
            language=language,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            rate_limit=rate_limit,
        )
        self._start(
            options, self._auth, errors=ERROR_READING, logger=LOGGER, http_client=http_client, transport=transport
        )

    @classmethod
    async def from_login(
        cls,
        *,
        email: str,
        password: str | Secret,
        device_name: str = DEFAULT_DEVICE_NAME,
        **options: Unpack[AsyncOptions],
    ) -> Self:
        """`await AsyncNuWeb.from_login(email=..., password=..., company_id=...)`; see `NuWeb.from_login`."""
        client = cls.__new__(cls)
        client._connect(None, **options)
        try:
            client._auth.set_token(await client.auth.login(email=email, password=password, device_name=device_name))
        except BaseException:
            await client.close()
            raise
        return client

    def _bind_resources(self) -> None:
        self.users = AsyncUsers(self._engine)
        self.auth = AsyncAuth(self._engine)

    @property
    def company_id(self) -> int:
        return self._company_id

    @property
    def token(self) -> Secret | None:
        return self._auth.token

    @property
    def rate_limiter(self) -> RateLimiter | None:
        return self._auth.limiter

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, company_id={self._company_id}, credentials=****)"
