"""Engine behaviour over real loopback HTTP: routing, auth, validation, faults,
idempotency, webhooks and strict response self-validation.

Most tests use the CubiCasa module (the first API); ``TestGenericEngine`` runs
a tiny bearer-auth spec written in the test to prove the engine has nothing
CubiCasa-specific in it.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

import clientkit_mocks as mocks
from clientkit_mocks.engine.api import Access, Handler, MockApi, MockRequest, MockResponse
from clientkit_mocks.engine.factory import create_app, load_api, spec_for
from clientkit_mocks.engine.server import serve
from clientkit_mocks.engine.spec import SecurityScheme

HTTP = httpx.Client(verify=False, timeout=10)  # one client: building an SSL context per call costs ~0.1 s
DRAFT = {
    "street": "615 Bourbon St",
    "city": "New Orleans",
    "country": "United States",
    "owner_email": "linus@computer.com",
}


# -- routing --------------------------------------------------------------------------------------


def test_spec_index_has_all_operations_and_literal_routes_first() -> None:
    spec = spec_for(load_api("cubicasa"))
    assert len(spec.operations) == 27
    app = create_app("cubicasa")
    templates = [route.template for route in app.operations]
    assert templates.index("/orders/draft") < templates.index("/orders/{id}")
    assert templates.index("/orders/draft/{order_id}") < templates.index("/orders/{id}/combined-pdf")


def test_concrete_path_wins_over_template(client: httpx.Client) -> None:
    # GET /orders/draft must hit the /orders/draft route (POST only), not get_order with id="draft".
    response = client.get("/orders/draft")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"


def test_ambiguous_templates_route_to_the_one_declaring_the_method(client: httpx.Client) -> None:
    # /orders/draft/{order_id} (PATCH, DELETE) and /orders/{order_id}/post-purchase (POST) both match this
    # path: POST belongs to upgrade_order, whose order id "draft" is not a UUID (400, not 405).
    response = client.post("/orders/draft/post-purchase", json={"package_type": None, "add_ons": []})
    assert response.status_code == 400, response.text
    assert "order_id" in response.text
    assert client.put("/orders/draft/post-purchase").headers["allow"] == "DELETE, PATCH"  # nobody declares PUT


def test_undeclared_method_is_405_with_allow(client: httpx.Client) -> None:
    response = client.put("/users")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    assert "not allowed" in response.json()["message"]
    assert client.request("TRACE", "/companies/webhook").headers["allow"] == "DELETE, PATCH"


def test_unknown_path_is_json_404(client: httpx.Client) -> None:
    response = client.get("/nope/nothing")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert "No route" in response.json()["message"]
    assert client.get("/users/").status_code == 404  # empty path parameter never matches


def test_encoded_slash_stays_inside_path_parameter(client: httpx.Client) -> None:
    response = client.get("/users/a%2Fb@example.com")
    assert response.status_code == 404
    assert "a/b@example.com" in response.json()["message"]


# -- security -------------------------------------------------------------------------------------


def test_missing_key_is_401(base_url: str, client: httpx.Client) -> None:
    response = HTTP.get(f"{base_url}/users")
    assert response.status_code == 401
    assert response.json() == {"message": "Missing credentials."}


def test_bad_key_is_401(base_url: str, client: httpx.Client) -> None:
    response = HTTP.get(f"{base_url}/users", headers={"api-key": "wrong"})
    assert response.status_code == 401
    assert response.json() == {"message": "Invalid credentials."}


def test_readonly_key_reads_but_cannot_write(base_url: str, client: httpx.Client) -> None:
    headers = {"api-key": "readonly-key"}
    assert HTTP.get(f"{base_url}/users", headers=headers).status_code == 200
    response = HTTP.post(f"{base_url}/offices", headers=headers, json={"name": "Espoo"})
    assert response.status_code == 403
    assert "read-only" in response.json()["message"]
    assert client.get("/offices", params={"limit": 100}).json()["pagination"]["has_more"] is False
    assert all(o["name"] != "Espoo" for o in client.get("/offices", params={"limit": 100}).json()["items"])


def test_api_key_option_replaces_demo_key() -> None:
    with mocks.running("cubicasa", api_key="s3cret") as url:
        assert HTTP.get(f"{url}/users", headers={"api-key": "demo-key"}).status_code == 401
        assert HTTP.get(f"{url}/users", headers={"api-key": "s3cret"}).status_code == 200


def test_auth_is_checked_before_validation(base_url: str, client: httpx.Client) -> None:
    assert HTTP.get(f"{base_url}/users", params={"limit": "x"}).status_code == 401


# -- request validation ---------------------------------------------------------------------------


def test_query_type_error_in_cubicasa_shape(client: httpx.Client) -> None:
    response = client.get("/users", params={"limit": "abc"})
    assert response.status_code == 400
    assert response.json() == {
        "validation_error": {
            "query_params": [{"loc": ["limit"], "msg": "value is not a valid integer", "type": "type_error.integer"}]
        }
    }


def test_query_minimum_and_repeated_scalar_and_unknown_parameter(client: httpx.Client) -> None:
    assert client.get("/users", params={"limit": 0}).json()["validation_error"]["query_params"][0]["loc"] == ["limit"]
    repeated = client.get("/users?limit=5&limit=6")
    assert repeated.status_code == 400
    assert repeated.json()["validation_error"]["query_params"][0]["msg"] == "only one value allowed"
    unknown = client.get("/users", params={"limt": 5})
    assert unknown.status_code == 400
    assert unknown.json()["validation_error"]["query_params"][0]["loc"] == ["limt"]


def test_array_query_parameter_repeated_keys_and_enum_items(client: httpx.Client) -> None:
    ok = client.get("/orders", params=[("status", "Pending"), ("status", "Ready"), ("limit", 100)])
    assert ok.status_code == 200
    assert {o["info"]["status"] for o in ok.json()["items"]} == {"Pending", "Ready"}
    bad = client.get("/orders", params=[("status", "Pending"), ("status", "Lost")])
    assert bad.status_code == 400
    assert bad.json()["validation_error"]["query_params"][0]["loc"] == ["status", 1]


def test_path_format_and_body_errors(client: httpx.Client) -> None:
    path = client.get("/orders/not-a-uuid")
    assert path.status_code == 400
    assert path.json()["validation_error"]["path_params"][0]["loc"] == ["id"]
    body = client.post("/orders/draft", json={"street": "1 Main St", "info": 5})
    assert body.status_code == 400
    errors = body.json()["validation_error"]["body_params"]
    assert {"loc": ["info"], "msg": "str type expected", "type": "type_error.string"} in errors
    assert {"loc": ["city"], "msg": "field required", "type": "value_error.missing"} in errors
    email = client.post("/users", json={"email": "not-an-email"})
    assert email.status_code == 400
    assert email.json()["validation_error"]["body_params"][0]["loc"] == ["email"]


def test_malformed_json_and_wrong_content_type_are_400(client: httpx.Client) -> None:
    for content, content_type in (
        (b'{"street": ', "application/json"),
        (b"NaN", "application/json"),
        (b"\xff\xfe", "application/json"),
        (b"street=x", "application/x-www-form-urlencoded"),
        (b'{"street": "x"}', "text/plain"),
        (b'{"street": "x"}', ""),
    ):
        headers = {"content-type": content_type} if content_type else {}
        response = client.post("/orders/draft", content=content, headers=headers)
        assert response.status_code == 400, (content, content_type, response.text)
        assert "body_params" in response.json()["validation_error"]


def test_missing_required_body_is_400(client: httpx.Client) -> None:
    response = client.post("/offices")
    assert response.status_code == 400
    assert response.json()["validation_error"]["body_params"][0]["msg"] == "field required"


# -- idempotency and write counting --------------------------------------------------------------


def test_idempotency_key_replays_instead_of_executing_twice(client: httpx.Client) -> None:
    headers = {"Idempotency-Key": "order-42"}
    first = client.post("/orders/draft", json=DRAFT, headers=headers)
    second = client.post("/orders/draft", json=DRAFT, headers=headers)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json()
    stats = client.get("/__mock__/stats").json()
    assert stats["writes"] == {"POST /orders/draft order-42": 1}
    assert stats["idempotent_replays"] == 1
    assert stats["duplicate_writes"] == []
    other = client.post("/orders/draft", json=DRAFT, headers={"Idempotency-Key": "order-43"})
    assert other.json()["id"] != first.json()["id"]


def test_idempotency_key_reused_with_another_body_is_refused_not_executed(client: httpx.Client) -> None:
    """CubiCasa documents no 422 for these operations, so the refusal is its documented 400."""
    headers = {"Idempotency-Key": "order-44"}
    first = client.post("/orders/draft", json=DRAFT, headers=headers)
    reused = client.post("/orders/draft", json={**DRAFT, "city": "Oulu"}, headers=headers)
    assert reused.status_code == 400
    assert "Idempotency-Key 'order-44' was already used" in reused.json()["message"]
    retry = client.post("/orders/draft", json=DRAFT, headers=headers)
    assert retry.json() == first.json()
    stats = client.get("/__mock__/stats").json()
    assert stats["writes"] == {"POST /orders/draft order-44": 1}
    assert (stats["idempotent_replays"], stats["idempotency_key_reuses"]) == (1, 1)
    client.post("/__mock__/reset").raise_for_status()  # forgets the keys
    assert client.post("/orders/draft", json={**DRAFT, "city": "Oulu"}, headers=headers).status_code == 200


def test_writes_without_key_are_counted_by_body(client: httpx.Client) -> None:
    client.post("/orders/draft", json=DRAFT)
    client.post("/orders/draft", json=DRAFT)
    stats = client.get("/__mock__/stats").json()
    assert list(stats["writes"].values()) == [2]
    assert len(stats["duplicate_writes"]) == 1


# -- faults ---------------------------------------------------------------------------------------


def test_fault_503_and_500_use_the_error_shape(client: httpx.Client) -> None:
    for status in (503, 500):
        response = client.get("/users", headers={"x-mock-fault": str(status)})
        assert response.status_code == status
        assert "injected" in response.json()["message"]
    assert client.get("/users", headers={"x-mock-fault": "503"}).headers["retry-after"] == "1"


def test_fault_429_has_retry_after(client: httpx.Client) -> None:
    response = client.get("/users", headers={"x-mock-fault": "429"})
    assert response.status_code == 429
    assert response.headers["retry-after"] == "1"


def test_fault_before_handler_does_not_write(client: httpx.Client) -> None:
    for fault in ("503", "429", "500"):
        assert client.post(
            "/offices", json={"name": f"Office {fault}"}, headers={"x-mock-fault": fault}
        ).status_code == int(fault)
    assert client.get("/__mock__/stats").json()["writes"] == {}


def test_fault_drop_closes_connection_without_answer_after_writing(client: httpx.Client) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/offices", json={"name": "Dropped"}, headers={"x-mock-fault": "drop"})
    stats = client.get("/__mock__/stats").json()
    assert stats["faults"] == {"drop": 1}
    assert list(stats["writes"].values()) == [1]  # the write happened; only the answer was lost
    names = [o["name"] for o in client.get("/offices").json()["items"]]
    assert "Dropped" in names


def _raw_exchange(base_url: str, request: bytes) -> bytes:
    host, port = base_url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize("fault", ["drop", "truncate"])
def test_drop_and_truncate_cut_the_connection_without_an_error(
    base_url: str, client: httpx.Client, fault: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The server's close extension cuts the line: no exception, nothing in the server's error log."""
    request = f"GET /users?limit=2 HTTP/1.1\r\nHost: x\r\napi-key: demo-key\r\nx-mock-fault: {fault}\r\n\r\n"
    with caplog.at_level(logging.DEBUG, logger="uvicorn.error"):
        answer = _raw_exchange(base_url, request.encode())
    if fault == "drop":
        assert answer == b""
    else:
        head, _, body = answer.partition(b"\r\n\r\n")
        headers = dict(line.split(b": ", 1) for line in head.split(b"\r\n")[1:])
        declared = int(headers[b"content-length"])
        assert head.startswith(b"HTTP/1.1 200 ")
        assert 0 < len(body) == declared // 2
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_drop_under_a_server_without_the_close_extension_is_a_500() -> None:
    """Plain uvicorn (h11) offers no way to cut the line: the fault raises and that server answers 500."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(create_app("cubicasa"), http="h11", log_level="critical", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.01)
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        answer = HTTP.get(f"{url}/users", headers={"api-key": "demo-key", "x-mock-fault": "drop"})
        assert answer.status_code == 500
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def test_fault_truncate_cuts_the_body(client: httpx.Client) -> None:
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        client.get("/users", headers={"x-mock-fault": "truncate"})
    assert client.get("/users").status_code == 200  # the server itself is fine


def test_fault_stall_outlasts_client_timeout(base_url: str, client: httpx.Client) -> None:
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        client.get("/users", headers={"x-mock-fault": "stall"}, timeout=0.3)
    assert time.monotonic() - started < 2
    assert client.get("/users").status_code == 200


def test_fault_stall_answers_eventually() -> None:
    with mocks.running("cubicasa", stall_s=0.3) as url:
        started = time.monotonic()
        response = HTTP.get(f"{url}/users", headers={"api-key": "demo-key", "x-mock-fault": "stall"}, timeout=5)
        assert response.status_code == 200
        assert time.monotonic() - started >= 0.3


def test_unknown_fault_name_is_rejected(client: httpx.Client) -> None:
    assert client.get("/users", headers={"x-mock-fault": "meteor"}).status_code == 400


def test_control_endpoints_are_never_faulted() -> None:
    with mocks.running("cubicasa", fault_rate=1.0, faults=["503"]) as url:
        assert HTTP.get(f"{url}/__mock__/stats").status_code == 200
        assert HTTP.get(f"{url}/users", headers={"api-key": "demo-key"}).status_code == 503


def _fault_sequence(seed: int) -> list[int | str]:
    seen: list[int | str] = []
    running = mocks.running("cubicasa", fault_rate=0.5, faults=["503", "429", "drop"], seed=seed)
    with running as url, httpx.Client(base_url=url, headers={"api-key": "demo-key"}, verify=False) as http:
        for _ in range(30):
            try:
                seen.append(http.get("/users", params={"limit": 1}).status_code)
            except httpx.RemoteProtocolError:
                seen.append("drop")
    return seen


def test_fault_rate_is_seeded_and_reproducible() -> None:
    first, again, other = _fault_sequence(7), _fault_sequence(7), _fault_sequence(8)
    assert first == again
    assert first != other
    assert {200, 503, 429, "drop"} <= set(first)


def test_latency_is_applied_without_blocking_other_requests() -> None:
    async def burst(url: str) -> float:
        async with httpx.AsyncClient(base_url=url, headers={"api-key": "demo-key"}, verify=False) as http:
            started = time.monotonic()
            responses = await asyncio.gather(*(http.get("/users", params={"limit": 1}) for _ in range(8)))
            assert all(r.status_code == 200 for r in responses)
            return time.monotonic() - started

    with mocks.running("cubicasa", latency_ms=200) as url:
        elapsed = asyncio.run(burst(url))
    assert 0.2 <= elapsed < 1.2  # 8 x 200 ms would be 1.6 s if latency blocked the loop


# -- webhooks -------------------------------------------------------------------------------------


def test_webhook_delivered_after_a_failed_first_try(
    client: httpx.Client, receiver_factory: Callable[[int], Any], deliveries: Callable[[int], list[dict[str, Any]]]
) -> None:
    receiver = receiver_factory(1)
    config = {"webhook_urls": [receiver.url], "webhook_triggers": ["moved_to_draft"]}
    assert client.patch("/companies/webhook", json=config).json() == config
    order = client.post("/orders/draft", json=DRAFT).json()
    [delivery] = deliveries(1)
    assert delivery["delivered"] is True
    assert [a["status"] for a in delivery["attempts"]] == [500, 200]
    assert (
        receiver.calls
        == [
            {
                "id": order["id"],
                "current_status": "Draft",
                "model_id": delivery["body"]["model_id"],
                "product_type": "products_2d",
                "delivery_type": "new",
            }
        ]
        * 2
    )


def test_webhook_gives_up_after_three_tries(
    client: httpx.Client, receiver_factory: Callable[[int], Any], deliveries: Callable[[int], list[dict[str, Any]]]
) -> None:
    receiver = receiver_factory(99)
    client.patch("/companies/webhook", json={"webhook_urls": [receiver.url], "webhook_triggers": ["moved_to_draft"]})
    client.post("/orders/draft", json=DRAFT)
    [delivery] = deliveries(1)
    assert delivery["delivered"] is False
    assert len(delivery["attempts"]) == 3
    time.sleep(0.5)
    assert len(receiver.calls) == 3


def test_webhook_to_unreachable_and_foreign_hosts(
    client: httpx.Client, deliveries: Callable[[int], list[dict[str, Any]]]
) -> None:
    urls = ["http://127.0.0.1:9/closed", "https://example.com/hook"]
    client.patch("/companies/webhook", json={"webhook_urls": urls, "webhook_triggers": ["moved_to_draft"]})
    client.post("/orders/draft", json=DRAFT)
    closed, foreign = deliveries(2)
    assert closed["delivered"] is False and len(closed["attempts"]) == 3
    assert all(a["error"] for a in closed["attempts"])
    assert foreign["skipped"] and foreign["attempts"] == []


# -- strict response self-validation --------------------------------------------------------------


def _broken_list_users(req: MockRequest) -> Any:
    return {"pagination": {"has_more": "maybe"}, "items": [{"id": "nope", "role": "Boss"}]}


@pytest.fixture()
def broken_app_url(request: pytest.FixtureRequest) -> Iterator[tuple[str, Any]]:
    strict: bool = request.param
    app = create_app("cubicasa", strict=strict)
    app.state.engine.replace_handler("list_users", _broken_list_users)
    with serve(app) as url:
        yield url, app


@pytest.mark.parametrize("broken_app_url", [True], indirect=True)
def test_strict_mode_turns_drift_into_500(broken_app_url: tuple[str, Any]) -> None:
    url, app = broken_app_url
    response = HTTP.get(f"{url}/users", headers={"api-key": "demo-key"})
    assert response.status_code == 500
    body = response.json()
    assert body["message"].startswith("Mock response drifted from the spec")
    assert any("has_more" in p for p in body["drift"])
    assert any("role" in p for p in body["drift"])
    [record] = app.state.drift
    assert record.operation_id == "list_users" and record.status == 200
    assert HTTP.get(f"{url}/__mock__/drift").json()[0]["operation_id"] == "list_users"
    assert HTTP.get(f"{url}/__mock__/stats").json()["drift"] == 1


@pytest.mark.parametrize("broken_app_url", [False], indirect=True)
def test_lenient_mode_logs_drift_and_passes_answer_through(
    broken_app_url: tuple[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    url, app = broken_app_url
    with caplog.at_level(logging.WARNING, logger="clientkit_mocks"):
        response = HTTP.get(f"{url}/users", headers={"api-key": "demo-key"})
    assert response.status_code == 200
    assert response.json()["pagination"]["has_more"] == "maybe"
    assert len(app.state.drift) == 1
    assert any("response drift" in r.getMessage() for r in caplog.records)


def test_undocumented_status_and_handler_crash_are_drift() -> None:
    app = create_app("cubicasa", strict=True)

    def teapot(req: MockRequest) -> MockResponse:
        return MockResponse(status=418, body={"message": "teapot"})

    def crash(req: MockRequest) -> Any:
        raise RuntimeError("boom")

    app.state.engine.replace_handler("get_company_info", teapot)
    app.state.engine.replace_handler("get_company_package", crash)
    with serve(app) as url:
        headers = {"api-key": "demo-key"}
        teapot_answer = HTTP.get(f"{url}/companies/info", headers=headers)
        assert teapot_answer.status_code == 500
        assert "status 418 is not documented" in teapot_answer.json()["message"]
        crashed = HTTP.get(f"{url}/companies/package", headers=headers)
        assert crashed.status_code == 500
        assert "RuntimeError: boom" in crashed.json()["message"]
    assert [r.operation_id for r in app.state.drift] == ["get_company_info", "get_company_package"]


def test_strict_flag_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_STRICT", "1")
    assert create_app("cubicasa").state.options.is_strict is True
    monkeypatch.setenv("MOCK_STRICT", "0")
    assert create_app("cubicasa").state.options.is_strict is False
    assert create_app("cubicasa", strict=True).state.options.is_strict is True


def test_reset_restores_seeded_state(client: httpx.Client) -> None:
    first_user = client.get("/users", params={"limit": 1}).json()["items"][0]
    assert client.delete(f"/users/{first_user['id']}").status_code == 200
    assert client.post("/__mock__/reset").json() == {"reset": True, "seed": 1}
    assert client.get("/users", params={"limit": 1}).json()["items"][0] == first_user
    assert client.get("/__mock__/stats").json()["requests"] == {"list_users": 1}


# -- the engine is generic ------------------------------------------------------------------------

TINY_SPEC = """
openapi: 3.1.0
info: {title: Tiny, version: "1"}
security: [{bearer: []}]
paths:
  /things:
    get:
      operationId: list_things
      security: [{bearer: []}]
      parameters:
        - {name: tag, in: query, style: form, explode: true, schema: {type: array, items: {type: string, enum: [a, b]}}}
        - {name: ids, in: query, style: form, explode: false, schema: {type: array, items: {type: integer}}}
        - {name: flag, in: query, schema: {type: boolean}}
        - {name: ratio, in: query, schema: {type: number, minimum: 0, maximum: 1}}
        - {name: x-trace, in: header, required: true, schema: {type: string, minLength: 2}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
        "400": {$ref: "#/components/responses/Error"}
        "401": {$ref: "#/components/responses/Error"}
    post:
      operationId: create_thing
      parameters:
        - {name: Idempotency-Key, in: header, schema: {type: string}}
      requestBody: {required: true, content: {application/json: {schema: {type: object}}}}
      responses:
        "201": {description: created, content: {application/json: {schema: {type: object}}}}
        "400": {$ref: "#/components/responses/Error"}
        "401": {$ref: "#/components/responses/Error"}
        "422": {$ref: "#/components/responses/Error"}
  /tree:
    get:
      operationId: get_tree
      security: []
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Node"}}}}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  responses:
    Error:
      description: error
      content: {application/json: {schema: {type: object, required: [error], properties: {error: {type: string}}}}}
  schemas:
    Node:
      type: object
      required: [name]
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: "#/components/schemas/Node"}}
"""


class TinyApi(MockApi):
    """A second API with a different auth scheme and error shape."""

    name = "tiny"

    def reset(self) -> None:
        self.depth = 3
        self.created = 0

    def handlers(self) -> Mapping[str, Handler]:
        return {"list_things": self.list_things, "create_thing": self.create_thing, "get_tree": self.get_tree}

    def authenticate(self, scheme: SecurityScheme, credential: str) -> Access | None:
        assert scheme.type == "http" and scheme.scheme == "bearer"
        return Access.WRITE if credential in ("tok", "tok2") else None

    def error_body(self, status: int, message: str) -> Any:
        return {"error": message}

    def validation_error_body(self, issues: Any) -> Any:
        return {"error": "; ".join(f"{'.'.join(map(str, i.loc))}: {i.msg}" for i in issues)}

    def list_things(self, req: MockRequest) -> Any:
        return {"query": req.query, "trace": req.headers["x-trace"]}

    def create_thing(self, req: MockRequest) -> MockResponse:
        self.created += 1
        return MockResponse(status=201, body={"number": self.created, **req.body})

    def get_tree(self, req: MockRequest) -> Any:
        node: dict[str, Any] = {"name": "leaf"}
        for level in range(self.depth):
            node = {"name": f"level{level}", "children": [node]}
        return node


@pytest.fixture()
def tiny_url(tmp_path: Path) -> Iterator[str]:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(TINY_SPEC)
    api = type("TinyOnDisk", (TinyApi,), {"spec_path": spec})
    with mocks.running(api) as url:
        yield url


class TestGenericEngine:
    def test_bearer_auth_and_own_error_shape(self, tiny_url: str) -> None:
        missing = HTTP.get(f"{tiny_url}/things", headers={"x-trace": "abc"})
        assert missing.status_code == 401
        assert missing.json() == {"error": "Missing credentials."}
        assert missing.headers["www-authenticate"] == "Bearer"
        wrong_scheme = HTTP.get(f"{tiny_url}/things", headers={"x-trace": "abc", "authorization": "Basic dG9r"})
        assert wrong_scheme.json() == {"error": "Invalid credentials."}

    def test_coercion_of_arrays_booleans_numbers_and_headers(self, tiny_url: str) -> None:
        headers = {"authorization": "Bearer tok", "x-trace": "abc"}
        response = HTTP.get(f"{tiny_url}/things?tag=a&tag=b&ids=1,2,3&flag=true&ratio=0.5", headers=headers)
        assert response.status_code == 200
        assert response.json() == {
            "query": {"tag": ["a", "b"], "ids": [1, 2, 3], "flag": True, "ratio": 0.5},
            "trace": "abc",
        }

    @pytest.mark.parametrize(
        ("query", "headers", "fragment"),
        [
            ("tag=c", {}, "query.tag.0"),
            ("ids=1,x", {}, "query.ids.1"),
            ("flag=yes", {}, "query.flag"),
            ("ratio=2", {}, "query.ratio"),
            ("", {"x-trace": "a"}, "header.x-trace"),
            ("", {"x-trace": None}, "header.x-trace: field required"),
        ],
    )
    def test_invalid_parameters(self, tiny_url: str, query: str, headers: dict[str, Any], fragment: str) -> None:
        sent = {"authorization": "Bearer tok", "x-trace": "abc", **headers}
        sent = {k: v for k, v in sent.items() if v is not None}
        response = HTTP.get(f"{tiny_url}/things?{query}", headers=sent)
        assert response.status_code == 400
        assert fragment in response.json()["error"]

    def test_anonymous_operation_and_recursive_schema(self, tiny_url: str) -> None:
        response = HTTP.get(f"{tiny_url}/tree")
        assert response.status_code == 200
        assert response.json()["children"][0]["children"][0]["name"] == "level0"
        assert HTTP.get(f"{tiny_url}/__mock__/drift").json() == []

    def test_idempotency_key_reuse_gets_422_where_documented_and_keys_are_per_credential(self, tiny_url: str) -> None:
        def create(token: str, body: bytes) -> httpx.Response:
            headers = {"authorization": f"Bearer {token}", "idempotency-key": "k-1", "content-type": "application/json"}
            return HTTP.post(f"{tiny_url}/things", content=body, headers=headers)

        assert create("tok", b'{"a": 1, "b": 2}').json() == {"number": 1, "a": 1, "b": 2}
        reused = create("tok", b'{"a": 2}')
        assert reused.status_code == 422
        assert "already used with a different request" in reused.json()["error"]
        assert create("tok2", b'{"a": 2}').json()["number"] == 2  # another credential: its own key
        replay = create("tok", b'{ "b": 2,\n  "a": 1 }')  # the same body, formatted differently
        assert (replay.status_code, replay.json()["number"]) == (201, 1)
        stats = HTTP.get(f"{tiny_url}/__mock__/stats").json()
        assert (stats["idempotent_replays"], stats["idempotency_key_reuses"]) == (1, 1)
        assert HTTP.get(f"{tiny_url}/__mock__/drift").json() == []
