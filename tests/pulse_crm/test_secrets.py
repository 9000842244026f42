"""The API secret, the user's password and the session token never show: reprs, errors, logs."""

from __future__ import annotations

import logging

import httpx
import pytest

from pulse_crm import APIConnectionError, AuthenticationError, PulseCRM, ResponseValidationError
from pulse_crm._auth import Credentials
from tests.pulse_crm.fakes import (
    ACCOUNT_ID,
    API_KEY,
    API_SECRET,
    BASE_URL,
    EMAIL,
    PASSWORD,
    FakePulse,
    async_client,
    error,
    sync_client,
)

WRONG_PASSWORD = "wrong-password-not-to-be-seen"
WRONG_SECRET = "wrong-secret-not-to-be-seen"


def secrets(fake: FakePulse) -> list[str]:
    return [API_SECRET, PASSWORD, WRONG_PASSWORD, WRONG_SECRET, *fake.issued]


def assert_hidden(text: str, fake: FakePulse) -> None:
    for secret in secrets(fake):
        assert secret not in text, f"a secret leaked into: {text[:200]}"


def exception_text(exc: BaseException) -> str:
    """Everything an exception shows or carries that a log or bug report could pick up."""
    parts = [str(exc), repr(exc), repr(exc.args)]
    request = getattr(exc, "request", None)
    response = getattr(exc, "response", None)
    for req in (request, getattr(response, "request", None)):
        if req is not None:
            parts += [repr(req), str(req.url), repr(dict(req.headers)), req.content.decode()]
    if response is not None:
        parts.append(response.text)
    assert exc.__cause__ is None or isinstance(exc.__cause__, httpx.HTTPError)
    return "\n".join(parts)


def test_reprs_show_no_credentials_or_token(fake: FakePulse) -> None:
    client = sync_client(fake)
    session = client.auth.login()
    texts = [repr(client), str(client), repr(client._session_auth), repr(session), str(session)]
    texts.append(repr(Credentials.user(EMAIL, __import__("pulse_crm").Secret(PASSWORD))))
    for text in texts:
        assert_hidden(text, fake)
        assert API_KEY not in text
    assert "token=****" in repr(session)
    assert session.token == fake.issued[0]  # still readable on purpose


def test_a_refused_api_key_login_error_carries_no_secret(fake: FakePulse) -> None:
    client = sync_client(fake, api_secret=WRONG_SECRET)
    with pytest.raises(AuthenticationError) as caught:
        client.users.get(1)
    assert_hidden(exception_text(caught.value), fake)
    assert caught.value.request is not None
    assert caught.value.request.url.path == "/api/auth/login"
    assert caught.value.request.content == b""  # a copy without the body


def test_a_login_answer_without_a_token_is_a_validation_error_without_the_secret(fake: FakePulse) -> None:
    fake.script("POST", "/api/auth/login", httpx.Response(200, json={"id": 3, "email": EMAIL}))
    with pytest.raises(ResponseValidationError, match="token") as caught:
        sync_client(fake).users.get(1)
    assert caught.value.response is not None
    assert caught.value.response.request.content == b""
    assert_hidden(exception_text(caught.value), fake)


def test_a_refused_password_login_error_carries_no_password(fake: FakePulse) -> None:
    client = sync_client(fake)
    with pytest.raises(AuthenticationError) as caught:
        client.auth.login(email=EMAIL, password=WRONG_PASSWORD)
    assert_hidden(exception_text(caught.value), fake)
    assert caught.value.__context__ is None  # the engine's error (holding the login request) is not chained


@pytest.mark.anyio
async def test_async_refused_login_error_carries_no_password(fake: FakePulse) -> None:
    client = async_client(fake)
    with pytest.raises(AuthenticationError) as caught:
        await client.auth.login(email=EMAIL, password=WRONG_PASSWORD)
    assert_hidden(exception_text(caught.value), fake)


def test_a_login_that_cannot_connect_carries_no_secret(fake: FakePulse) -> None:
    def cut(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    fake.script("POST", "/api/auth/login", cut)
    with pytest.raises(APIConnectionError) as caught:
        sync_client(fake, max_retries=0).auth.login(email=EMAIL, password=PASSWORD)
    assert_hidden(exception_text(caught.value), fake)
    assert caught.value.__context__ is None


def test_a_refused_request_error_carries_no_token(fake: FakePulse) -> None:
    refused = error(401, "Unauthorized", "Invalid or expired session token")
    fake.script("GET", "/api/users/1", refused, refused)
    with pytest.raises(AuthenticationError) as caught:
        sync_client(fake).users.get(1)
    assert len(fake.issued) == 2
    assert_hidden(exception_text(caught.value), fake)
    assert "authorization" not in caught.value.request.headers  # type: ignore[union-attr]


def test_debug_logs_never_show_secrets(fake: FakePulse, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="pulse_crm")
    caplog.set_level(logging.DEBUG, logger="httpx")
    unavailable = error(503, "Service Unavailable", "try later")
    fake.script("GET", "/api/users/2", unavailable)
    client = sync_client(fake)

    client.users.get(1)
    fake.revoke_all()
    client.users.get(2)  # 401, re-login, re-send, 503, retry
    client.auth.login(email=EMAIL, password=PASSWORD)
    with pytest.raises(AuthenticationError):
        client.auth.login(email=EMAIL, password=WRONG_PASSWORD)
    with pytest.raises(AuthenticationError):
        sync_client(fake, api_secret=WRONG_SECRET).users.get(1)

    messages = [record.getMessage() for record in caplog.records]
    assert any("logging in" in m for m in messages)
    assert any("refused with 401" in m for m in messages)
    assert any("retrying GET /api/users/2" in m for m in messages)
    assert len(fake.issued) == 3
    assert_hidden("\n".join(messages) + caplog.text, fake)


class StreamingTransport(httpx.BaseTransport):
    """Reads request bodies the way a network transport does: from the stream, without caching them."""

    def __init__(self, fake: FakePulse) -> None:
        self.fake = fake
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = b"".join(request.stream)  # type: ignore[arg-type]
        self.sent.append(request)
        return self.fake.handle(httpx.Request(request.method, request.url, headers=request.headers, content=body))


def test_the_login_body_is_not_kept_once_sent(fake: FakePulse) -> None:
    transport = StreamingTransport(fake)
    client = PulseCRM(
        api_key=API_KEY, api_secret=API_SECRET, account_id=ACCOUNT_ID, base_url=BASE_URL, transport=transport
    )
    client.users.get(1)

    login_request = transport.sent[0]
    assert login_request.url.path == "/api/auth/login"
    assert len(fake.logins) == 1  # the server did get the credentials
    assert b"".join(login_request.stream) == b""  # type: ignore[arg-type]
    with pytest.raises(httpx.RequestNotRead):
        _ = login_request.content
    assert "authorization" not in transport.sent[1].headers  # removed once the answer was in
