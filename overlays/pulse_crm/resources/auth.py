"""`client.auth`: log in explicitly, and read the current session ("who am I").

The client logs in by itself on first use (see `pulse_crm._auth`); call `login()` to do it up
front, or with `email` and `password` to act as that user from then on.
"""

from __future__ import annotations

from clientkit import APIError, AsyncAPIClient, SDKError, Secret, SyncAPIClient
from clientkit.resource import AsyncResource, Call, SyncResource
from pulse_crm._auth import SessionAuth, redacted_session
from pulse_crm_client.api.auth import get_session
from pulse_crm_client.models import UserSession

SESSION = Call(get_session, UserSession)


class Auth(SyncResource):
    def __init__(self, engine: SyncAPIClient, session_auth: SessionAuth) -> None:
        super().__init__(engine)
        self._session_auth = session_auth

    def login(self, *, email: str | None = None, password: str | Secret | None = None) -> UserSession:
        """Log in now and use the new session token for the following calls.

        Without arguments this uses the client's API key and secret; with `email` and `password`
        the client acts as that user from then on (and logs in as them again when needed).
        A refused login raises `AuthenticationError`. The returned session masks its token in its repr.
        """
        session_auth = self._session_auth
        credentials = session_auth.credentials_for(email=email, password=password)
        failure: SDKError
        try:
            response = self._engine.send(session_auth.login_kwargs(credentials), credentials=False)
        except APIError as exc:
            failure = session_auth.login_failure(exc, credentials)
        else:
            return session_auth.accept(response, credentials)
        raise failure  # outside the except block: the original error (with the login body) is not chained

    def session(self) -> UserSession:
        """The current session (user, accounts, roles, permissions), logging in first if needed."""
        return redacted_session(self._run(SESSION))


class AsyncAuth(AsyncResource):
    def __init__(self, engine: AsyncAPIClient, session_auth: SessionAuth) -> None:
        super().__init__(engine)
        self._session_auth = session_auth

    async def login(self, *, email: str | None = None, password: str | Secret | None = None) -> UserSession:
        session_auth = self._session_auth
        credentials = session_auth.credentials_for(email=email, password=password)
        failure: SDKError
        try:
            response = await self._engine.send(session_auth.login_kwargs(credentials), credentials=False)
        except APIError as exc:
            failure = session_auth.login_failure(exc, credentials)
        else:
            return session_auth.accept(response, credentials)
        raise failure

    async def session(self) -> UserSession:
        return redacted_session(await self._run(SESSION))
