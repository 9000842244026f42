"""Headers on every call, secrets kept secret, login, and the same behaviour from sync and async clients."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import nuweb
from tests.nuweb.fakes import (
    COMPANY_ID,
    TOKEN,
    Recorder,
    document,
    json_response,
    list_body,
    make_async_client,
    make_client,
)

LOGIN_TOKEN = "12|nu-login-TOKEN-0b7e91c3"
PASSWORD = "pa55-w0rd-SECRET"


def api(request: httpx.Request) -> httpx.Response:
    """A small fake of every company-user operation and the login."""
    path, method = request.url.path, request.method
    if path == "/v1/login":
        return json_response(200, {"token": LOGIN_TOKEN})
    if path == "/v1/company/users" and method == "GET":
        page = int(request.url.params["page"])
        return json_response(200, list_body([page * 2 - 1, page * 2], page=page, last_page=2, total=4))
    if path in {"/v1/company/users", "/v1/company/users/update"} or path == "/v1/company/user":
        return json_response(200, document(3))
    return json_response(200, {"message": f"{method} {path} done"})


def test_company_id_language_and_token_go_on_every_call() -> None:
    recorder = Recorder(api)
    with make_client(recorder, language="fr") as client:
        client.users.get(3)
        list(client.users.list(limit=2))
        client.users.create(name="Ada", email="ada@example.com")
        client.users.update(3, name="Ada")
        client.users.suspend(3)
        client.users.restore(3)
        client.with_options(timeout=5).users.get(email="ada@example.com")

    assert len(recorder.requests) == 8
    for request in recorder.requests:
        assert request.headers["x-nu-company-id"] == str(COMPANY_ID)
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
        assert request.headers["accept-language"] == "fr"
        assert request.headers["user-agent"].startswith("nuweb-python/")


def test_login_is_sent_without_the_token_but_with_the_company() -> None:
    recorder = Recorder(api)
    with make_client(recorder) as client:
        token = client.auth.login(email="admin@example.com", password=PASSWORD, device_name="ci")

    assert isinstance(token, nuweb.Secret) and token.reveal() == LOGIN_TOKEN
    (request,) = recorder.requests
    assert "authorization" not in request.headers
    assert request.headers["x-nu-company-id"] == str(COMPANY_ID)
    assert recorder.body() == {"email": "admin@example.com", "password": PASSWORD, "device_name": "ci"}


def test_from_login_builds_an_authenticated_client() -> None:
    recorder = Recorder(api)
    transport = httpx.MockTransport(recorder)
    client = nuweb.NuWeb.from_login(email="admin@example.com", password=PASSWORD, company_id=5, transport=transport)
    with client:
        user = client.users.get(3)
        assert client.token == nuweb.Secret(LOGIN_TOKEN)

    assert user.id == 3
    login, get = recorder.requests
    assert "authorization" not in login.headers
    assert get.headers["authorization"] == f"Bearer {LOGIN_TOKEN}"
    assert get.headers["x-nu-company-id"] == "5"


def test_from_login_failure_raises_and_closes() -> None:
    body = {"message": "Invalid.", "errors": {"email": ["These credentials do not match our records."]}}

    class Transport(httpx.MockTransport):
        closed = False

        def close(self) -> None:
            Transport.closed = True

    transport = Transport(lambda request: json_response(422, body))
    with pytest.raises(nuweb.ValidationError, match="do not match"):
        nuweb.NuWeb.from_login(email="a@example.com", password="bad-pass", company_id=5, transport=transport)
    assert Transport.closed  # the half-built client's pool was closed, not leaked


@pytest.mark.anyio
async def test_async_from_login() -> None:
    recorder = Recorder(api)
    client = await nuweb.AsyncNuWeb.from_login(
        email="admin@example.com", password=PASSWORD, company_id=5, transport=httpx.MockTransport(recorder)
    )
    async with client:
        await client.users.get(3)
    assert recorder.requests[1].headers["authorization"] == f"Bearer {LOGIN_TOKEN}"


def test_token_never_shows_in_repr_errors_or_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="nuweb")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/login":
            return json_response(200, {"token": LOGIN_TOKEN})
        echoed = request.headers.get("authorization", "")
        return json_response(401, {"message": f"Unauthenticated: {echoed} was rejected"})

    with make_client(Recorder(handler)) as client:
        texts = [repr(client), str(client), repr(client.token), repr(client._auth), repr(client.rate_limiter)]
        with pytest.raises(nuweb.AuthenticationError) as info:
            client.users.get(1)
        texts += [str(info.value), repr(info.value), repr(info.value.request)]
        new_token = client.auth.login(email="admin@example.com", password=PASSWORD)
        texts.append(repr(new_token))

    texts.append(caplog.text)
    assert "request GET" in caplog.text and "x-nu-company-id" in caplog.text  # requests were logged
    for text in texts:
        assert TOKEN not in text
        assert LOGIN_TOKEN not in text
        assert PASSWORD not in text
    assert "credentials=****" in texts[0]


def _everything(client: nuweb.NuWeb) -> list[Any]:
    return [
        client.users.get(3),
        list(client.users.list(limit=2)),
        client.users.list_page(page=2, limit=2).total,
        client.users.create(name="Ada", email="ada@example.com"),
        client.users.update(3, email="ada@example.com"),
        client.users.suspend(3),
        client.users.restore(email="ada@example.com"),
        client.auth.login(email="admin@example.com", password=PASSWORD),
    ]


async def _everything_async(client: nuweb.AsyncNuWeb) -> list[Any]:
    return [
        await client.users.get(3),
        [u async for u in client.users.list(limit=2)],
        (await client.users.list_page(page=2, limit=2)).total,
        await client.users.create(name="Ada", email="ada@example.com"),
        await client.users.update(3, email="ada@example.com"),
        await client.users.suspend(3),
        await client.users.restore(email="ada@example.com"),
        await client.auth.login(email="admin@example.com", password=PASSWORD),
    ]


def _wire(recorder: Recorder) -> list[tuple[str, str, bytes, str | None]]:
    return [(r.method, str(r.url), r.content, r.headers.get("authorization")) for r in recorder.requests]


@pytest.mark.anyio
async def test_sync_and_async_clients_behave_the_same() -> None:
    sync_recorder, async_recorder = Recorder(api), Recorder(api)
    with make_client(sync_recorder) as client:
        expected = _everything(client)
    async with make_async_client(async_recorder) as async_client:
        got = await _everything_async(async_client)

    assert got == expected
    assert [type(x) for x in got] == [type(x) for x in expected]
    assert _wire(async_recorder) == _wire(sync_recorder)
    assert [m for m in dir(nuweb.AsyncNuWeb) if not m.startswith("_")] == [
        m for m in dir(nuweb.NuWeb) if not m.startswith("_")
    ]
    for name in ("users", "auth"):
        sync_methods = {m for m in dir(getattr(client, name)) if not m.startswith("_")}
        async_methods = {m for m in dir(getattr(async_client, name)) if not m.startswith("_")}
        assert sync_methods == async_methods


def test_with_options_shares_pool_limiter_and_company() -> None:
    recorder = Recorder(api)
    with make_client(recorder) as client:
        view = client.with_options(max_retries=0, timeout=3)
        assert view.max_retries == 0 and view.company_id == client.company_id == COMPANY_ID
        assert view.rate_limiter is client.rate_limiter
        view.users.get(3)
        assert not client.is_closed
    assert recorder.requests[0].headers["x-nu-company-id"] == str(COMPANY_ID)
