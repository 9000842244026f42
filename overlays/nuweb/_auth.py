"""The bearer token and the rate limiter, applied per attempt through httpx's auth flow.

`NuWebAuth` wraps the core's `HeaderAuth` (`Authorization: Bearer <token>`):
before each attempt it takes a rate-limit slot, after it reads the server's
rate-limit headers. A slot refused (`RateLimitHoldError`) closes the inner
flow first, so the unsent request no longer carries the token. Without a token
(operations the spec marks `security: []`, such as `POST /login`) it only
applies the rate limit.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator

import httpx

from clientkit import HeaderAuth, Secret
from nuweb._ratelimit import RateLimiter

_NO_AUTH = httpx.Auth()


class NuWebAuth(httpx.Auth):
    """Bearer token + client-side rate limit; one instance is shared by every `with_options()` view."""

    def __init__(self, token: Secret | None, limiter: RateLimiter | None) -> None:
        self._bearer: httpx.Auth | None = None
        self.token: Secret | None = None
        self.limiter = limiter
        if token is not None:
            self.set_token(token)

    def set_token(self, token: Secret) -> None:
        """Start sending `token` (used once a login has produced it)."""
        self.token = token
        self._bearer = HeaderAuth("Authorization", token, prefix="Bearer ")

    def without_token(self) -> NuWebAuth:
        """The same rate limit, no token: for the operations that send no credentials."""
        return NuWebAuth(None, self.limiter)

    def _inner(self) -> httpx.Auth:
        return self._bearer if self._bearer is not None else _NO_AUTH

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._inner().sync_auth_flow(request)
        outgoing = next(flow)
        while True:
            if self.limiter is not None:
                try:
                    self.limiter.acquire()
                except BaseException:  # refused (RateLimitHoldError): take the token off the unsent request
                    flow.close()
                    raise
            response = yield outgoing
            if self.limiter is not None:
                self.limiter.observe(response.headers)
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self._inner().async_auth_flow(request)
        outgoing = await flow.__anext__()
        while True:
            if self.limiter is not None:
                try:
                    await self.limiter.acquire_async()
                except BaseException:
                    await flow.aclose()
                    raise
            response = yield outgoing
            if self.limiter is not None:
                self.limiter.observe(response.headers)
            try:
                outgoing = await flow.asend(response)
            except StopAsyncIteration:
                return

    def __repr__(self) -> str:
        return f"NuWebAuth(bearer={self._bearer!r}, limiter={self.limiter!r})"
