"""`NuWeb` and `AsyncNuWeb`: the generated clients, with a token that may come from a login.

The constructor builds `NuWebAuth`, whose token `from_login` sets once it has logged in.
Everything else (resources, options, errors, the rate limiter the spec declares with
`x-sdk-rate-limit`) is the generated client's. Written once for both.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, Self

import httpx

from clientkit.profile import resolve_secret
from clientkit.redaction import Secret
from nuweb._auth import NuWebAuth
from nuweb_client import AsyncNuWeb as _GeneratedAsync
from nuweb_client import NuWeb as _Generated
from nuweb_client.errors import ERRORS

TOKEN_ENV = "NUWEB_TOKEN"
DEFAULT_DEVICE_NAME = "nuweb-python"
_LOG_IN_FIRST: Any = object()  # `from_login`: a client whose token comes from its first login


class _NuWebSetup:
    """The constructor, the token and `from_login` both clients share."""

    _auth: httpx.Auth | None

    def __init__(self, token: str | Secret | None = None, **options: Any) -> None:
        auth = options.pop("auth", None)
        if auth is None:
            secret = None if token is _LOG_IN_FIRST else resolve_secret(token, TOKEN_ENV, "NU Web API token", ERRORS)
            auth = NuWebAuth(secret)
        super().__init__(auth=auth, **options)  # type: ignore[call-arg]

    @property
    def token(self) -> Secret | None:
        """The bearer token in use (prints as `Secret('****')`; `.reveal()` to store it)."""
        return self._auth.token if isinstance(self._auth, NuWebAuth) else None

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
