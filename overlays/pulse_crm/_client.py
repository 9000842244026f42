"""`PulseCRM` and `AsyncPulseCRM`: the generated clients, with Pulse's session login.

Pulse sends no long-lived credential on the wire: an API key and secret are exchanged
for an expiring session token (`SessionAuth`). So the constructor takes `api_key` and
`api_secret` besides the generated `token`, and builds the auth; everything else
(resources, options, errors) is the generated client's. Written once for both classes.
"""

from __future__ import annotations

import os
from typing import Any, Self

from clientkit.profile import resolve_secret
from clientkit.redaction import Secret
from pulse_crm._auth import Credentials, SessionAuth
from pulse_crm_client import PROFILE
from pulse_crm_client import AsyncPulseCRM as _GeneratedAsync
from pulse_crm_client import PulseCRM as _Generated
from pulse_crm_client.errors import ERRORS, ConfigurationError

API_KEY_ENV = "PULSE_API_KEY"
API_SECRET_ENV = "PULSE_API_SECRET"
TOKEN_ENV = "PULSE_TOKEN"
DEFAULT_BASE_URL = PROFILE.default_base_url  # inferred; see the spec
NO_CREDENTIALS = (
    f"no Pulse CRM credentials: pass api_key= and api_secret= (or set {API_KEY_ENV} and {API_SECRET_ENV}), "
    f"or pass a session token= (or set {TOKEN_ENV})"
)


def _optional_secret(value: object, env: str, what: str) -> Secret | None:
    if value is None and not os.environ.get(env):
        return None
    return resolve_secret(value, env, what, ERRORS)


def session_auth(api_key: object, api_secret: object, token: object) -> SessionAuth:
    """The login flow for the key pair (arguments, else environment) and/or a ready session token."""
    key = _optional_secret(api_key, API_KEY_ENV, "Pulse CRM API key")
    secret = _optional_secret(api_secret, API_SECRET_ENV, "Pulse CRM API secret")
    session_token = _optional_secret(token, TOKEN_ENV, "Pulse CRM session token")
    credentials = Credentials.api_key(key, secret) if key is not None and secret is not None else None
    half_pair = (key is None) != (secret is None)
    if half_pair and (session_token is None or api_key is not None or api_secret is not None):
        missing = f"api_secret= (or set {API_SECRET_ENV})" if secret is None else f"api_key= (or set {API_KEY_ENV})"
        raise ConfigurationError(f"a Pulse CRM API key and its secret go together: also pass {missing}")
    if credentials is None and session_token is None:
        raise ConfigurationError(NO_CREDENTIALS)
    return SessionAuth(credentials=credentials, token=session_token)


class _SessionLogin:
    """The constructor both clients share: credentials become a `SessionAuth`, the rest goes on as is."""

    def __init__(
        self,
        *,
        api_key: str | Secret | None = None,
        api_secret: str | Secret | None = None,
        token: str | Secret | None = None,
        base_url: str | None = None,
        **options: Any,
    ) -> None:
        auth = options.pop("auth", None) or session_auth(api_key, api_secret, token)
        account_id = options.pop("account_id", None)
        if isinstance(account_id, int) and not isinstance(account_id, bool):
            account_id = str(account_id)  # the spec's account ids are strings of digits
        super().__init__(auth=auth, base_url=base_url, account_id=account_id, **options)  # type: ignore[call-arg]
        if isinstance(auth, SessionAuth):
            auth.bind(base_url=self.base_url, headers=self._options.headers, logger=self._logger)  # type: ignore[attr-defined]

    @property
    def _session_auth(self) -> SessionAuth:
        """The login flow (tests adjust its clock)."""
        auth = self._auth  # type: ignore[attr-defined]
        assert isinstance(auth, SessionAuth)
        return auth

    def with_account(self, account_id: str | int) -> Self:
        """A view acting on another account; it shares the session and the connection pool."""
        return self.with_options(account_id=str(account_id) if isinstance(account_id, int) else account_id)  # type: ignore[attr-defined, no-any-return]

    def __repr__(self) -> str:
        account = self.account_id  # type: ignore[attr-defined]
        return f"{type(self).__name__}(base_url={self.base_url!r}, account_id={account!r}, credentials=****)"  # type: ignore[attr-defined]


class PulseCRM(_SessionLogin, _Generated):
    """Pulse CRM client (user management).

    Credentials: `api_key` + `api_secret` (else $PULSE_API_KEY / $PULSE_API_SECRET), exchanged for a
    session token on first use and again before it expires or when it is refused; or a ready session
    `token` (else $PULSE_TOKEN). `account_id` (else $PULSE_ACCOUNT_ID, digits) is sent as `x-account-id`
    on the calls that take it. `base_url` falls back to $PULSE_BASE_URL, then to
    `https://api.pulse.com/api`, which is inferred (the production host is not published).
    """


class AsyncPulseCRM(_SessionLogin, _GeneratedAsync):
    """Pulse CRM client (async): the same surface as `PulseCRM`, awaited."""
