"""Credentials attached per request, so they never sit in client-wide headers that get printed."""

from __future__ import annotations

import contextlib
from collections.abc import Generator

import httpx

from clientkit.redaction import Secret


class HeaderAuth(httpx.Auth):
    """Send a secret in one header (`api-key: <key>` or `Authorization: Bearer <token>`)."""

    def __init__(self, header: str, secret: Secret, *, prefix: str = "") -> None:
        self.header = header
        self.prefix = prefix
        self._secret = secret

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.header] = self.prefix + self._secret.reveal()
        try:
            yield request
        finally:
            # The request outlives the call (response.request, exc.request): drop the credential from it.
            with contextlib.suppress(KeyError):  # `del`, not `pop`: pop would read the value first
                del request.headers[self.header]

    def __repr__(self) -> str:
        return f"HeaderAuth(header={self.header!r}, secret={self._secret!r})"
