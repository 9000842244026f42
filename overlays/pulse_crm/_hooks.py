"""What the Pulse CRM spec cannot say, named by it (`x-sdk-before`, `x-sdk-result`) or read by the runtime.

- `ERROR_READING`: where error bodies name the invalid fields;
- `login_arguments`: an explicit `client.auth.login()` without arguments logs in with the
  client's API key and secret;
- `accept_session`: the session a login returns becomes the client's (token, expiry and the
  credentials that made it, for later logins); its repr masks the token;
- `redacted_session`: `client.auth.session()` masks the token in the repr too.
"""

from __future__ import annotations

from typing import Any

import httpx

from pulse_crm._auth import SessionAuth, redacted_session
from pulse_crm._errors import ERROR_READING
from pulse_crm_client.models import UserSession

__all__ = ["ERROR_READING", "UserSession", "accept_session", "login_arguments", "redacted_session"]


def _session_auth(client: Any) -> SessionAuth:
    auth = getattr(client, "_auth", None)
    if not isinstance(auth, SessionAuth):
        raise TypeError("this Pulse CRM client was given its own auth=; log in through it instead")
    return auth


def login_arguments(client: Any, arguments: dict[str, Any]) -> dict[str, Any]:
    return _session_auth(client).login_arguments(arguments)


def accept_session(session: UserSession, client: Any, response: httpx.Response) -> UserSession:
    return _session_auth(client).accept_session(session)


def redacted(session: UserSession, client: Any, response: httpx.Response) -> UserSession:
    return redacted_session(session)
