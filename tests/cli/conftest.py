from __future__ import annotations

from collections.abc import Callable, Sequence

import httpx
import pytest
from typer.testing import CliRunner, Result

from cubicasa import CubiCasa
from cubicasa.cli import _session
from cubicasa.cli._app import app
from tests.overlay.fakes import API_KEY, BASE_URL, FakeAPI, Handler

Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wide, colourless terminal and a key and URL in the environment (the way the CLI prefers them)."""
    for name in ("CUBICASA_LOG", "CUBICASA_USER_PASSWORD", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CUBICASA_API_KEY", API_KEY)
    monkeypatch.setenv("CUBICASA_BASE_URL", BASE_URL)


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch) -> Callable[[Handler], FakeAPI]:
    """Route the CLI's client to an in-process fake API; returns the fake, which records requests."""

    def install(handler: Handler) -> FakeAPI:
        api = FakeAPI(handler)
        real_make_client = _session.make_client

        def make_client(settings: _session.Settings, *, transport: httpx.BaseTransport | None = None) -> CubiCasa:
            client = real_make_client(settings, transport=httpx.MockTransport(api))
            client._sleep = api.sleeps.append
            return client

        monkeypatch.setattr(_session, "make_client", make_client)
        return api

    return install


@pytest.fixture
def run() -> Run:
    """Invoke the CLI; fail on any exception that is not a clean exit (a traceback would reach the user)."""

    def invoke(*args: str, input: str | None = None, env: dict[str, str | None] | None = None) -> Result:
        result = CliRunner().invoke(app, list(args), input=input, env=env)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"the CLI crashed: {result.exception!r}\n{result.output}") from result.exception
        return result

    return invoke


def lines(text: str) -> Sequence[str]:
    return [line for line in text.splitlines() if line.strip()]
