"""`client.auth`: exchange admin-user credentials for a personal access token (`POST /login`).

The login is sent without the client's own token (the spec marks it
`security: []`) but still counts against the rate limit. Tokens never expire
and do not revoke earlier ones; revoke them in Admin > Settings > API Settings.
"""

from __future__ import annotations

from clientkit import ResponseValidationError, Secret
from clientkit.arguments import require_text
from clientkit.resource import AsyncResource, Call, SyncResource
from nuweb._auth import without_credentials
from nuweb.resources._common import reveal
from nuweb_client.api.auth import login
from nuweb_client.models import LoginRequest, LoginResponse

DEFAULT_DEVICE_NAME = "nuweb-python"
LOGIN = without_credentials(login)


def login_call(*, email: str, password: str | Secret, device_name: str) -> Call[LoginResponse]:
    body = LoginRequest(
        email=require_text(email, "email"),
        password=reveal(password, "password") or "",  # never "": reveal() refuses an empty password
        device_name=require_text(device_name, "device_name"),
    )
    return Call(LOGIN, LoginResponse, {"body": body})


def token_from(answer: LoginResponse) -> Secret:
    """The token as a `Secret` (registered, so it is scrubbed from logs and messages from now on)."""
    token = answer.token
    if not isinstance(token, str) or not token.strip():
        raise ResponseValidationError("the login answer holds no token", field="LoginResponse.token")
    answer.token = "****"  # the parsed model should not keep a clear-text copy
    return Secret(token)


class Auth(SyncResource):
    def login(self, *, email: str, password: str | Secret, device_name: str = DEFAULT_DEVICE_NAME) -> Secret:
        """A new personal access token for this admin user; wrong credentials raise `ValidationError` (422)."""
        return token_from(self._run(login_call(email=email, password=password, device_name=device_name)))


class AsyncAuth(AsyncResource):
    async def login(self, *, email: str, password: str | Secret, device_name: str = DEFAULT_DEVICE_NAME) -> Secret:
        return token_from(await self._run(login_call(email=email, password=password, device_name=device_name)))
