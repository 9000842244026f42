"""Safe requests are retried with backoff or the server's Retry-After; writes are never repeated once sent."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator

import httpx
import pytest

import cubicasa
from tests.overlay.fakes import ORDER_ID, USER_ID, FakeAPI, Handler, json_response, user_json

DRAFT = {"street": "1 Main St", "city": "Oulu", "country": "FI", "owner_email": "owner@example.com"}


def answers(*responses: httpx.Response | type[Exception]) -> Handler:
    """Answer each request with the next response (or raise the next exception); the last one repeats."""
    queue: Iterator[httpx.Response | type[Exception]] = iter(responses)
    last: list[httpx.Response | type[Exception]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        item = next(queue, None)
        if item is None:
            item = last[0]
        else:
            last[:] = [item]
        if isinstance(item, type):
            raise item("simulated", request=request)
        return httpx.Response(item.status_code, headers=item.headers, content=item.content)

    return handler


def ok_user() -> httpx.Response:
    return json_response(200, user_json(0))


def unavailable(headers: dict[str, str] | None = None) -> httpx.Response:
    return json_response(503, {"message": "try later"}, headers)


def limited(headers: dict[str, str] | None = None) -> httpx.Response:
    return json_response(429, {"message": "slow down"}, headers)


@pytest.mark.parametrize("failure", [unavailable(), limited(), json_response(500, {}), json_response(408, {})])
def test_get_is_retried_then_succeeds(failure: httpx.Response) -> None:
    api = FakeAPI(answers(failure, ok_user()))
    with api.client() as client:
        user = client.users.get_by_email("user0@example.com")
    assert user.email == "user0@example.com"
    assert len(api.requests) == 2
    assert len(api.sleeps) == 1
    assert 0.375 <= api.sleeps[0] <= 0.5  # initial 0.5 s, minus up to 25 % jitter


def test_retry_after_seconds_is_honoured() -> None:
    api = FakeAPI(answers(limited({"retry-after": "3"}), ok_user()))
    with api.client() as client:
        client.users.get_by_email("user0@example.com")
    assert api.sleeps == [3.0]


def test_retry_after_ms_is_honoured() -> None:
    api = FakeAPI(answers(unavailable({"retry-after-ms": "1500"}), ok_user()))
    with api.client() as client:
        client.users.get_by_email("user0@example.com")
    assert api.sleeps == [1.5]


def test_retry_after_http_date_is_honoured() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    api = FakeAPI(answers(unavailable({"retry-after": when}), ok_user()))
    with api.client() as client:
        client.users.get_by_email("user0@example.com")
    assert len(api.sleeps) == 1
    assert 25 <= api.sleeps[0] <= 30.5


def test_retry_after_in_the_past_means_no_wait() -> None:
    when = email.utils.formatdate(time.time() - 600, usegmt=True)
    api = FakeAPI(answers(unavailable({"retry-after": when}), ok_user()))
    with api.client() as client:
        client.users.get_by_email("user0@example.com")
    assert api.sleeps == [0.0]


def test_unreadable_retry_after_falls_back_to_backoff() -> None:
    api = FakeAPI(answers(unavailable({"retry-after": "soon-ish"}), ok_user()))
    with api.client() as client:
        client.users.get_by_email("user0@example.com")
    assert 0.375 <= api.sleeps[0] <= 0.5


def test_backoff_grows_exponentially_then_gives_up_with_the_last_error() -> None:
    api = FakeAPI(answers(unavailable({"x-request-id": "first"}), unavailable({"x-request-id": "last"})))
    with api.client(max_retries=5) as client, pytest.raises(cubicasa.InternalServerError) as info:
        client.users.get_by_email("user0@example.com")
    assert len(api.requests) == 6
    assert info.value.request_id == "last"
    bounds = [(0.375, 0.5), (0.75, 1.0), (1.5, 2.0), (3.0, 4.0), (6.0, 8.0)]
    assert len(api.sleeps) == len(bounds)
    for delay, (low, high) in zip(api.sleeps, bounds, strict=True):
        assert low <= delay <= high


def test_backoff_is_capped() -> None:
    api = FakeAPI(answers(unavailable()))
    with api.client(max_retries=8) as client, pytest.raises(cubicasa.InternalServerError):
        client.company.info()
    assert max(api.sleeps) <= 8.0
    assert len(api.requests) == 9


def test_default_is_two_retries() -> None:
    api = FakeAPI(answers(unavailable()))
    with api.client() as client, pytest.raises(cubicasa.InternalServerError):
        client.company.info()
    assert len(api.requests) == 3
    assert client.max_retries == 2


def test_with_options_max_retries_zero_disables_retries() -> None:
    api = FakeAPI(answers(unavailable(), ok_user()))
    with api.client() as client:
        with pytest.raises(cubicasa.InternalServerError):
            client.with_options(max_retries=0).users.get_by_email("user0@example.com")
        assert len(api.requests) == 1
        assert api.sleeps == []
        assert client.max_retries == 2  # the original keeps its policy


def test_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    api = FakeAPI(answers(limited({"retry-after": "120"}), ok_user()))
    with api.client() as client, pytest.raises(cubicasa.RateLimitError) as info:
        client.users.get_by_email("user0@example.com")
    assert len(api.requests) == 1
    assert api.sleeps == []
    assert info.value.retry_after == 120.0


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout])
def test_get_is_retried_after_read_errors(error: type[Exception]) -> None:
    api = FakeAPI(answers(error, ok_user()))
    with api.client() as client:
        client.users.get_by_email("user0@example.com")
    assert len(api.requests) == 2


def test_delete_is_retried_as_idempotent() -> None:
    api = FakeAPI(answers(unavailable(), json_response(200, {"message": "deleted"})))
    with api.client() as client:
        assert client.users.delete(USER_ID).message == "deleted"
    assert [r.method for r in api.requests] == ["DELETE", "DELETE"]


# --- writes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("failure", [unavailable(), limited({"retry-after": "1"}), json_response(500, {})])
def test_post_is_not_retried_on_error_status(failure: httpx.Response) -> None:
    api = FakeAPI(answers(failure, json_response(200, {"id": USER_ID, "email": "new@example.com"})))
    with api.client(max_retries=5) as client, pytest.raises(cubicasa.APIStatusError):
        client.users.create(email="new@example.com")
    assert len(api.requests) == 1
    assert api.sleeps == []


def test_patch_is_not_retried_on_error_status() -> None:
    api = FakeAPI(answers(unavailable(), ok_user()))
    with api.client(max_retries=5) as client, pytest.raises(cubicasa.InternalServerError):
        client.users.update(USER_ID, name="Tim")
    assert [r.method for r in api.requests] == ["PATCH"]


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.WriteError])
def test_post_is_not_retried_after_it_may_have_been_sent(error: type[Exception]) -> None:
    api = FakeAPI(answers(error, json_response(200, {"id": ORDER_ID, "info": {"status": "Draft"}})))
    with api.client(max_retries=5) as client, pytest.raises(cubicasa.APIConnectionError):
        client.drafts.create(**DRAFT)
    assert len(api.requests) == 1


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout])
def test_post_is_retried_when_it_never_left(error: type[Exception]) -> None:
    api = FakeAPI(answers(error, json_response(200, {"id": USER_ID, "email": "new@example.com"})))
    with api.client() as client:
        created = client.users.create(email="new@example.com")
    assert created.email == "new@example.com"
    assert len(api.requests) == 2
    assert api.requests[0].content == api.requests[1].content


def test_draft_create_sends_an_idempotency_key() -> None:
    api = FakeAPI(lambda r: json_response(200, {"id": ORDER_ID, "info": {"status": "Draft"}}))
    with api.client() as client:
        client.drafts.create(**DRAFT)
        client.drafts.create(**DRAFT)
        client.drafts.create(idempotency_key="my-key-123", **DRAFT)
    keys = [r.headers.get("idempotency-key") for r in api.requests]
    assert keys[0] and keys[1]
    assert keys[0] != keys[1]  # a fresh key per call
    assert keys[2] == "my-key-123"


def test_retried_post_keeps_its_idempotency_key() -> None:
    api = FakeAPI(answers(httpx.ConnectError, json_response(200, {"id": ORDER_ID, "info": {"status": "Draft"}})))
    with api.client() as client:
        client.drafts.create(**DRAFT)
    first, second = (r.headers["idempotency-key"] for r in api.requests)
    assert first == second


# --- async ----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_retries_get_with_retry_after() -> None:
    api = FakeAPI(answers(limited({"retry-after": "2"}), ok_user()))
    async with api.async_client() as aclient:
        user = await aclient.users.get_by_email("user0@example.com")
    assert user.email == "user0@example.com"
    assert api.sleeps == [2.0]


@pytest.mark.anyio
async def test_async_post_not_retried() -> None:
    api = FakeAPI(answers(unavailable(), ok_user()))
    async with api.async_client() as aclient:
        with pytest.raises(cubicasa.InternalServerError):
            await aclient.users.create(email="new@example.com")
    assert len(api.requests) == 1


@pytest.mark.anyio
async def test_async_gives_up_after_max_retries() -> None:
    api = FakeAPI(answers(httpx.ReadTimeout))
    async with api.async_client(max_retries=3) as aclient:
        with pytest.raises(cubicasa.APITimeoutError):
            await aclient.company.info()
    assert len(api.requests) == 4
    assert len(api.sleeps) == 3
