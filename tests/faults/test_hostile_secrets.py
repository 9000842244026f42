"""Secrets against hostile servers: no password, key or token in any output, whatever the server does.

Every call that carries a password (CubiCasa `users.create` and `users.change_password`, NU Web
`users.create`, `users.update` and `auth.login`, Pulse `auth.login`) is sent to servers that echo the
request back in an error body, answer without end, drop the connection, drip past the deadline or
ask for an hour's wait. What the caller can see (the message, repr and traceback of the error, the
request it keeps, DEBUG logs of our loggers, httpx and httpcore, the client's repr) must not show
the password. `exc.body` / `exc.response.text` are the server's answer as received (documented).

Also here: credentials in a `base_url` are refused without being echoed, and header values that a
header cannot carry (CR, LF, NUL, non-ASCII, stray spaces) are refused before anything is sent,
naming the problem and never the value.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import cubicasa
import nuweb
import pulse_crm
from tests.faults.hostile import Connection, HostileServer, Request, endless, head

PASSWORD = "pw-Hostile-Echo-9f1c7e"
NEW_PASSWORD = "pw-Hostile-New-3d5b2a"
KEY = "ck-secrets-K3Y-7e2a91"
LOGGERS = ("cubicasa", "pulse_crm", "nuweb", "clientkit", "httpx", "httpcore")


# --- hostile answers ----------------------------------------------------------------------------------
def echo_json(status: int) -> Any:
    def handler(conn: Connection, request: Request) -> None:
        echoed = {"message": f"rejected: {request.body.decode('utf-8', 'replace')}", "headers": request.headers}
        conn.json(status, echoed)

    return handler


def echo_html(conn: Connection, request: Request) -> None:
    conn.answer(500, b"<html><pre>" + request.body + b"</pre></html>", {"content-type": "text/html"})


def echo_200(conn: Connection, request: Request) -> None:
    conn.json(200, {"unexpected": request.body.decode("utf-8", "replace")})


def endless_echo(conn: Connection, request: Request) -> None:
    conn.send(head(200, {"content-type": "application/json", "transfer-encoding": "chunked"}))
    conn.stream(endless(request.body * 100), chunked=True)


def drop(conn: Connection, request: Request) -> None:
    conn.send(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n" + request.body[:50])


def drip(conn: Connection, request: Request) -> None:
    conn.drip(b"HTTP/1.1 200 OK\r\nx-echo: " + request.body, 0.3)


def wait_an_hour(conn: Connection, request: Request) -> None:
    conn.json(429, {"message": request.body.decode("utf-8", "replace")}, {"retry-after": "3600"})


HOSTILE = [
    ("400-json-echo", echo_json(400)),
    ("422-json-echo", echo_json(422)),
    ("500-html-echo", echo_html),
    ("200-echo-wrong-shape", echo_200),
    ("endless-echo", endless_echo),
    ("dropped", drop),
    ("drip-past-deadline", drip),
    ("429-retry-after-3600", wait_an_hour),
]


# --- calls that carry a password ------------------------------------------------------------------------
Call = Callable[[Any], Any]
CALLS: list[tuple[str, str, Call]] = [
    ("cubicasa-users.create", "cubicasa", lambda c: c.users.create(email="a@example.com", password=PASSWORD)),
    (
        "cubicasa-users.change_password",
        "cubicasa",
        lambda c: c.users.change_password(email="a@example.com", old_password=PASSWORD, new_password=NEW_PASSWORD),
    ),
    ("nuweb-users.create", "nuweb", lambda c: c.users.create(name="A", email="a@example.com", password=PASSWORD)),
    ("nuweb-users.update", "nuweb", lambda c: c.users.update(1, password=PASSWORD)),
    ("nuweb-auth.login", "nuweb", lambda c: c.auth.login(email="a@example.com", password=PASSWORD)),
    ("pulse-auth.login", "pulse", lambda c: c.auth.login(email="a@example.com", password=PASSWORD)),
]


def make(api: str, url: str, flavour: str) -> Any:
    options: dict[str, Any] = {"base_url": url, "max_retries": 1, "timeout": 0.5}
    if api == "cubicasa":
        return (cubicasa.CubiCasa if flavour == "sync" else cubicasa.AsyncCubiCasa)(api_key=KEY, **options)
    if api == "nuweb":
        cls: Any = nuweb.NuWeb if flavour == "sync" else nuweb.AsyncNuWeb
        return cls(token=KEY, company_id=1, rate_limit=0, max_response_bytes=1 << 20, **options)
    cls = pulse_crm.PulseCRM if flavour == "sync" else pulse_crm.AsyncPulseCRM
    return cls(token=KEY, account_id="1", max_response_bytes=1 << 20, **options)


def run(client: Any, call: Call, flavour: str) -> BaseException:
    if flavour == "sync":
        with client:
            try:
                call(client)
            except Exception as exc:
                return exc
        raise AssertionError("the call succeeded against a hostile server")

    async def scenario() -> BaseException:
        async with client:
            try:
                await call(client)
            except Exception as exc:
                return exc
        raise AssertionError("the call succeeded against a hostile server")

    return asyncio.run(scenario())


def visible(exc: BaseException, client: Any) -> Iterator[tuple[str, str]]:
    """Everything a caller could print or log about a failed call, except the answer as received."""
    yield "str", str(exc)
    yield "repr", repr(exc)
    yield "traceback", "".join(traceback.format_exception(exc))
    yield "client repr", repr(client)
    request = getattr(exc, "request", None)
    if isinstance(request, httpx.Request):
        yield "request url", str(request.url)
        yield "request headers", repr(list(request.headers.raw))
        with contextlib.suppress(httpx.RequestNotRead):
            yield "request body", request.content.decode("utf-8", "replace")
    response = getattr(exc, "response", None)
    if isinstance(response, httpx.Response):
        yield "response.request body", response.request.content.decode("utf-8", "replace")
        yield "response.request headers", repr(list(response.request.headers.raw))
    cause = getattr(exc, "cause", None)
    if cause is not None:
        yield "cause", f"{cause!s} {cause!r}"


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("hostile", HOSTILE, ids=[h[0] for h in HOSTILE])
@pytest.mark.parametrize("case", CALLS, ids=[c[0] for c in CALLS])
def test_no_password_in_any_output(
    case: tuple[str, str, Call], hostile: tuple[str, Any], flavour: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    call_name, api, call = case
    hostile_name, handler = hostile
    with HostileServer(handler) as server:
        client = make(api, server.url, flavour)
        exc = run(client, call, flavour)
        assert server.requests, "nothing reached the server"
        assert PASSWORD.encode() in server.requests[0].body, "the hostile server never saw the password"
    base = {"cubicasa": cubicasa.CubiCasaError, "nuweb": nuweb.NuWebError, "pulse": pulse_crm.PulseCRMError}[api]
    assert isinstance(exc, base), f"{type(exc).__module__}.{type(exc).__name__}: {exc}"
    shown = list(visible(exc, client))
    shown += [("log", record.getMessage()) for record in debug_logs.records]
    shown += [("log traceback", record.exc_text or "") for record in debug_logs.records]
    for secret in (PASSWORD, NEW_PASSWORD, KEY):
        leaks = [where for where, text in shown if secret in text]
        assert not leaks, f"{call_name} vs {hostile_name}: {secret[:6]}... shows in {leaks}"


# --- credentials in a base_url --------------------------------------------------------------------------
URL_PASSWORD = "p4ss-in-URL-61b0"
BAD_BASE_URLS = [
    f"https://user:{URL_PASSWORD}@api.example.com/v3",
    f"https://{URL_PASSWORD}@api.example.com/v3",
    f"https://user:{URL_PASSWORD.replace('-', '%2D')}@api.example.com/v3",
    f"http://user:{URL_PASSWORD}@127.0.0.1:9/v3",
    f"https://api.example.com/v3?api_key={URL_PASSWORD}",
]
CONSTRUCTORS: list[tuple[str, Callable[..., Any]]] = [
    ("cubicasa-sync", lambda **kw: cubicasa.CubiCasa(api_key=KEY, **kw)),
    ("cubicasa-async", lambda **kw: cubicasa.AsyncCubiCasa(api_key=KEY, **kw)),
    ("pulse-sync", lambda **kw: pulse_crm.PulseCRM(token=KEY, **kw)),
    ("nuweb-async", lambda **kw: nuweb.AsyncNuWeb(token=KEY, company_id=1, **kw)),
]


@pytest.mark.parametrize("url", BAD_BASE_URLS)
@pytest.mark.parametrize(("name", "build"), CONSTRUCTORS, ids=[c[0] for c in CONSTRUCTORS])
def test_credentials_in_a_base_url_are_refused_without_echoing_them(
    name: str, build: Callable[..., Any], url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for how in ("argument", "environment", "http_client"):
        monkeypatch.delenv("CUBICASA_BASE_URL", raising=False)
        monkeypatch.delenv("PULSE_BASE_URL", raising=False)
        monkeypatch.delenv("NUWEB_BASE_URL", raising=False)
        kwargs: dict[str, Any] = {}
        if how == "argument":
            kwargs["base_url"] = url
        elif how == "environment":
            for variable in ("CUBICASA_BASE_URL", "PULSE_BASE_URL", "NUWEB_BASE_URL"):
                monkeypatch.setenv(variable, url)
        else:
            kwargs["http_client"] = (httpx.AsyncClient if "async" in name else httpx.Client)(base_url=url)
        with pytest.raises(ValueError) as caught:
            build(**kwargs)
        exc = caught.value
        assert isinstance(exc, cubicasa.ConfigurationError | pulse_crm.ConfigurationError | nuweb.ConfigurationError)
        assert "base_url" in str(exc), str(exc)
        text = str(exc) + repr(exc) + "".join(traceback.format_exception(exc))
        assert URL_PASSWORD not in text and URL_PASSWORD.replace("-", "%2D") not in text, (how, text)


def test_a_base_url_beside_an_http_client_with_credentials_does_not_echo_them() -> None:
    with pytest.raises(cubicasa.ConfigurationError) as caught:
        cubicasa.CubiCasa(
            api_key=KEY,
            base_url="https://api.example.com/v3",
            http_client=httpx.Client(base_url=f"https://user:{URL_PASSWORD}@api.example.com/v3"),
        )
    assert URL_PASSWORD not in str(caught.value) + "".join(traceback.format_exception(caught.value))


# --- header values that cannot travel ---------------------------------------------------------------------
BAD_VALUES = [
    ("trailing-LF", "Se3ret-value\n"),
    ("CRLF-injection", "Se3ret-value\r\nX-Injected: 1"),
    ("NUL", "Se3ret\x00value"),
    ("TAB", "Se3ret\tvalue"),
    ("DEL", "Se3ret\x7fvalue"),
    ("non-ASCII", "Se3ret-välue"),
    ("leading-space", " Se3ret-value"),
]


def _never_echoed(exc: BaseException, value: str) -> None:
    text = str(exc) + repr(exc) + "".join(traceback.format_exception(exc))
    core = value.strip().split("\r")[0].split("\n")[0].split("\x00")[0].split("\t")[0].split("\x7f")[0]
    assert core not in text, text
    assert value.strip() not in text


@pytest.mark.parametrize(("name", "value"), BAD_VALUES, ids=[v[0] for v in BAD_VALUES])
def test_credentials_a_header_cannot_carry_are_refused_at_construction(name: str, value: str) -> None:
    builds: list[Callable[[], Any]] = [
        lambda: cubicasa.CubiCasa(api_key=value),
        lambda: cubicasa.AsyncCubiCasa(api_key=value),
        lambda: pulse_crm.PulseCRM(api_key=value, api_secret="fine-secret", account_id="1"),
        lambda: pulse_crm.PulseCRM(api_key="apiKey-fine", api_secret=value, account_id="1"),
        lambda: pulse_crm.AsyncPulseCRM(token=value, account_id="1"),
        lambda: nuweb.NuWeb(token=value, company_id=1),
        lambda: nuweb.AsyncNuWeb(token=value, company_id=1),
    ]
    for build in builds:
        with pytest.raises(ValueError) as caught:
            build()
        assert isinstance(
            caught.value, cubicasa.ConfigurationError | pulse_crm.ConfigurationError | nuweb.ConfigurationError
        ), repr(caught.value)
        _never_echoed(caught.value, value)


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(("name", "value"), BAD_VALUES, ids=[v[0] for v in BAD_VALUES])
def test_header_values_are_checked_before_anything_is_sent(name: str, value: str, flavour: str) -> None:
    with HostileServer(echo_json(400)) as server:
        with pytest.raises(cubicasa.ConfigurationError) as caught:
            (cubicasa.CubiCasa if flavour == "sync" else cubicasa.AsyncCubiCasa)(
                api_key=KEY, base_url=server.url, default_headers={"X-Trace": value}
            )
        _never_echoed(caught.value, value)
        client = make("cubicasa", server.url, flavour)
        for call in (
            lambda c: c.users.list_page(extra_headers={"X-Trace": value}),
            lambda c: c.drafts.create(
                street="1 Main St",
                city="Springfield",
                country="United States",
                owner_email="a@example.com",
                idempotency_key=value,
            ),
        ):
            exc = run(client, call, flavour)
            assert isinstance(exc, cubicasa.ArgumentError), repr(exc)
            _never_echoed(exc, value)
            client = make("cubicasa", server.url, flavour)
        assert server.requests == []
