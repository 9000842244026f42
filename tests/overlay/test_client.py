"""Client set-up: timeouts, `with_options()`, base URL and credentials checks."""

from __future__ import annotations

import httpx
import pytest

import cubicasa
from tests.overlay.fakes import API_KEY, BASE_URL, FakeAPI, json_response, user_json


def user_api() -> FakeAPI:
    return FakeAPI(lambda r: json_response(200, user_json(0)))


def test_default_timeout_is_sent_with_each_request() -> None:
    api = user_api()
    with api.client() as client:
        client.users.get_by_email("user0@example.com")
    assert api.requests[0].extensions["timeout"] == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert client.timeout == httpx.Timeout(60.0, connect=10.0)


def test_with_options_timeout_applies_to_its_requests_only() -> None:
    api = user_api()
    with api.client() as client:
        fast = client.with_options(timeout=5)
        fast.users.get_by_email("user0@example.com")
        client.users.get_by_email("user0@example.com")
    assert api.requests[0].extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert api.requests[1].extensions["timeout"]["read"] == 60.0


def test_timeout_given_to_the_client() -> None:
    api = user_api()
    with api.client(timeout=httpx.Timeout(12.0, connect=3.0)) as client:
        client.users.get_by_email("user0@example.com")
    assert api.requests[0].extensions["timeout"] == {"connect": 3.0, "read": 12.0, "write": 12.0, "pool": 12.0}


@pytest.mark.parametrize("bad", [0, -1, "5"])
def test_bad_timeout_is_a_configuration_error(bad: object) -> None:
    with user_api().client() as client, pytest.raises(cubicasa.ConfigurationError, match="timeout"):
        client.with_options(timeout=bad)  # type: ignore[arg-type]


def test_bad_max_retries_is_a_configuration_error() -> None:
    with pytest.raises(cubicasa.ConfigurationError, match="max_retries"):
        user_api().client(max_retries=-1)


def test_with_options_shares_the_pool_and_does_not_close_it() -> None:
    api = user_api()
    client = api.client()
    view = client.with_options(timeout=5, max_retries=0)
    assert view._http is client._http
    assert view.users is not client.users
    with view:
        view.users.get_by_email("user0@example.com")
    assert not client.is_closed
    client.users.get_by_email("user0@example.com")  # still usable
    client.close()
    assert client.is_closed
    assert view.is_closed  # same pool


@pytest.mark.anyio
async def test_async_with_options_shares_the_pool() -> None:
    api = user_api()
    client = api.async_client()
    view = client.with_options(timeout=5)
    async with view:
        await view.users.get_by_email("user0@example.com")
    assert not client.is_closed
    await client.users.get_by_email("user0@example.com")
    assert api.requests[0].extensions["timeout"]["read"] == 5.0
    assert api.requests[1].extensions["timeout"]["read"] == 60.0
    await client.close()
    assert client.is_closed


def test_api_key_is_sent_in_the_api_key_header() -> None:
    api = user_api()
    with api.client() as client:
        client.users.get_by_email("user0@example.com")
    request = api.requests[0]
    assert request.headers["api-key"] == API_KEY
    assert "authorization" not in request.headers
    assert request.headers["user-agent"].startswith("cubicasa-python/")
    assert str(request.url).startswith(BASE_URL + "/")


def test_missing_api_key_names_the_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CUBICASA_API_KEY", raising=False)
    with pytest.raises(cubicasa.ConfigurationError, match="CUBICASA_API_KEY"):
        cubicasa.CubiCasa(api_key=None)
    with pytest.raises(cubicasa.ConfigurationError, match="CUBICASA_API_KEY"):
        cubicasa.AsyncCubiCasa()


def test_api_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUBICASA_API_KEY", API_KEY)
    monkeypatch.setenv("CUBICASA_BASE_URL", "http://127.0.0.1:8123/v3")
    api = user_api()
    with cubicasa.CubiCasa(transport=httpx.MockTransport(api)) as client:
        client.users.get_by_email("user0@example.com")
    assert client.base_url == "http://127.0.0.1:8123/v3"
    assert api.requests[0].headers["api-key"] == API_KEY


def test_default_base_url_is_production() -> None:
    with cubicasa.CubiCasa(API_KEY, transport=httpx.MockTransport(user_api())) as client:
        assert client.base_url == cubicasa.PRODUCTION_URL


@pytest.mark.parametrize("key", [" padded ", "key\n"])
def test_api_key_with_whitespace_is_refused(key: str) -> None:
    with pytest.raises(cubicasa.ConfigurationError):
        cubicasa.CubiCasa(key)


@pytest.mark.parametrize("url", ["http://api.example.com/v3", "http://10.0.0.5:8000", "http://127.example.com"])
def test_plain_http_to_another_host_is_refused(url: str) -> None:
    with pytest.raises(cubicasa.ConfigurationError, match="allow_insecure"):
        cubicasa.CubiCasa(API_KEY, base_url=url)


def test_plain_http_allowed_when_asked() -> None:
    transport = httpx.MockTransport(user_api())
    with cubicasa.CubiCasa(
        API_KEY, base_url="http://api.example.com/v3", allow_insecure=True, transport=transport
    ) as client:
        assert client.base_url == "http://api.example.com/v3"


@pytest.mark.parametrize("url", ["http://localhost:8000", "http://127.0.0.1:9/v3", "http://[::1]:8000/"])
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    with cubicasa.CubiCasa(API_KEY, base_url=url, transport=httpx.MockTransport(user_api())) as client:
        assert client.base_url.startswith("http://")


@pytest.mark.parametrize("url", ["ftp://example.com", "api.example.com/v3", "https://"])
def test_base_url_must_be_absolute_http(url: str) -> None:
    with pytest.raises(cubicasa.ConfigurationError, match="base_url"):
        cubicasa.CubiCasa(API_KEY, base_url=url)
