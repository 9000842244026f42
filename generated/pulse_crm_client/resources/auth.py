"""`client.auth`: Session tokens, obtained with user or API-key credentials.

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
    from ..api.auth import get_session as _get_session
    from ..api.auth import login as _login
    from ..models.user_session import UserSession
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _login = lazy_module("..api.auth.login", __package__, globals(), "_login")
    _get_session = lazy_module(
        "..api.auth.get_session", __package__, globals(), "_get_session"
    )
from pulse_crm._hooks import UserSession, accept_session, login_arguments, redacted


class Auth(SyncResource):
    """`client.auth`: Session tokens, obtained with user or API-key credentials."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "login": _login,
            "session": _get_session,
        }
    )

    @cached_property
    def with_raw_response(self) -> AuthWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AuthWithRawResponse(self)

    def login(
        self,
        *,
        email: str | None = None,
        password: str | Secret | None = None,
        api_key: str | None = None,
        api_secret: str | Secret | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> UserSession:
        """Log in

        Exchanges user credentials (`email` + `password`) or API-key credentials (`apiKey` + `apiSecret`)
        for a User Session. Send the session's `token` as `Authorization: Bearer {token}` on later calls. An
        API key is bound to one account and carries a fixed subset of permissions.

        A POST is never retried once sent (it could act twice).

        Args:
            email: The user's email address.
            password: The user's password.
            api_key: The API key, e.g. `apiKey-xxxxxxxxxxxx`.
            api_secret: The API key's secret.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            UnprocessableEntityError: 422.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("login", unexpected)
        arguments = login_arguments(
            self._client,
            {
                "email": email,
                "password": password,
                "api_key": api_key,
                "api_secret": api_secret,
            },
        )
        parts = _login.build_request(**arguments)
        return self._call(
            _login.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            transform=accept_session,
        )

    def session(
        self,
        *,
        x_account_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> UserSession:
        """Get the current session

        Returns the session of the bearer token, with the same payload as `POST /auth/login` ("who am I").
        `x-account-id` may be sent, as on every call but login.

        Args:
            x_account_id: Account ID, as on the users calls, here optional. The reference's "Try it" panel fills it in
                on every operation after login, `GET /auth/session` included, and a public integration sends
                it on every call but login. Inferred: that the header is optional here, and that it does not
                change the answer (the mock ignores it), are not published.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("session", unexpected)
        parts = _get_session.build_request(
            x_account_id=x_account_id,
        )
        return self._call(
            _get_session.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=redacted,
        )


class AuthWithRawResponse:
    """`client.auth.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: Auth) -> None:
        self.login = raw_response(resource.login)
        self.session = raw_response(resource.session)


class AsyncAuth(AsyncResource):
    """`client.auth` (async): Session tokens, obtained with user or API-key credentials."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "login": _login,
            "session": _get_session,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncAuthWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncAuthWithRawResponse(self)

    async def login(
        self,
        *,
        email: str | None = None,
        password: str | Secret | None = None,
        api_key: str | None = None,
        api_secret: str | Secret | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> UserSession:
        """Log in

        Exchanges user credentials (`email` + `password`) or API-key credentials (`apiKey` + `apiSecret`)
        for a User Session. Send the session's `token` as `Authorization: Bearer {token}` on later calls. An
        API key is bound to one account and carries a fixed subset of permissions.

        A POST is never retried once sent (it could act twice).

        Args:
            email: The user's email address.
            password: The user's password.
            api_key: The API key, e.g. `apiKey-xxxxxxxxxxxx`.
            api_secret: The API key's secret.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            UnprocessableEntityError: 422.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("login", unexpected)
        arguments = login_arguments(
            self._client,
            {
                "email": email,
                "password": password,
                "api_key": api_key,
                "api_secret": api_secret,
            },
        )
        parts = _login.build_request(**arguments)
        return await self._call(
            _login.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            transform=accept_session,
        )

    async def session(
        self,
        *,
        x_account_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> UserSession:
        """Get the current session

        Returns the session of the bearer token, with the same payload as `POST /auth/login` ("who am I").
        `x-account-id` may be sent, as on every call but login.

        Args:
            x_account_id: Account ID, as on the users calls, here optional. The reference's "Try it" panel fills it in
                on every operation after login, `GET /auth/session` included, and a public integration sends
                it on every call but login. Inferred: that the header is optional here, and that it does not
                change the answer (the mock ignores it), are not published.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("session", unexpected)
        parts = _get_session.build_request(
            x_account_id=x_account_id,
        )
        return await self._call(
            _get_session.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            transform=redacted,
        )


class AsyncAuthWithRawResponse:
    """`client.auth.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncAuth) -> None:
        self.login = async_raw_response(resource.login)
        self.session = async_raw_response(resource.session)
