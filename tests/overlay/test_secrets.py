"""The API key never shows: not in reprs, exception messages, tracebacks or DEBUG logs, whatever fails."""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
import traceback
from collections.abc import Callable

import httpx
import pytest

import cubicasa
from tests.overlay.fakes import API_KEY, ORDER_ID, FakeAPI, Handler, json_response, page, user_json


def echo_key(status: int) -> Handler:
    """A hostile server that puts the key it received into its error answer."""

    def handler(request: httpx.Request) -> httpx.Response:
        key = request.headers.get("api-key", "")
        body = {"message": f"bad key {key}", "detail": {"api-key": key}}
        return json_response(status, body, {"x-request-id": key, "www-authenticate": key})

    return handler


def raising(error: type[Exception], *, leak: bool = False) -> Handler:
    """A transport failure; with `leak`, one whose message (absurdly) quotes the credential header."""

    def handler(request: httpx.Request) -> httpx.Response:
        detail = f" while sending api-key={request.headers.get('api-key')}" if leak else ""
        raise error(f"simulated failure{detail}", request=request)

    return handler


def missing_field(request: httpx.Request) -> httpx.Response:
    return json_response(200, page([user_json(0, role=None, email=request.headers["api-key"])], has_more=False))


def stuck(request: httpx.Request) -> httpx.Response:
    return json_response(200, page([user_json(0)], has_more=True, next_offset=0))


ERROR_PATHS: list[tuple[str, Handler, Callable[[cubicasa.CubiCasa], object]]] = [
    *[
        (f"status {s}", echo_key(s), lambda c: c.users.get_by_email("a@example.com"))
        for s in (400, 401, 403, 404, 409, 418, 422, 429, 500, 503)
    ],
    ("post 503", echo_key(503), lambda c: c.users.create(email="a@example.com")),
    ("connect error", raising(httpx.ConnectError), lambda c: c.company.info()),
    ("read error", raising(httpx.ReadError), lambda c: c.company.info()),
    ("timeout", raising(httpx.ReadTimeout), lambda c: c.company.info()),
    ("bad body", missing_field, lambda c: list(c.users.list())),
    ("loop", stuck, lambda c: list(c.users.list())),
    ("pdf 404", echo_key(404), lambda c: c.orders.combined_pdf(ORDER_ID, os.path.join(tempfile.gettempdir(), "x.pdf"))),
]


def test_argument_errors_never_show_the_key() -> None:
    api = FakeAPI(stuck)
    with api.client() as client, pytest.raises(cubicasa.ArgumentError) as info:
        client.orders.get(API_KEY)  # the key pasted where an id belongs
    assert api.requests == []
    assert API_KEY not in str(info.value)


def test_configuration_errors_never_show_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUBICASA_API_KEY", f" {API_KEY} ")
    with pytest.raises(cubicasa.ConfigurationError) as config_info:
        cubicasa.CubiCasa()
    assert API_KEY not in str(config_info.value)


def test_transport_error_text_is_scrubbed_in_tracebacks_too() -> None:
    api = FakeAPI(raising(httpx.ReadError, leak=True))
    with api.client(max_retries=0) as client:
        try:
            client.company.info()
        except cubicasa.APIConnectionError as exc:
            assert API_KEY not in str(exc)
            text = traceback.format_exc()
    assert API_KEY not in text


def test_client_repr_hides_the_key() -> None:
    api = FakeAPI(stuck)
    with api.client() as client:
        for text in (repr(client), str(client), repr(client.with_options(timeout=3)), repr(client.__dict__)):
            assert API_KEY not in text
        assert "****" in repr(client)


@pytest.mark.parametrize(("name", "handler", "call"), ERROR_PATHS, ids=[p[0] for p in ERROR_PATHS])
def test_errors_never_show_the_key(
    name: str, handler: Handler, call: Callable[[cubicasa.CubiCasa], object], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="cubicasa")
    api = FakeAPI(handler)
    with api.client() as client:
        try:
            call(client)
        except cubicasa.CubiCasaError as exc:
            shown = [str(exc), repr(exc), traceback.format_exc(), repr(exc.args)]
        else:
            pytest.fail(f"{name}: no error raised")
    assert api.requests, "the request should have been sent"
    assert all(r.headers.get("api-key") == API_KEY for r in api.requests)
    for text in shown:
        assert API_KEY not in text
    assert caplog.records, "DEBUG logging should have recorded the requests"
    assert API_KEY not in caplog.text
    for record in caplog.records:
        assert API_KEY not in record.getMessage()


def test_debug_log_masks_the_credential_header(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cubicasa")
    api = FakeAPI(lambda r: json_response(200, user_json(0)))
    with api.client() as client:
        client.users.get_by_email("user0@example.com")
        # headers the caller passes are masked by name too
        client.company.info(extra_headers={"x-api-key": API_KEY})
    assert "request GET" in caplog.text
    assert "'x-api-key': '[REDACTED]'" in caplog.text
    assert API_KEY not in caplog.text


def test_even_a_careless_log_call_is_scrubbed(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cubicasa")
    FakeAPI(stuck).client().close()
    logging.getLogger("cubicasa").debug("the key is %s", API_KEY)
    assert API_KEY not in caplog.text
    assert "[REDACTED]" in caplog.text


def test_secret_object_hides_its_value() -> None:
    secret = cubicasa.Secret(API_KEY)
    assert API_KEY not in repr(secret)
    assert API_KEY not in str(secret)
    assert API_KEY not in f"{secret}"
    assert secret.reveal() == API_KEY
    with pytest.raises(TypeError):
        pickle.dumps(secret)


def test_the_sent_request_kept_on_errors_no_longer_holds_the_key() -> None:
    api = FakeAPI(lambda r: json_response(404, {"message": "nope"}))
    with api.client() as client, pytest.raises(cubicasa.NotFoundError) as info:
        client.orders.get(ORDER_ID)
    assert api.requests[0].headers["api-key"] == API_KEY  # it was sent...
    assert info.value.request is not None
    assert "api-key" not in info.value.request.headers  # ...but the error's copy no longer carries it
