"""Errors: 422 with per-field messages, retries that cannot repeat a write, configuration mistakes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import nuweb
from clientkit import SDKError, UnprocessableEntityError
from tests.nuweb.fakes import (
    BASE_URL,
    COMPANY_ID,
    TOKEN,
    document,
    json_response,
    make_async_client,
    make_client,
    replies,
)

INVALID = {
    "message": "The given data was invalid.",
    "errors": {
        "email": ["The email has already been taken.", "The email must be a valid email address."],
        "roles.0": ["The selected roles.0 is invalid."],
    },
}


class SleepRecorder:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def test_422_becomes_validation_error_with_per_field_messages() -> None:
    recorder = replies(json_response(422, INVALID))
    with make_client(recorder) as client, pytest.raises(nuweb.ValidationError) as info:
        client.users.create(name="Ada", email="taken@example.com")

    error = info.value
    assert isinstance(error, UnprocessableEntityError) and isinstance(error, nuweb.NuWebError)
    assert error.status_code == 422 and error.summary == "The given data was invalid."
    assert [(e.location, e.message) for e in error.field_errors] == [
        (("email",), "The email has already been taken."),
        (("email",), "The email must be a valid email address."),
        (("roles", 0), "The selected roles.0 is invalid."),
    ]
    assert error.errors == {
        "email": ["The email has already been taken.", "The email must be a valid email address."],
        "roles.0": ["The selected roles.0 is invalid."],
    }
    assert "email: The email has already been taken." in str(error)
    assert "POST /v1/company/users" in str(error)
    assert len(recorder.requests) == 1


@pytest.mark.anyio
async def test_422_async_and_on_login() -> None:
    body = {"message": "Invalid.", "errors": {"email": ["These credentials do not match our records."]}}
    async with make_async_client(replies(json_response(422, body))) as client:
        with pytest.raises(nuweb.ValidationError) as info:
            await client.auth.login(email="a@example.com", password="wrong-pass")
    assert info.value.errors == {"email": ["These credentials do not match our records."]}


def test_422_without_the_errors_object_still_raises_validation_error() -> None:
    client = make_client(replies(json_response(422, {"message": "Nope."})))
    with client, pytest.raises(nuweb.ValidationError, match="Nope") as info:
        client.users.get(1)
    assert info.value.field_errors == () and info.value.errors == {}


def test_get_is_retried_on_429_honouring_retry_after() -> None:
    recorder = replies(
        json_response(429, {"message": "Too Many Attempts."}, {"Retry-After": "3"}),
        json_response(200, document(1)),
    )
    with make_client(recorder, rate_limit=0) as client:
        sleeps = SleepRecorder()
        client._sleep = sleeps
        user = client.users.get(1)

    assert user.id == 1
    assert sleeps.calls == [3.0]
    assert [r.method for r in recorder.requests] == ["GET", "GET"]


def test_get_gives_up_with_rate_limit_error_after_max_retries() -> None:
    recorder = replies(json_response(429, {"message": "Too Many Attempts."}, {"Retry-After": "1"}))
    with make_client(recorder, rate_limit=0, max_retries=1) as client:
        sleeps = SleepRecorder()
        client._sleep = sleeps
        with pytest.raises(nuweb.RateLimitError) as info:
            client.users.get(1)
    assert info.value.retry_after == 1.0 and sleeps.calls == [1.0] and len(recorder.requests) == 2


@pytest.mark.parametrize(
    ("call", "method"),
    [
        (lambda c: c.users.create(name="Ada", email="ada@example.com"), "POST"),
        (lambda c: c.users.update(3, name="Ada"), "POST"),
        (lambda c: c.users.restore(3), "POST"),
    ],
)
def test_post_is_not_retried_on_503(call: Any, method: str) -> None:
    recorder = replies(json_response(503, {"message": "Down for maintenance."}), json_response(200, document(1)))
    with make_client(recorder) as client:
        sleeps = SleepRecorder()
        client._sleep = sleeps
        with pytest.raises(nuweb.InternalServerError, match="Down for maintenance"):
            call(client)

    assert [r.method for r in recorder.requests] == [method]
    assert sleeps.calls == []


def test_suspend_is_a_delete_and_is_retried_on_503() -> None:
    recorder = replies(json_response(503, {"message": "Down."}), json_response(200, {"message": "ok"}))
    with make_client(recorder) as client:
        client._sleep = SleepRecorder()
        assert client.users.suspend(3).message == "ok"
    assert [r.method for r in recorder.requests] == ["DELETE", "DELETE"]


def test_status_errors_map_to_the_tree() -> None:
    client = make_client(replies(json_response(404, {"message": "No query results for model [User]."})))
    with client, pytest.raises(nuweb.NotFoundError, match=r"No query results"):
        client.users.get(999)
    client = make_client(replies(json_response(403, {"message": "This action is unauthorized."})))
    with client, pytest.raises(nuweb.PermissionDeniedError):
        client.users.suspend(1)
    assert issubclass(nuweb.ValidationError, nuweb.APIError) and issubclass(nuweb.NuWebError, SDKError)


def test_missing_token_names_the_environment_variable() -> None:
    with pytest.raises(nuweb.ConfigurationError, match="NUWEB_TOKEN"):
        nuweb.NuWeb(company_id=COMPANY_ID)
    with pytest.raises(nuweb.ConfigurationError, match="NUWEB_TOKEN"):
        nuweb.AsyncNuWeb(company_id=COMPANY_ID)


def test_missing_or_bad_company_id_names_the_environment_variable() -> None:
    with pytest.raises(nuweb.ConfigurationError, match="NUWEB_COMPANY_ID"):
        nuweb.NuWeb(TOKEN)
    with pytest.raises(nuweb.ConfigurationError, match="NUWEB_COMPANY_ID"):
        nuweb.NuWeb(TOKEN, company_id="acme")
    with pytest.raises(nuweb.ConfigurationError, match="NUWEB_COMPANY_ID"):
        nuweb.NuWeb(TOKEN, company_id=0)


def test_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NUWEB_TOKEN", TOKEN)
    monkeypatch.setenv("NUWEB_COMPANY_ID", "77")
    monkeypatch.setenv("NUWEB_BASE_URL", BASE_URL)
    recorder = replies(json_response(200, document(1)))
    with nuweb.NuWeb(transport=httpx.MockTransport(recorder)) as client:
        client.users.get(1)
    request = recorder.requests[0]
    assert request.headers["x-nu-company-id"] == "77"
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert str(request.url).startswith(BASE_URL)


def test_other_configuration_mistakes() -> None:
    with pytest.raises(nuweb.ConfigurationError, match="plain http"):
        nuweb.NuWeb(TOKEN, company_id=1, base_url="http://api.nuwebgroup.com/v1")
    with pytest.raises(nuweb.ConfigurationError, match="rate_limit"):
        nuweb.NuWeb(TOKEN, company_id=1, rate_limit=-5)
    with pytest.raises(nuweb.ConfigurationError, match="language"):
        nuweb.NuWeb(TOKEN, company_id=1, language=" ")
