"""Error answers become typed exceptions with useful messages; no answer becomes a connection error."""

from __future__ import annotations

import httpx
import pytest

import cubicasa
from tests.overlay.fakes import FakeAPI, json_response, order_json, page, user_json

VALIDATION_BODY = {
    "validation_error": {
        "body_params": [
            {"loc": ["street"], "msg": "field required"},
            {"loc": ["order_preferences", "style_2d"], "msg": "not a valid choice"},
        ]
    }
}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, cubicasa.BadRequestError),
        (401, cubicasa.AuthenticationError),
        (403, cubicasa.PermissionDeniedError),
        (404, cubicasa.NotFoundError),
        (409, cubicasa.ConflictError),
        (422, cubicasa.UnprocessableEntityError),
        (429, cubicasa.RateLimitError),
        (500, cubicasa.InternalServerError),
        (503, cubicasa.InternalServerError),
        (418, cubicasa.APIStatusError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[cubicasa.APIStatusError]) -> None:
    api = FakeAPI(lambda r: json_response(status, {"message": "nope"}, {"x-request-id": "req-123"}))
    with api.client(max_retries=0) as client, pytest.raises(cubicasa.APIStatusError) as info:
        client.users.get_by_email("tim@example.com")
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, cubicasa.CubiCasaError)
    assert exc.status_code == status
    assert exc.request_id == "req-123"
    assert exc.body == {"message": "nope"}
    message = str(exc)
    assert str(status) in message
    assert "from GET /api/integrate/v3/users/tim" in message
    assert "nope" in message
    assert "req-123" in message
    assert len(api.requests) == 1


def test_validation_error_lists_each_field() -> None:
    api = FakeAPI(lambda r: json_response(400, VALIDATION_BODY))
    with api.client() as client, pytest.raises(cubicasa.BadRequestError) as info:
        client.drafts.create(street="1 Main St", city="Oulu", country="FI", owner_email="a@example.com")
    exc = info.value
    assert [str(e) for e in exc.field_errors] == [
        "body.street: field required",
        "body.order_preferences.style_2d: not a valid choice",
    ]
    assert exc.field_errors[0].field == "body.street"
    assert exc.field_errors[0].location == ("body", "street")
    assert "body.street: field required" in str(exc)
    assert "POST /api/integrate/v3/orders/draft" in str(exc)


def test_error_without_json_body_still_typed() -> None:
    api = FakeAPI(lambda r: httpx.Response(502, text="<html>Bad gateway</html>"))
    with api.client(max_retries=0) as client, pytest.raises(cubicasa.InternalServerError) as info:
        client.company.info()
    assert info.value.body == "<html>Bad gateway</html>"
    assert "502" in str(info.value)


def test_long_error_body_is_truncated_in_message() -> None:
    api = FakeAPI(lambda r: httpx.Response(500, text="x" * 10_000))
    with api.client(max_retries=0) as client, pytest.raises(cubicasa.InternalServerError) as info:
        client.company.info()
    assert len(str(info.value)) < 500


def test_rate_limit_error_exposes_retry_after() -> None:
    api = FakeAPI(lambda r: json_response(429, {"message": "slow down"}, {"retry-after": "7"}))
    with api.client(max_retries=0) as client, pytest.raises(cubicasa.RateLimitError) as info:
        client.company.info()
    assert info.value.retry_after == 7.0


def test_connection_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    api = FakeAPI(refuse)
    with api.client(max_retries=0) as client, pytest.raises(cubicasa.APIConnectionError) as info:
        client.company.info()
    assert not isinstance(info.value, cubicasa.APITimeoutError)
    assert "GET /api/integrate/v3/companies/info failed: ConnectError" in str(info.value)
    assert info.value.request is not None


@pytest.mark.parametrize("error", [httpx.ReadTimeout, httpx.ConnectTimeout, httpx.WriteTimeout, httpx.PoolTimeout])
def test_timeout_error(error: type[httpx.TimeoutException]) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise error("timed out", request=request)

    api = FakeAPI(slow)
    with api.client(max_retries=0) as client, pytest.raises(cubicasa.APITimeoutError) as info:
        client.company.info()
    assert isinstance(info.value, cubicasa.APIConnectionError)
    assert "timed out" in str(info.value)


@pytest.mark.anyio
async def test_async_errors_are_the_same_classes() -> None:
    api = FakeAPI(lambda r: json_response(404, {"message": "no such order"}, {"x-request-id": "r-9"}))
    async with api.async_client() as aclient:
        with pytest.raises(cubicasa.NotFoundError) as info:
            await aclient.orders.get("312babc6-e742-4d54-ac49-e0f7b16ec15a")
    assert info.value.request_id == "r-9"
    assert "no such order" in str(info.value)


# --- malformed success answers --------------------------------------------------------------------


def test_missing_required_field_names_it() -> None:
    bad_user = user_json(0)
    del bad_user["role"]
    api = FakeAPI(lambda r: json_response(200, page([user_json(1), bad_user], has_more=False)))
    with api.client() as client, pytest.raises(cubicasa.ResponseValidationError) as info:
        list(client.users.list())
    assert info.value.field == "User.role"
    assert "User.role" in str(info.value)
    assert "'role'" in str(info.value)


def test_wrong_type_names_the_field() -> None:
    api = FakeAPI(lambda r: json_response(200, user_json(0, id=42)))
    with api.client() as client, pytest.raises(cubicasa.ResponseValidationError) as info:
        client.users.get_by_email("user0@example.com")
    assert info.value.field == "User.id"


def test_invalid_json_body() -> None:
    api = FakeAPI(lambda r: httpx.Response(200, text="{not json", headers={"content-type": "application/json"}))
    with api.client() as client, pytest.raises(cubicasa.ResponseValidationError, match="not valid JSON"):
        client.company.info()


def test_body_of_the_wrong_shape() -> None:
    api = FakeAPI(lambda r: json_response(200, ["not", "an", "object"]))
    with api.client() as client, pytest.raises(cubicasa.ResponseValidationError):
        client.users.get_by_email("user0@example.com")


def test_unknown_enum_value_is_kept_and_visible() -> None:
    api = FakeAPI(lambda r: json_response(200, user_json(0, role="Owner", brand_new_field={"x": 1})))
    with api.client() as client:
        user = client.users.get_by_email("user0@example.com")
    assert user.role.is_known is False
    assert str(user.role) == "Owner"
    assert user.role == "Owner"
    assert user.to_dict()["role"] == "Owner"
    assert user["brand_new_field"] == {"x": 1}  # unknown fields are kept too
    known = cubicasa.models.Role("Manager")
    assert known.is_known is True


def test_unknown_order_status_is_kept() -> None:
    api = FakeAPI(lambda r: json_response(200, order_json(0, status="Archived")))
    with api.client() as client:
        order = client.orders.get("312babc6-e742-4d54-ac49-e0f7b16ec15a")
    assert order.info.status.is_known is False
    assert order.info.status.value == "Archived"
