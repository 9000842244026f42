"""The bearer token and the rate limiter, applied per attempt through httpx's auth flow.

`NuWebAuth` wraps the core's `HeaderAuth` (`Authorization: Bearer <token>`):
before each attempt it takes a rate-limit slot, after it reads the server's
rate-limit headers. A slot refused (`RateLimitHoldError`) closes the inner
flow first, so the unsent request no longer carries the token. Operations the spec marks `security: []` (`POST /login`)
are sent through `without_credentials()`, which tags the request so the token
is left off while the rate limit still applies.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from typing import Any

import httpx

from clientkit import HeaderAuth, Secret
from clientkit.responses import GeneratedOperation
from nuweb._ratelimit import RateLimiter

NO_CREDENTIALS = "nuweb.no_credentials"  # request extension: send this request without the token
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

    def _inner(self, request: httpx.Request) -> httpx.Auth:
        if request.extensions.get(NO_CREDENTIALS) or self._bearer is None:
            return _NO_AUTH
        return self._bearer

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._inner(request).sync_auth_flow(request)
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
        flow = self._inner(request).async_auth_flow(request)
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


class _WithoutCredentials:
    """A generated operation whose requests carry no token (the spec's `security: []`)."""

    def __init__(self, operation: GeneratedOperation) -> None:
        self._operation = operation

    def _get_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        built = self._operation._get_kwargs(*args, **kwargs)
        built["extensions"] = {**(built.get("extensions") or {}), NO_CREDENTIALS: True}
        return built

    def _parse_response(self, *, client: Any, response: httpx.Response) -> Any:
        return self._operation._parse_response(client=client, response=response)


def without_credentials(operation: GeneratedOperation) -> GeneratedOperation:
    return _WithoutCredentials(operation)
