"""`NuWeb` and `AsyncNuWeb`: the NU Web Group (Nutickets) Admin API - company users clients.

Generated from the spec by `make generate`; do not edit. Resources load on first use,
so importing this module does not import the models.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Never, Self

import httpx
from clientkit import ratelimit as _ratelimit
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
    from .resources.auth import AsyncAuth, Auth
    from .resources.users import AsyncUsers, Users

__version__ = "0.2.0"

PROFILE = ApiProfile(
    title="NU Web",
    package="nuweb",
    default_base_url="https://api.nuwebgroup.com/v1",
    env_prefix="NUWEB",
    user_agent="nuweb-python/0.2.0",
    errors=ERRORS,
    arguments=_args,
    credential=Credential(
        argument="token",
        env="NUWEB_TOKEN",
        header="Authorization",
        prefix="Bearer ",
        what="token",
    ),
    parameters=(
        ClientParameter(
            name="company_id",
            wire_name="X-NU-COMPANY-ID",
            check=lambda value, name: _args.integer(
                value, name, minimum=1, digits=True
            ),
            env="NUWEB_COMPANY_ID",
            required=True,
        ),
        ClientParameter(
            name="language",
            wire_name="Accept-Language",
            check=lambda value, name: _args.string(value, name, min_length=1),
            env=None,
            required=False,
        ),
    ),
    hooks_module="nuweb._hooks",
    servers=("https://api.nuwebgroup.com/v1",),
    client_class="NuWeb",
    command="nuweb",
    rate_limit=_ratelimit.RateLimit(
        requests=60,
        window=60.0,
        remaining_header="X-Remaining-Requests",
        retry_in_header="X-Available-In-Seconds",
    ),
)


class RateLimiter(_ratelimit.RateLimiter):
    """NU Web's request quota (the spec's `x-sdk-rate-limit`), kept on the client side.

    At most `requests` (default 60) requests leave in any rolling `window` seconds (default 60).
    An answer with `X-Remaining-Requests: 0` holds every request for `X-Available-In-Seconds` seconds
    (past `max_server_wait`, 60 s: calls fail with `RateLimitHoldError` instead).

    Every client has one (`rate_limit=`); give one to several clients that spend the same quota.
    Thread- and task-safe; raises this API's errors. See `clientkit.ratelimit`.
    """

    _profile = PROFILE


class NuWeb(SyncAPIClient):
    """NU Web Group (Nutickets) Admin API - company users client.

    `token` falls back to $NUWEB_TOKEN; `base_url` to $NUWEB_BASE_URL,
    then https://api.nuwebgroup.com/v1.
    Set $NUWEB_LOG=debug (or info) to log requests, with credentials redacted.
    `company_id` (sent as `X-NU-COMPANY-ID`) falls back to $NUWEB_COMPANY_ID; required.
    `language` (sent as `Accept-Language`).

    Bounds that hold against any server: an attempt ends within `timeout` seconds end to end
    (default 60, 10 to connect; downloads `download_timeout`, default 600), and an answer may be
    `max_response_bytes` long (default 32 MiB; files `max_download_bytes`, 2 GiB), compressed or not.
    Calls that are safe to repeat (GET, PUT, DELETE) are retried up to `max_retries` times on
    connection errors, 408, 429 and 5xx, honouring Retry-After up to 60 s; POST and PATCH never
    once sent.
    At most `rate_limit` requests (default 60, the API's documented quota) go out in any
    rolling 60 s, every attempt counted; a call waits for a slot before its
    attempt's time starts. `rate_limit=0` turns the limit off; a `RateLimiter` given to several
    clients is shared, as is the limiter of every `with_options()` view.
    Use it as a context manager, or call `close()`.
    """

    _profile = PROFILE
    _rate_limiter_class = RateLimiter

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        company_id: int | str | None = None,
        language: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_download_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES,
        download_timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT,
        rate_limit: int | _ratelimit.RateLimiter | None = 60,
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
                "company_id": company_id,
                "language": language,
            },
            http_client=http_client,
            limits={
                "max_response_bytes": max_response_bytes,
                "max_download_bytes": max_download_bytes,
                "download_timeout": download_timeout,
            },
            rate_limit=rate_limit,
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
        company_id: int | str | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
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
                "company_id": company_id,
                "language": language,
            },
            unexpected=unexpected,
        )

    copy = with_options

    @property
    def rate_limiter(self) -> _ratelimit.RateLimiter | None:
        """The client-side rate limiter, shared by every `with_options()` view; None when `rate_limit=0`."""
        return self._rate_limiter

    @property
    def company_id(self) -> Any:
        """The ID of the company this operation should be performed against. Without it the token user's last
        selected company is used; the vendor asks to send it on every call."""
        return self._parameters["company_id"]

    @property
    def language(self) -> Any:
        """Preferred language for localised response content (e.g. `en`, `fr`, `de`). If the company does not
        support it, the company fallback language is used; the `Content-Language` response header says which
        language was used."""
        return self._parameters["language"]

    @cached_property
    def auth(self) -> Auth:
        """Obtaining an API token with admin-user credentials (vendor tag "Authentication")."""
        from .resources.auth import Auth

        return Auth(self)

    @cached_property
    def users(self) -> Users:
        """Admin-area users of the selected company (vendor tag "Company users"). Users are picked by `id` or
        `email` in the query string (get, suspend, restore) or by `id` in the body (update); "delete" is a
        reversible suspension."""
        from .resources.users import Users

        return Users(self)


class AsyncNuWeb(AsyncAPIClient):
    """NU Web Group (Nutickets) Admin API - company users client (async: the same surface, awaited).

    `token` falls back to $NUWEB_TOKEN; `base_url` to $NUWEB_BASE_URL,
    then https://api.nuwebgroup.com/v1.
    Set $NUWEB_LOG=debug (or info) to log requests, with credentials redacted.
    `company_id` (sent as `X-NU-COMPANY-ID`) falls back to $NUWEB_COMPANY_ID; required.
    `language` (sent as `Accept-Language`).

    Bounds that hold against any server: an attempt ends within `timeout` seconds end to end
    (default 60, 10 to connect; downloads `download_timeout`, default 600), and an answer may be
    `max_response_bytes` long (default 32 MiB; files `max_download_bytes`, 2 GiB), compressed or not.
    Calls that are safe to repeat (GET, PUT, DELETE) are retried up to `max_retries` times on
    connection errors, 408, 429 and 5xx, honouring Retry-After up to 60 s; POST and PATCH never
    once sent.
    At most `rate_limit` requests (default 60, the API's documented quota) go out in any
    rolling 60 s, every attempt counted; a call waits for a slot before its
    attempt's time starts. `rate_limit=0` turns the limit off; a `RateLimiter` given to several
    clients is shared, as is the limiter of every `with_options()` view.
    Use it as a context manager, or call `await close()`.
    """

    _profile = PROFILE
    _rate_limiter_class = RateLimiter

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        company_id: int | str | None = None,
        language: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_download_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES,
        download_timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT,
        rate_limit: int | _ratelimit.RateLimiter | None = 60,
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
                "company_id": company_id,
                "language": language,
            },
            http_client=http_client,
            limits={
                "max_response_bytes": max_response_bytes,
                "max_download_bytes": max_download_bytes,
                "download_timeout": download_timeout,
            },
            rate_limit=rate_limit,
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
        company_id: int | str | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
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
                "company_id": company_id,
                "language": language,
            },
            unexpected=unexpected,
        )

    copy = with_options

    @property
    def rate_limiter(self) -> _ratelimit.RateLimiter | None:
        """The client-side rate limiter, shared by every `with_options()` view; None when `rate_limit=0`."""
        return self._rate_limiter

    @property
    def company_id(self) -> Any:
        """The ID of the company this operation should be performed against. Without it the token user's last
        selected company is used; the vendor asks to send it on every call."""
        return self._parameters["company_id"]

    @property
    def language(self) -> Any:
        """Preferred language for localised response content (e.g. `en`, `fr`, `de`). If the company does not
        support it, the company fallback language is used; the `Content-Language` response header says which
        language was used."""
        return self._parameters["language"]

    @cached_property
    def auth(self) -> AsyncAuth:
        """Obtaining an API token with admin-user credentials (vendor tag "Authentication")."""
        from .resources.auth import AsyncAuth

        return AsyncAuth(self)

    @cached_property
    def users(self) -> AsyncUsers:
        """Admin-area users of the selected company (vendor tag "Company users"). Users are picked by `id` or
        `email` in the query string (get, suspend, restore) or by `id` in the body (update); "delete" is a
        reversible suspension."""
        from .resources.users import AsyncUsers

        return AsyncUsers(self)
