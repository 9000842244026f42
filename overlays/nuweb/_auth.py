"""The bearer token, which a client made by `from_login` only gets from its first login.

`NuWebAuth` sends `Authorization: Bearer <token>` through the core's `HeaderAuth`, and nothing
until `set_token` is called. The rate limiter is the runtime's (`clientkit.ratelimit`, declared
by the spec's `x-sdk-rate-limit`), wrapped around this auth for every call.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from clientkit import HeaderAuth, Secret


class NuWebAuth(httpx.Auth):
    """The bearer token, set later for a client that logs in first; shared by every `with_options()` view."""

    def __init__(self, token: Secret | None) -> None:
        self._bearer: HeaderAuth | None = None
        self.token: Secret | None = None
        if token is not None:
            self.set_token(token)

    def set_token(self, token: Secret) -> None:
        """Start sending `token` (used once a login has produced it)."""
        self.token = token
        self._bearer = HeaderAuth("Authorization", token, prefix="Bearer ")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._bearer is None:
            yield request
        else:
            yield from self._bearer.auth_flow(request)

    def __repr__(self) -> str:
        return f"NuWebAuth(bearer={self._bearer!r})"
