"""Every public argument, given something bad: the API's ArgumentError or ConfigurationError naming it,
raised before anything is sent, sync and async.

The table covers the constructor, `with_options`, the per-call options every method takes, method
arguments, paginator options and the download's path, progress and size. The issue counted 18 of 54
such cases escaping as TypeError, ValueError, OverflowError or UnicodeEncodeError (base_url=123,
timeout=nan, max_pages=0, prefetch=-1, a non-ASCII idempotency key, an unknown draft field, ...).
A counting server on 127.0.0.1 proves nothing was sent.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import cubicasa
import nuweb
import pulse_crm
from tests.faults.hostile import Connection, HostileServer, Request

KEY = "ck-bad-arguments-0001"
ORDER = "312babc6-e742-4d54-ac49-e0f7b16ec15a"
NAN = float("nan")
HUGE = 10**5000  # str() of it raises ValueError; float() of it raises OverflowError

CONFIG = "configuration"
ARGUMENT = "argument"
EITHER = "either"


def counting(conn: Connection, request: Request) -> bool:
    conn.json(500, {"message": "this server should never have been asked"})
    return True


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer(counting) as running:
        yield running


# --- the table ----------------------------------------------------------------------------------------
# (id, the argument the message must name, the error kind, what to do). `do(c, tmp, url, flavour)` gets a
# client of the flavour (CubiCasa unless the id says otherwise), a temporary folder and the server's URL.
Case = tuple[str, str, str, Callable[[Any, Path, str, str], Any]]


def ctor(**kwargs: Any) -> Callable[[Any, Path, str, str], Any]:
    def build(c: Any, tmp: Path, url: str, flavour: str) -> Any:
        cls = cubicasa.CubiCasa if flavour == "sync" else cubicasa.AsyncCubiCasa
        return cls(**{"api_key": KEY, "base_url": url, **kwargs})

    return build


def wrong_pool(c: Any, tmp: Path, url: str, flavour: str) -> Any:
    pool = httpx.AsyncClient() if flavour == "sync" else httpx.Client()  # the other flavour's pool
    return ctor(http_client=pool)(c, tmp, url, flavour)


def pdf(**kwargs: Any) -> Callable[[Any, Path, str, str], Any]:
    def call(c: Any, tmp: Path, url: str, flavour: str) -> Any:
        options = dict(kwargs)
        return c.orders.combined_pdf(ORDER, options.pop("path", tmp / "plan.pdf"), **options)

    return call


CASES: list[Case] = [
    # constructor
    ("ctor-base_url-int", "base_url", CONFIG, ctor(base_url=123)),
    ("ctor-base_url-empty", "base_url", CONFIG, ctor(base_url="")),
    ("ctor-base_url-ftp", "base_url", CONFIG, ctor(base_url="ftp://files.example.com")),
    ("ctor-base_url-relative", "base_url", CONFIG, ctor(base_url="/api/v3")),
    ("ctor-base_url-credentials", "base_url", CONFIG, ctor(base_url="https://u:p@api.example.com")),
    ("ctor-base_url-plain-http", "base_url", CONFIG, ctor(base_url="http://api.example.com")),
    ("ctor-base_url-query", "base_url", CONFIG, ctor(base_url="https://api.example.com/?x=1")),
    ("ctor-base_url-bad-host", "base_url", CONFIG, ctor(base_url="https://exa mple.com")),
    ("ctor-api_key-int", "api_key", CONFIG, ctor(api_key=123)),
    ("ctor-api_key-empty", "api_key", CONFIG, ctor(api_key="")),
    ("ctor-api_key-newline", "api_key", CONFIG, ctor(api_key="abc\n")),
    ("ctor-api_key-non-ascii", "api_key", CONFIG, ctor(api_key="ключ")),
    ("ctor-timeout-nan", "timeout", CONFIG, ctor(timeout=NAN)),
    ("ctor-timeout-negative", "timeout", CONFIG, ctor(timeout=-1)),
    ("ctor-timeout-zero", "timeout", CONFIG, ctor(timeout=0)),
    ("ctor-timeout-text", "timeout", CONFIG, ctor(timeout="5")),
    ("ctor-timeout-huge-int", "timeout", CONFIG, ctor(timeout=HUGE)),
    ("ctor-timeout-inf", "timeout", CONFIG, ctor(timeout=float("inf"))),
    ("ctor-timeout-object-read-nan", "timeout", CONFIG, ctor(timeout=httpx.Timeout(5, read=NAN))),
    ("ctor-max_retries-negative", "max_retries", CONFIG, ctor(max_retries=-1)),
    ("ctor-max_retries-float", "max_retries", CONFIG, ctor(max_retries=1.5)),
    ("ctor-max_retries-bool", "max_retries", CONFIG, ctor(max_retries=True)),
    ("ctor-max_retries-huge", "max_retries", CONFIG, ctor(max_retries=HUGE)),
    ("ctor-max_response_bytes-zero", "max_response_bytes", CONFIG, ctor(max_response_bytes=0)),
    ("ctor-max_response_bytes-text", "max_response_bytes", CONFIG, ctor(max_response_bytes="1")),
    ("ctor-max_download_bytes-float", "max_download_bytes", CONFIG, ctor(max_download_bytes=1.5)),
    ("ctor-download_timeout-nan", "download_timeout", CONFIG, ctor(download_timeout=NAN)),
    ("ctor-download_timeout-negative", "download_timeout", CONFIG, ctor(download_timeout=-1)),
    ("ctor-allow_insecure-text", "allow_insecure", CONFIG, ctor(allow_insecure="yes")),
    ("ctor-default_headers-list", "default_headers", CONFIG, ctor(default_headers=[("a", "b")])),
    ("ctor-default_headers-crlf", "default_headers", CONFIG, ctor(default_headers={"X-A": "b\r\nX-B: c"})),
    ("ctor-default_headers-bad-name", "default_headers", CONFIG, ctor(default_headers={"bad name": "x"})),
    ("ctor-default_headers-int-value", "default_headers", CONFIG, ctor(default_headers={"X-A": 1})),
    ("ctor-auth-text", "auth", CONFIG, ctor(auth="Bearer x")),
    ("ctor-http_client-object", "http_client", CONFIG, ctor(http_client=object())),
    ("ctor-http_client-other-flavour", "http_client", CONFIG, wrong_pool),
    ("ctor-transport-object", "transport", CONFIG, ctor(transport=object())),
    ("ctor-unknown-argument", "apikey", CONFIG, ctor(apikey=KEY)),
    # with_options
    ("with_options-timeout-nan", "timeout", EITHER, lambda c, t, u, f: c.with_options(timeout=NAN)),
    ("with_options-timeout-huge", "timeout", EITHER, lambda c, t, u, f: c.with_options(timeout=HUGE)),
    ("with_options-max_retries-text", "max_retries", EITHER, lambda c, t, u, f: c.with_options(max_retries="2")),
    (
        "with_options-max_response_bytes",
        "max_response_bytes",
        EITHER,
        lambda c, t, u, f: c.with_options(max_response_bytes=-5),
    ),
    (
        "with_options-download_timeout",
        "download_timeout",
        EITHER,
        lambda c, t, u, f: c.with_options(download_timeout="x"),
    ),
    ("with_options-unknown", "max_retry", EITHER, lambda c, t, u, f: c.with_options(max_retry=1)),
    # per-call options
    ("call-timeout-nan", "timeout", ARGUMENT, lambda c, t, u, f: c.users.list_page(timeout=NAN)),
    ("call-timeout-text", "timeout", ARGUMENT, lambda c, t, u, f: c.users.list_page(timeout="5")),
    ("call-timeout-huge", "timeout", ARGUMENT, lambda c, t, u, f: c.users.list_page(timeout=HUGE)),
    ("call-extra_headers-text", "extra_headers", ARGUMENT, lambda c, t, u, f: c.users.list_page(extra_headers="x")),
    (
        "call-extra_headers-lf",
        "extra_headers",
        ARGUMENT,
        lambda c, t, u, f: c.users.list_page(extra_headers={"X": "a\n"}),
    ),
    (
        "call-extra_headers-bytes",
        "extra_headers",
        ARGUMENT,
        lambda c, t, u, f: c.users.list_page(extra_headers={"X": b"a"}),
    ),
    ("call-extra_query-list", "extra_query", ARGUMENT, lambda c, t, u, f: c.users.list_page(extra_query=[("a", 1)])),
    ("call-extra_query-int-key", "extra_query", ARGUMENT, lambda c, t, u, f: c.users.list_page(extra_query={1: "a"})),
    (
        "call-extra_query-object",
        "extra_query",
        ARGUMENT,
        lambda c, t, u, f: c.users.list_page(extra_query={"a": object()}),
    ),
    ("call-extra_query-nan", "extra_query", ARGUMENT, lambda c, t, u, f: c.users.list_page(extra_query={"a": NAN})),
    ("call-extra_query-huge", "extra_query", ARGUMENT, lambda c, t, u, f: c.users.list_page(extra_query={"a": HUGE})),
    (
        "call-extra_body-list",
        "extra_body",
        ARGUMENT,
        lambda c, t, u, f: c.users.create(email="a@example.com", extra_body=[1]),
    ),
    (
        "call-extra_body-nan",
        "body",
        ARGUMENT,
        lambda c, t, u, f: c.users.create(email="a@example.com", extra_body={"x": NAN}),
    ),
    (
        "call-extra_body-object",
        "body",
        ARGUMENT,
        lambda c, t, u, f: c.users.create(email="a@example.com", extra_body={"x": object()}),
    ),
    ("call-unknown-keyword", "time_out", ARGUMENT, lambda c, t, u, f: c.users.list_page(time_out=5)),
    (
        "call-idempotency_key-non-ascii",
        "idempotency_key",
        ARGUMENT,
        lambda c, t, u, f: c.orders.upgrade(ORDER, idempotency_key="ключ-1"),
    ),
    (
        "call-idempotency_key-crlf",
        "idempotency_key",
        ARGUMENT,
        lambda c, t, u, f: c.orders.upgrade(ORDER, idempotency_key="k\r\nX: 1"),
    ),
    (
        "call-idempotency_key-int",
        "idempotency_key",
        ARGUMENT,
        lambda c, t, u, f: c.orders.upgrade(ORDER, idempotency_key=5),
    ),
    (
        "call-idempotency_key-empty",
        "idempotency_key",
        ARGUMENT,
        lambda c, t, u, f: c.orders.upgrade(ORDER, idempotency_key=""),
    ),
    # method arguments
    ("arg-uuid-text", "user_id", ARGUMENT, lambda c, t, u, f: c.users.delete("not-a-uuid")),
    ("arg-uuid-int", "user_id", ARGUMENT, lambda c, t, u, f: c.users.delete(123)),
    ("arg-limit-negative", "limit", ARGUMENT, lambda c, t, u, f: c.users.list_page(limit=-1)),
    ("arg-limit-float", "limit", ARGUMENT, lambda c, t, u, f: c.users.list_page(limit=2.5)),
    ("arg-limit-bool", "limit", ARGUMENT, lambda c, t, u, f: c.users.list_page(limit=True)),
    ("arg-limit-huge", "limit", ARGUMENT, lambda c, t, u, f: c.users.list_page(limit=HUGE)),
    ("arg-offset-negative", "offset", ARGUMENT, lambda c, t, u, f: c.users.list_page(offset=-20)),
    ("arg-email-int", "email", ARGUMENT, lambda c, t, u, f: c.users.get_by_email(email=5)),
    ("arg-email-blank", "email", ARGUMENT, lambda c, t, u, f: c.users.get_by_email(email="  ")),
    ("arg-role-int", "role", ARGUMENT, lambda c, t, u, f: c.users.create(email="a@example.com", role=5)),
    (
        "arg-office_id-text",
        "office_id",
        ARGUMENT,
        lambda c, t, u, f: c.users.create(email="a@example.com", office_id="x"),
    ),
    ("arg-password-int", "password", ARGUMENT, lambda c, t, u, f: c.users.create(email="a@example.com", password=1234)),
    ("arg-status-int", "status", ARGUMENT, lambda c, t, u, f: c.orders.list_page(status=5)),
    ("arg-status-list-with-int", "status", ARGUMENT, lambda c, t, u, f: c.orders.list_page(status=["Ready", 5])),
    (
        "arg-draft-unknown-field",
        "floor_count",
        ARGUMENT,
        lambda c, t, u, f: c.drafts.create(
            street="1 Main St", city="X", country="Y", owner_email="a@b.co", floor_count=2
        ),
    ),
    ("arg-update-nothing", "at least one field", ARGUMENT, lambda c, t, u, f: c.users.update(ORDER)),
    # paginator options
    ("page-max_pages-zero", "max_pages", ARGUMENT, lambda c, t, u, f: c.users.list(max_pages=0)),
    ("page-max_pages-negative", "max_pages", ARGUMENT, lambda c, t, u, f: c.users.list(max_pages=-1)),
    ("page-max_pages-float", "max_pages", ARGUMENT, lambda c, t, u, f: c.users.list(max_pages=1.5)),
    ("page-max_pages-text", "max_pages", ARGUMENT, lambda c, t, u, f: c.users.list(max_pages="3")),
    ("page-dedupe-text", "dedupe", ARGUMENT, lambda c, t, u, f: c.users.list(dedupe="yes")),
    ("page-dedupe-int", "dedupe", ARGUMENT, lambda c, t, u, f: c.users.list(dedupe=1)),
    ("page-first-offset-negative", "offset", ARGUMENT, lambda c, t, u, f: c.users.list(offset=-1)),
    # download
    ("pdf-path-int", "path", ARGUMENT, pdf(path=123)),
    ("pdf-path-none", "path", ARGUMENT, pdf(path=None)),
    ("pdf-path-empty", "path", ARGUMENT, pdf(path="")),
    ("pdf-path-bytes", "path", ARGUMENT, pdf(path=b"/tmp/plan.pdf")),
    ("pdf-path-directory", "path", ARGUMENT, lambda c, t, u, f: c.orders.combined_pdf(ORDER, t)),
    ("pdf-path-missing-folder", "path", ARGUMENT, lambda c, t, u, f: c.orders.combined_pdf(ORDER, t / "no" / "x.pdf")),
    ("pdf-progress-text", "progress", ARGUMENT, pdf(progress="50%")),
    ("pdf-max_bytes-zero", "max_bytes", ARGUMENT, pdf(max_bytes=0)),
    ("pdf-max_bytes-text", "max_bytes", ARGUMENT, pdf(max_bytes="1MB")),
    ("pdf-order-id-bad", "order_id", ARGUMENT, lambda c, t, u, f: c.orders.combined_pdf("nope", t / "x.pdf")),
    ("pdf-timeout-nan", "timeout", ARGUMENT, pdf(timeout=NAN)),
]
ASYNC_ONLY: list[Case] = [
    ("page-prefetch-negative", "prefetch", ARGUMENT, lambda c, t, u, f: c.users.list(prefetch=-1)),
    ("page-prefetch-too-many", "prefetch", ARGUMENT, lambda c, t, u, f: c.users.list(prefetch=65)),
    ("page-prefetch-float", "prefetch", ARGUMENT, lambda c, t, u, f: c.users.list(prefetch=1.5)),
    ("page-prefetch-bool", "prefetch", ARGUMENT, lambda c, t, u, f: c.users.list(prefetch=True)),
]
SYNC_ONLY: list[Case] = [
    ("page-prefetch-on-sync", "prefetch", ARGUMENT, lambda c, t, u, f: c.users.list(prefetch=8)),
]


def _pulse(**kwargs: Any) -> Callable[[Any, Path, str, str], Any]:
    def build(c: Any, tmp: Path, url: str, flavour: str) -> Any:
        cls = pulse_crm.PulseCRM if flavour == "sync" else pulse_crm.AsyncPulseCRM
        return cls(**{"api_key": "apiKey-x", "api_secret": "secret-x", "account_id": "1", "base_url": url, **kwargs})

    return build


def _nuweb(**kwargs: Any) -> Callable[[Any, Path, str, str], Any]:
    def build(c: Any, tmp: Path, url: str, flavour: str) -> Any:
        cls = nuweb.NuWeb if flavour == "sync" else nuweb.AsyncNuWeb
        return cls(**{"token": "nu-token-x", "company_id": 1, "base_url": url, **kwargs})

    return build


OTHER_APIS: list[Case] = [
    ("pulse-account_id-text", "account_id", CONFIG, _pulse(account_id="acme")),
    ("pulse-api_secret-alone", "api_key", CONFIG, _pulse(api_key=None, api_secret="s", token=None)),
    ("pulse-api_secret-newline", "api_secret", CONFIG, _pulse(api_secret="s\n")),
    ("pulse-timeout-nan", "timeout", CONFIG, _pulse(timeout=NAN)),
    ("pulse-unknown", "acount_id", CONFIG, _pulse(acount_id="1")),
    ("nuweb-company_id-text", "company_id", CONFIG, _nuweb(company_id="acme")),
    ("nuweb-rate_limit-negative", "rate_limit", CONFIG, _nuweb(rate_limit=-1)),
    ("nuweb-rate_limit-text", "rate_limit", CONFIG, _nuweb(rate_limit="60")),
    ("nuweb-token-tab", "token", CONFIG, _nuweb(token="abc\tdef")),
    ("nuweb-max_response_bytes-zero", "max_response_bytes", CONFIG, _nuweb(max_response_bytes=0)),
]
OTHER_CALLS: list[tuple[str, str, str, str, Callable[[Any], Any]]] = [
    # (id, api, named, kind, call)
    ("pulse-page-zero", "pulse", "page", ARGUMENT, lambda c: c.users.list_page(page=0)),
    ("pulse-user-id-text", "pulse", "user_id", ARGUMENT, lambda c: c.users.get("abc")),
    ("pulse-max_pages-zero", "pulse", "max_pages", ARGUMENT, lambda c: c.users.list(max_pages=0)),
    ("pulse-login-password-int", "pulse", "password", ARGUMENT, lambda c: c.auth.login(email="a@b.co", password=5)),
    ("nuweb-user-id-digits-huge", "nuweb", "user_id", ARGUMENT, lambda c: c.users.get("9" * 5000)),
    ("nuweb-user-id-float", "nuweb", "user_id", ARGUMENT, lambda c: c.users.get(1.5)),
    ("nuweb-roles-text", "nuweb", "roles", ARGUMENT, lambda c: c.users.update(1, roles="1,2")),
    ("nuweb-with_options-company", "nuweb", "company_id", EITHER, lambda c: c.with_options(company_id="x")),
    (
        "nuweb-unknown",
        "nuweb",
        "registration_sorce",
        ARGUMENT,
        lambda c: c.users.create(name="A", email="a@b.co", registration_sorce="api"),
    ),
]


# --- running a case -------------------------------------------------------------------------------------
def _client(api: str, url: str, flavour: str) -> Any:
    if api == "pulse":
        return _pulse()(None, Path(), url, flavour)
    if api == "nuweb":
        return _nuweb(rate_limit=0)(None, Path(), url, flavour)
    return ctor()(None, Path(), url, flavour)


def _raised(do: Callable[[], Any]) -> BaseException | None:
    try:
        result = do()
        if inspect.isawaitable(result):
            asyncio.run(_awaited(result))
    except Exception as exc:
        return exc
    return None


async def _awaited(result: Any) -> Any:
    return await result


def _classes(kind: str) -> tuple[type[Exception], ...]:
    config = (cubicasa.ConfigurationError, pulse_crm.ConfigurationError, nuweb.ConfigurationError)
    argument = (cubicasa.ArgumentError, pulse_crm.ArgumentError, nuweb.ArgumentError)
    return {CONFIG: config, ARGUMENT: argument, EITHER: config + argument}[kind]


def _check(exc: BaseException | None, named: str, kind: str, sent: int) -> None:
    assert exc is not None, "no error"
    assert isinstance(exc, _classes(kind)), f"{type(exc).__module__}.{type(exc).__name__}: {exc}"
    message = str(exc)
    assert named in message or named.replace("_", " ") in message.lower(), f"{named!r} not named in: {message}"
    assert sent == 0, f"{sent} request(s) sent"


FLAVOURED = [(case, flavour) for case in CASES for flavour in ("sync", "async")]
FLAVOURED += [(case, "async") for case in ASYNC_ONLY] + [(case, "sync") for case in SYNC_ONLY]
FLAVOURED += [(case, flavour) for case in OTHER_APIS for flavour in ("sync", "async")]


@pytest.mark.parametrize(("case", "flavour"), FLAVOURED, ids=[f"{c[0]}-{f}" for c, f in FLAVOURED])
def test_bad_arguments_are_typed_named_and_never_sent(
    case: Case, flavour: str, server: HostileServer, tmp_path: Path
) -> None:
    _, named, kind, do = case
    client = ctor()(None, tmp_path, server.url, flavour)
    before = server.count
    exc = _raised(lambda: do(client, tmp_path, server.url, flavour))
    _check(exc, named, kind, server.count - before)
    assert list(tmp_path.iterdir()) == []


CALLS = [(call, flavour) for call in OTHER_CALLS for flavour in ("sync", "async")]


@pytest.mark.parametrize(("call", "flavour"), CALLS, ids=[f"{c[0]}-{f}" for c, f in CALLS])
def test_bad_arguments_of_pulse_and_nuweb_methods(
    call: tuple[str, str, str, str, Callable[[Any], Any]], flavour: str, server: HostileServer
) -> None:
    _, api, named, kind, do = call
    client = _client(api, server.url, flavour)
    before = server.count
    exc = _raised(lambda: do(client))
    _check(exc, named, kind, server.count - before)


def test_the_table_is_as_wide_as_the_issue_says() -> None:
    """At least the issue's 54 cases, over the constructor, with_options, call options, method arguments,
    paginator options and downloads."""
    assert len(CASES) + len(ASYNC_ONLY) + len(SYNC_ONLY) + len(OTHER_APIS) + len(OTHER_CALLS) >= 54
    kinds = {case[0].split("-")[0] for case in CASES}
    assert kinds >= {"ctor", "with_options", "call", "arg", "page", "pdf"}
