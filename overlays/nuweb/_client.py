"""`NuWeb` and `AsyncNuWeb`: the generated clients, with NU Web's rate limiter and token login.

NU Web allows 60 requests per company per rolling minute and says so in headers; the
constructor adds `rate_limit` and builds `NuWebAuth` (token + limiter), which also limits
the calls sent without the token. `from_login` makes a client by logging in first.
Everything else (resources, options, errors) is the generated client's. Written once for both.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, Self

import httpx

from clientkit.profile import resolve_secret
from clientkit.redaction import Secret
from nuweb._auth import NuWebAuth
from nuweb._ratelimit import RateLimiter
from nuweb_client import AsyncNuWeb as _GeneratedAsync
from nuweb_client import NuWeb as _Generated
from nuweb_client.errors import ERRORS, ConfigurationError

TOKEN_ENV = "NUWEB_TOKEN"
DEFAULT_RATE_LIMIT = 60  # NU Web's default per company: 60 requests per rolling minute
DEFAULT_DEVICE_NAME = "nuweb-python"
_LOG_IN_FIRST: Any = object()  # `from_login`: a client whose token comes from its first login


def limiter(rate_limit: object) -> RateLimiter | None:
    """60 (default) -> a new limiter; 0 or None -> none; a `RateLimiter` -> shared as it is."""
    if isinstance(rate_limit, RateLimiter):
        return rate_limit
    if rate_limit is None or (rate_limit == 0 and not isinstance(rate_limit, bool)):
        return None
    if not isinstance(rate_limit, int) or isinstance(rate_limit, bool) or rate_limit < 0:
        raise ConfigurationError(f"rate_limit must be a whole number of requests per minute >= 0, not {rate_limit!r}")
    return RateLimiter(rate_limit)


class _NuWebSetup:
    """The constructor, properties and `from_login` both clients share."""

    _auth: httpx.Auth | None
    _anonymous_auth: httpx.Auth | None

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        rate_limit: int | RateLimiter | None = DEFAULT_RATE_LIMIT,
        **options: Any,
    ) -> None:
        auth = options.pop("auth", None)
        if auth is None:
            secret = None if token is _LOG_IN_FIRST else resolve_secret(token, TOKEN_ENV, "NU Web API token", ERRORS)
            auth = NuWebAuth(secret, limiter(rate_limit))
        super().__init__(auth=auth, **options)  # type: ignore[call-arg]
        if isinstance(auth, NuWebAuth):
            self._anonymous_auth = auth.without_token()

    @property
    def token(self) -> Secret | None:
        """The bearer token in use (prints as `Secret('****')`; `.reveal()` to store it)."""
        return self._auth.token if isinstance(self._auth, NuWebAuth) else None

    @property
    def rate_limiter(self) -> RateLimiter | None:
        return self._auth.limiter if isinstance(self._auth, NuWebAuth) else None

    @classmethod
    def from_login(
        cls, *, email: str, password: str | Secret, device_name: str = DEFAULT_DEVICE_NAME, **options: Any
    ) -> Any:
        """Log in with admin-user credentials and return a client using the new token (awaitable for
        `AsyncNuWeb`). Every login creates another token that never expires: log in once, keep
        `client.token` (e.g. in a secret store) and pass it as `token=` next time."""
        client: Any = cls(_LOG_IN_FIRST, **options)
        try:
            answer = client.auth.login(email=email, password=password, device_name=device_name)
        except BaseException:
            client.close()
            raise
        if not inspect.isawaitable(answer):
            return client

        async def logged_in() -> Any:
            try:
                await answer
            except BaseException:
                await client.close()
                raise
            return client

        return logged_in()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, company_id={self.company_id}, credentials=****)"  # type: ignore[attr-defined]


class NuWeb(_NuWebSetup, _Generated):
    """NU Web (Nutickets) Admin API client.

    `token` falls back to $NUWEB_TOKEN, `company_id` to $NUWEB_COMPANY_ID (sent as
    `X-NU-COMPANY-ID` on every call) and `base_url` to $NUWEB_BASE_URL (default:
    production). At most `rate_limit` requests (default 60) go out per rolling minute;
    `rate_limit=0` turns the client-side limit off. See the generated class for the rest.
    """

    if TYPE_CHECKING:

        @classmethod
        def from_login(cls, *, email: str, password: str | Secret, device_name: str = ..., **options: Any) -> Self: ...


class AsyncNuWeb(_NuWebSetup, _GeneratedAsync):
    """NU Web client (async): the same surface as `NuWeb`, awaited (`await AsyncNuWeb.from_login(...)`)."""

    if TYPE_CHECKING:

        @classmethod
        def from_login(
            cls, *, email: str, password: str | Secret, device_name: str = ..., **options: Any
        ) -> Awaitable[Self]: ...
