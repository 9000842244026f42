"""The API key never shows, whatever fails, against the real mock over HTTP.

Every error path a real server can produce (401, 403, 404, 409, 400 with field
errors, 429 and 503 after retries, a dropped connection, a timeout, a truncated
body, a hostile server echoing the key back) plus a bad argument, for the sync
and the async client. For each: DEBUG logs of the "cubicasa" logger, `str`,
`repr`, `args`, `traceback.format_exc()`, the client's repr, and the request
kept on the exception (`exc.request.headers`: the core drops the credential
from a request once it is answered). The `CUBICASA_LOG=debug` switch is checked
in a fresh interpreter, where it installs its own stderr handler.
"""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import textwrap
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

import clientkit_mocks as mocks
import cubicasa
from clientkit_mocks.engine.api import HttpError, MockRequest
from tests.faults._support import API_KEY

WRONG_KEY = "ck-live-WRONG-8a7b6c5d4e3f2a1b"
READONLY_KEY = "readonly-key"  # the mock's read-only credential
KNOWN_EMAIL = "tim@internet.com"
ORDER_ID = "312babc6-e742-4d54-ac49-e0f7b16ec15a"
ALL_KEYS = (API_KEY, WRONG_KEY, READONLY_KEY)


@dataclass(frozen=True)
class ErrorPath:
    name: str
    key: str
    fault: str | None  # x-mock-fault sent on every request of this client
    call: Callable[[Any], Any]  # works for both clients (the async one returns a coroutine)
    expect: type[Exception]
    timeout: float = 5.0


def _draft(c: Any) -> Any:
    return c.drafts.create(street="1 Secret Street", city="Oulu", country="Finland", owner_email=KNOWN_EMAIL)


PATHS = [
    ErrorPath(
        "401 wrong key", WRONG_KEY, None, lambda c: c.users.get_by_email(KNOWN_EMAIL), cubicasa.AuthenticationError
    ),
    ErrorPath(
        "403 read-only key",
        READONLY_KEY,
        None,
        lambda c: c.users.create(email="ro@example.com"),
        cubicasa.PermissionDeniedError,
    ),
    ErrorPath("404", API_KEY, None, lambda c: c.users.get_by_email("nobody@example.com"), cubicasa.NotFoundError),
    ErrorPath("409", API_KEY, None, lambda c: c.users.create(email=KNOWN_EMAIL), cubicasa.ConflictError),
    ErrorPath(
        "400 field errors", API_KEY, None, lambda c: c.users.create(email="not an email"), cubicasa.BadRequestError
    ),
    ErrorPath(
        "429 after retries", API_KEY, "429", lambda c: c.users.get_by_email(KNOWN_EMAIL), cubicasa.RateLimitError
    ),
    ErrorPath("503 after retries", API_KEY, "503", lambda c: c.orders.get(ORDER_ID), cubicasa.InternalServerError),
    ErrorPath("503 on POST", API_KEY, "503", _draft, cubicasa.InternalServerError),
    ErrorPath("dropped connection", API_KEY, "drop", lambda c: c.orders.get(ORDER_ID), cubicasa.APIConnectionError),
    ErrorPath("dropped POST", API_KEY, "drop", _draft, cubicasa.APIConnectionError),
    ErrorPath("timeout", API_KEY, "stall", lambda c: c.users.get_by_email(KNOWN_EMAIL), cubicasa.APITimeoutError, 0.3),
    ErrorPath("truncated body", API_KEY, "truncate", lambda c: c.users.list_page(), cubicasa.APIConnectionError),
    ErrorPath("bad argument (key as an id)", API_KEY, None, lambda c: c.orders.get(API_KEY), cubicasa.ArgumentError),
    ErrorPath(
        "hostile 404 echoing the key",
        API_KEY,
        None,
        lambda c: c.users.get_by_email("echo@example.com"),
        cubicasa.NotFoundError,
    ),
    ErrorPath(
        "hostile body echoing the key", API_KEY, None, lambda c: c.users.list_page(), cubicasa.ResponseValidationError
    ),
]


def _echo_404(req: MockRequest) -> Any:
    raise HttpError(404, f"no such user; you sent api-key {req.request.headers.get('api-key')}")


def _echo_body(req: MockRequest) -> Any:
    key = req.request.headers.get("api-key")
    item = {"id": "8b8a99d2-737d-4681-bc16-7ffee5c61fe2", "email": key, "name": key, "created_at": 1.0}
    return {"pagination": {"has_more": False}, "items": [item]}  # `role` missing: not a valid User


@pytest.fixture(scope="module")
def urls() -> Iterator[dict[str, str]]:
    """A strict mock for the real paths, and a lax one whose handlers echo the key back."""
    hostile = mocks.create_app("cubicasa", strict=False, api_key=API_KEY)
    hostile.state.engine.replace_handler("get_user_by_email", _echo_404)
    hostile.state.engine.replace_handler("list_users", _echo_body)
    with (
        mocks.running("cubicasa", strict=True, api_key=API_KEY, stall_s=1.0, retry_after_s=0) as real,
        mocks.serve(hostile) as evil,
    ):
        yield {"real": real, "hostile": evil}


def _url(urls: dict[str, str], path: ErrorPath) -> str:
    return urls["hostile" if path.name.startswith("hostile") else "real"]


def _surfaces(exc: BaseException, client: Any) -> list[str]:
    """Everything a user might print or log about a failure."""
    shown = [str(exc), repr(exc), repr(exc.args), traceback.format_exc(), repr(client), str(client)]
    shown.append("".join(traceback.format_exception(exc)))
    request = getattr(exc, "request", None)
    if request is not None:
        assert "api-key" not in request.headers, f"the kept request still carries the key: {request.headers!r}"
        shown += [repr(request), repr(request.headers), str(dict(request.headers))]
    cause = getattr(exc, "cause", None)
    if cause is not None:
        shown += [str(cause), repr(cause)]
        try:
            cause_request = cause.request  # httpx errors raise RuntimeError when they hold no request
        except (AttributeError, RuntimeError):
            cause_request = None
        if cause_request is not None:
            assert "api-key" not in cause_request.headers
    response = getattr(exc, "response", None)
    if response is not None:
        assert "api-key" not in response.request.headers
        shown += [repr(response), repr(response.request.headers)]
    return shown


SERVER_LOGGERS = ("clientkit_mocks", "uvicorn")  # the mock's own logs (its drift warnings quote what it served)
CLIENT_LOGGERS = ("cubicasa", "clientkit", "httpx", "httpcore")


def _debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    for name in CLIENT_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)


def _assert_clean(texts: list[str], caplog: pytest.LogCaptureFixture, *, sent: bool) -> None:
    for text in texts:
        for key in ALL_KEYS:
            assert key not in text, f"{key!r} shown in: {text[:500]}"
    client_side = [r for r in caplog.records if not r.name.startswith(SERVER_LOGGERS)]
    if sent:  # a bad argument fails before anything is sent (or logged)
        assert any(r.name == "cubicasa" and r.getMessage().startswith("request ") for r in client_side)
    for record in client_side:
        message = record.getMessage()
        for key in ALL_KEYS:
            assert key not in message, f"{key!r} logged by {record.name}: {message[:500]}"
            assert key not in repr(record.args)


def _sync_client(url: str, path: ErrorPath) -> tuple[cubicasa.CubiCasa, httpx.Client | None]:
    http = httpx.Client(base_url=url, headers={"x-mock-fault": path.fault}) if path.fault else None
    client = cubicasa.CubiCasa(path.key, base_url=url, timeout=path.timeout, max_retries=2, http_client=http)
    client._sleep = lambda _seconds: None  # retries are taken (and logged), without the wait
    return client, http


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_sync_error_paths_never_show_the_key(
    path: ErrorPath, urls: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    _debug_logs(caplog)
    client, http = _sync_client(_url(urls, path), path)
    caught: cubicasa.CubiCasaError | None = None
    try:
        path.call(client)
    except cubicasa.CubiCasaError as exc:
        caught = exc
        texts = _surfaces(exc, client)
    finally:
        client.close()
        if http is not None:
            http.close()
    assert isinstance(caught, path.expect), f"{path.name}: got {caught!r}"
    if path.fault in ("429", "503") and "POST" not in path.name:
        assert caplog.text.count("retrying ") == 2
    if isinstance(caught, cubicasa.BadRequestError):
        assert [e.field for e in caught.field_errors] == ["body.email"]
    _assert_clean(texts, caplog, sent=path.expect is not cubicasa.ArgumentError)


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_async_error_paths_never_show_the_key(
    path: ErrorPath, urls: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    _debug_logs(caplog)
    url = _url(urls, path)

    async def scenario() -> list[str]:
        http = httpx.AsyncClient(base_url=url, headers={"x-mock-fault": path.fault}) if path.fault else None
        client = cubicasa.AsyncCubiCasa(path.key, base_url=url, timeout=path.timeout, max_retries=2, http_client=http)

        async def no_wait(_seconds: float) -> None:
            return None

        client._sleep = no_wait
        try:
            await path.call(client)
        except cubicasa.CubiCasaError as exc:
            assert isinstance(exc, path.expect), f"{path.name}: {type(exc).__name__}: {exc}"
            return _surfaces(exc, client)
        finally:
            await client.close()
            if http is not None:
                await http.aclose()
        raise AssertionError(f"{path.name}: no error raised")

    texts = asyncio.run(scenario())
    _assert_clean(texts, caplog, sent=path.expect is not cubicasa.ArgumentError)


def test_the_hostile_echo_is_masked_not_lost(urls: dict[str, str]) -> None:
    """Scrubbing replaces the key in our messages; the server's raw answer stays on `exc.body`."""
    with cubicasa.CubiCasa(API_KEY, base_url=urls["hostile"]) as client, pytest.raises(cubicasa.NotFoundError) as info:
        client.users.get_by_email("echo@example.com")
    assert "you sent api-key [REDACTED]" in str(info.value)
    assert API_KEY in info.value.body["message"]  # the server's own words, kept as data (documented)


ENV_PROBE = textwrap.dedent(
    """
    import sys
    import httpx
    import cubicasa

    url, key = sys.argv[1], sys.argv[2]
    calls = [
        lambda c: c.users.get_by_email("nobody@example.com"),
        lambda c: c.users.create(email="not an email"),
        lambda c: c.orders.get(key),
    ]
    with cubicasa.CubiCasa(key, base_url=url) as client:
        for call in calls:
            try:
                call(client)
            except cubicasa.CubiCasaError as exc:
                print(type(exc).__name__, exc, repr(exc))
    for fault in ("503", "drop", "stall"):
        http = httpx.Client(base_url=url, headers={"x-mock-fault": fault})
        client = cubicasa.CubiCasa(key, base_url=url, http_client=http, timeout=0.3, max_retries=1)
        client._sleep = lambda s: None
        try:
            client.orders.list_page()
        except cubicasa.CubiCasaError as exc:
            print(type(exc).__name__, exc, repr(exc))
        client.close()
        http.close()
    """
)


def test_cubicasa_log_debug_env_never_shows_the_key(urls: dict[str, str]) -> None:
    env = {**os.environ, "CUBICASA_LOG": "debug", "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("CUBICASA_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-c", ENV_PROBE, urls["real"], API_KEY],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("Error") >= 6, done.stdout
    assert " DEBUG request GET " in done.stderr, "CUBICASA_LOG=debug should log requests to stderr"
    assert " INFO retrying GET " in done.stderr
    assert API_KEY not in done.stdout
    assert API_KEY not in done.stderr
