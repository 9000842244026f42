"""Session authentication: log in, send the session token, refresh it before it expires.

Pulse CRM sends no long-lived credential on the wire: `POST /auth/login` exchanges an API key
and secret (or a user's e-mail and password) for a session token that expires (a week after
login in the published example). `SessionAuth` does this inside httpx's auth flow, so the sync
and async clients share one implementation and every retry of the engine goes through it:

- no token yet, or one within `refresh_skew` seconds of `expiresAt` → log in first (the login
  request is yielded from the flow, its `UserSession` parsed with the generated model);
- send the request with `Authorization: Bearer <token>`;
- a 401 → log in again once and re-send the request once (a 401 means it was not processed);
- once the final response is in, drop the Authorization header from the request, so an
  exception that carries the request carries no token.

The API secret, password and token live in `Secret`s (masked in reprs, scrubbed from logs). The
login body is a one-shot stream that forgets the credentials once sent, and an error raised for a
failed login carries a copy of the login request without its body.
"""

from __future__ import annotations

import datetime
import json
import logging
import threading
import time
from collections.abc import Callable, Generator, Mapping
from typing import Any

import attrs
import httpx

import clientkit
from clientkit import ResponseValidationError, Secret
from clientkit.errors import ResponseTooLargeError
from clientkit.login_flow import LoginFlowAuth, bearer, login_request, without_body
from clientkit.redaction import scrub
from clientkit.responses import parse_answer, status_error
from pulse_crm._errors import ERROR_READING
from pulse_crm_client import AuthenticationError, ConfigurationError
from pulse_crm_client.api.auth import login
from pulse_crm_client.errors import ERRORS
from pulse_crm_client.models import UserSession

REFRESH_SKEW = 60.0  # seconds before `expiresAt` at which the token is renewed
CREDENTIAL_ENV_HINT = "PULSE_API_KEY / PULSE_API_SECRET"


class Credentials:
    """What `POST /auth/login` accepts: an API key and secret, or a user's e-mail and password."""

    __slots__ = ("_identity", "_secret", "is_api_key")

    def __init__(self, identity: Secret | str, secret: Secret, *, is_api_key: bool) -> None:
        self._identity = identity
        self._secret = secret
        self.is_api_key = is_api_key

    @classmethod
    def api_key(cls, key: Secret, secret: Secret) -> Credentials:
        return cls(key, secret, is_api_key=True)

    @classmethod
    def user(cls, email: str, password: Secret) -> Credentials:
        return cls(email, password, is_api_key=False)

    def arguments(self) -> dict[str, Any]:
        """The keyword arguments of the generated `login.build_request`; built only when sent."""
        identity = self._identity.reveal() if isinstance(self._identity, Secret) else self._identity
        if self.is_api_key:
            return {"api_key": identity, "api_secret": self._secret}
        return {"email": identity, "password": self._secret}

    def describe(self) -> str:
        if self.is_api_key:
            return f"the API key and secret ({CREDENTIAL_ENV_HINT})"
        return f"the e-mail and password of {self._identity}"

    def __repr__(self) -> str:
        if self.is_api_key:
            return "Credentials(api_key=Secret('****'), api_secret=Secret('****'))"
        return f"Credentials(email={self._identity!r}, password=Secret('****'))"


class RedactedUserSession(UserSession):
    """A `UserSession` whose repr masks the token; `.token` itself is still there for who needs it."""

    __slots__ = ()

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{field.name}={'****' if field.name == 'token' else repr(getattr(self, field.name))}"
            for field in attrs.fields(UserSession)
        )
        return f"UserSession({shown})"

    __str__ = __repr__


def redacted_session(session: UserSession) -> UserSession:
    """The same session, with its token registered for log scrubbing and masked in its repr."""
    if isinstance(session.token, str) and session.token:
        Secret(session.token)  # registers the value with the log scrubber
    return RedactedUserSession.from_dict(session.to_dict())


def login_error(response: httpx.Response, credentials: Credentials) -> clientkit.APIStatusError:
    """The exception for a refused login: `AuthenticationError` when the credentials were refused
    (any 4xx but 429); the status's own class (`RateLimitError`, `InternalServerError`) otherwise,
    since those say "not now" rather than "wrong credentials"."""
    response.request = without_body(response.request)
    base = status_error(response, ERROR_READING, ERRORS)
    status = response.status_code
    cls = AuthenticationError if 400 <= status < 500 and status != 429 else type(base)
    message = scrub(f"Pulse CRM login with {credentials.describe()} failed: {base.message}")
    return cls(message, response=response, body=base.body, request_id=base.request_id, field_errors=base.field_errors)


def _timestamp(value: object) -> float | None:
    if not isinstance(value, datetime.datetime):
        return None
    if value.tzinfo is None:  # the API writes UTC with a `Z`; a naive value is read the same way
        return value.replace(tzinfo=datetime.UTC).timestamp()
    return value.timestamp()


class SessionAuth(LoginFlowAuth):
    """Bearer-token auth that logs in by itself; one instance is shared by a client and its views."""

    too_large = ERRORS.get(ResponseTooLargeError)

    def __init__(
        self,
        *,
        credentials: Credentials | None,
        token: Secret | None,
        base_url: str = "",
        headers: Mapping[str, str] | None = None,
        logger: logging.Logger | None = None,
        clock: Callable[[], float] = time.time,
        refresh_skew: float = REFRESH_SKEW,
    ) -> None:
        if credentials is None and token is None:
            raise ConfigurationError("SessionAuth needs credentials to log in with, or a token")
        self._base_url = base_url.rstrip("/")
        self._headers = dict(headers or {})
        self._logger = logger or logging.getLogger("pulse_crm")
        self._pending: Credentials | None = None
        self._lock = threading.Lock()
        self._credentials = credentials
        self._token = token
        self._expires_at: float | None = None  # unknown for a token passed in: used until refused
        self.clock = clock
        self.refresh_skew = refresh_skew

    # --- state (guarded by the lock; never held across a request) ------------------------------
    def _usable_token(self) -> Secret | None:
        """The current token, or None when there is none or it is about to expire and can be renewed."""
        with self._lock:
            token, expires_at, can_login = self._token, self._expires_at, self._credentials is not None
        if token is None:
            return None
        if can_login and expires_at is not None and self.clock() >= expires_at - self.refresh_skew:
            self._logger.debug("the Pulse CRM session token expires soon; logging in again")
            return None
        return token

    def _discard(self, token: Secret) -> None:
        """Forget `token` after a 401, unless another request already replaced it."""
        with self._lock:
            if self._token == token:
                self._token = None
                self._expires_at = None

    def _login_credentials(self, why: str) -> Credentials:
        with self._lock:
            credentials = self._credentials
        if credentials is None:
            raise ConfigurationError(
                f"{why}, but the client has only a session token: pass api_key and api_secret "
                f"(or set {CREDENTIAL_ENV_HINT}), or call client.auth.login(email=..., password=...)"
            )
        return credentials

    @property
    def can_login(self) -> bool:
        with self._lock:
            return self._credentials is not None

    @property
    def has_token(self) -> bool:
        with self._lock:
            return self._token is not None

    # --- login -------------------------------------------------------------------------------
    def bind(self, *, base_url: str, headers: Mapping[str, str], logger: logging.Logger) -> None:
        """Where automatic logins go and what they carry (known once the client is configured)."""
        self._base_url = base_url.rstrip("/")
        self._headers = dict(headers)
        self._logger = logger

    def login_arguments(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """For an explicit `auth.login(...)`: the user's credentials if given (remembered for later
        logins), else the client's API key and secret."""
        given = {k: v for k, v in arguments.items() if v is not None}
        if not given:
            credentials = self._login_credentials("login() without email and password uses the API key and secret")
            return {**arguments, **credentials.arguments()}
        if set(given) == {"email", "password"} and isinstance(given["email"], str):
            password = given["password"]
            secret = (
                password
                if isinstance(password, Secret)
                else Secret(password)
                if isinstance(password, str) and password
                else None
            )
            if secret is not None:
                with self._lock:
                    self._pending = Credentials.user(given["email"], secret)
        return arguments

    def accept_session(self, session: UserSession) -> UserSession:
        """Take the session of an explicit login: its token (and the credentials that made it) from now on."""
        if not isinstance(session.token, str) or not session.token:
            raise ResponseValidationError("the login answer holds no session token", field="UserSession.token")
        with self._lock:
            credentials, self._pending = self._pending or self._credentials, None
            self._token, self._expires_at = Secret(session.token), _timestamp(session.expires_at)
            if credentials is not None:
                self._credentials = credentials
        return redacted_session(session)

    def _login_request(self, credentials: Credentials, template: httpx.Request) -> httpx.Request:
        """`POST /auth/login`, built by the generated operation, with a body that forgets itself once sent."""
        parts = login.build_request(**credentials.arguments())
        body = json.dumps(parts.json, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
        url = httpx.URL(self._base_url + parts.url)
        headers = {**self._headers, **(parts.headers or {})}
        return login_request(login.OPERATION.method, url, body, headers=headers, template=template)

    def _accept(self, response: httpx.Response, credentials: Credentials) -> tuple[UserSession, Secret]:
        response.request = without_body(response.request)
        if not response.is_success:
            raise login_error(response, credentials)
        session = parse_answer(login.parse_response, response, ERRORS)
        if not isinstance(session.token, str) or not session.token:
            raise ERRORS.get(ResponseValidationError)(
                f"{response.status_code} from POST {response.request.url.path}: the session has no token",
                response=response,
                field="UserSession.token",
            )
        token = Secret(session.token)
        expires_at = _timestamp(session.expires_at)
        with self._lock:
            self._token, self._expires_at, self._credentials = token, expires_at, credentials
        until = session.expires_at.isoformat() if isinstance(session.expires_at, datetime.datetime) else "unknown"
        self._logger.debug("logged in to Pulse CRM with %s; session expires %s", credentials.describe(), until)
        return session, token

    def _login(self, template: httpx.Request) -> Generator[httpx.Request, httpx.Response, Secret]:
        credentials = self._login_credentials("the client needs to log in")
        self._logger.debug("logging in to Pulse CRM with %s", credentials.describe())
        response = yield self._login_request(credentials, template)
        _, token = self._accept(response, credentials)
        return token

    # --- the flow (LoginFlowAuth drives it: login answers are read within its limit) ----------------
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._usable_token()
        if token is None:
            token = yield from self._login(request)
        response = yield bearer(request, token)
        if response.status_code == 401 and self.can_login:
            self._logger.info(
                "%s %s was refused with 401; logging in again and sending it once more",
                request.method,
                request.url.path,
            )
            self._discard(token)
            token = self._usable_token()  # another request may have logged in meanwhile
            if token is None:
                token = yield from self._login(request)
            yield bearer(request, token)
        request.headers.pop("Authorization", None)  # sent; keep no token in what exceptions carry

    def __repr__(self) -> str:
        with self._lock:
            credentials, token = self._credentials, self._token
        return f"SessionAuth(credentials={credentials!r}, token={token!r})"
