"""`client.auth`: Obtaining an API token with admin-user credentials (vendor tag "Authentication").

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Never

from clientkit.operation import Operation
from clientkit.options import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from clientkit.redaction import Secret
from clientkit.resource import (
    AsyncResource,
    SyncResource,
    async_raw_response,
    lazy_module,
    operations_of,
    raw_response,
)

if TYPE_CHECKING:
    from ..api.auth import login as _login
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _login = lazy_module("..api.auth.login", __package__, globals(), "_login")
from nuweb._hooks import Secret, accept_token


class Auth(SyncResource):
    """`client.auth`: Obtaining an API token with admin-user credentials (vendor tag "Authentication")."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "login": _login,
        }
    )

    @cached_property
    def with_raw_response(self) -> AuthWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AuthWithRawResponse(self)

    def login(
        self,
        *,
        email: str,
        password: str | Secret,
        device_name: str = "nuweb-python",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Secret:
        """Retrieve API Token

        Exchange admin-user credentials for a re-usable personal access token. The token acts for the user's
        currently selected company with the user's current roles, never expires and does not revoke earlier
        tokens; revoke tokens in Admin > Settings > API Settings. Needs no authentication. The vendor
        documents `422` (validation error) as the only failure of this call.

        A POST is never retried once sent (it could act twice).

        Args:
            email: Your admin user e-mail address.
            password: Your admin user password.
            device_name: An arbitrary identifier for the device making the API request.

        Raises:
            BadRequestError: 400.
            InternalServerError: 500, 503.
            RateLimitError: 429.
            UnprocessableEntityError: 422.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("login", unexpected)
        parts = _login.build_request(
            email=email,
            password=password,
            device_name=device_name,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return self._call(
            _login.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            transform=accept_token,
        )


class AuthWithRawResponse:
    """`client.auth.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: Auth) -> None:
        self.login = raw_response(resource.login)


class AsyncAuth(AsyncResource):
    """`client.auth` (async): Obtaining an API token with admin-user credentials (vendor tag "Authentication")."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "login": _login,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncAuthWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncAuthWithRawResponse(self)

    async def login(
        self,
        *,
        email: str,
        password: str | Secret,
        device_name: str = "nuweb-python",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Secret:
        """Retrieve API Token

        Exchange admin-user credentials for a re-usable personal access token. The token acts for the user's
        currently selected company with the user's current roles, never expires and does not revoke earlier
        tokens; revoke tokens in Admin > Settings > API Settings. Needs no authentication. The vendor
        documents `422` (validation error) as the only failure of this call.

        A POST is never retried once sent (it could act twice).

        Args:
            email: Your admin user e-mail address.
            password: Your admin user password.
            device_name: An arbitrary identifier for the device making the API request.

        Raises:
            BadRequestError: 400.
            InternalServerError: 500, 503.
            RateLimitError: 429.
            UnprocessableEntityError: 422.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("login", unexpected)
        parts = _login.build_request(
            email=email,
            password=password,
            device_name=device_name,
            x_nu_company_id=self._client._parameter("company_id", required=False),
            accept_language=self._client._parameter("language", required=False),
        )
        return await self._call(
            _login.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            transform=accept_token,
        )


class AsyncAuthWithRawResponse:
    """`client.auth.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncAuth) -> None:
        self.login = async_raw_response(resource.login)
