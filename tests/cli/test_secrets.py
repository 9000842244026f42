"""Credentials never reach the screen: not in answers that echo them, not in errors, not in help;
passwords are never command-line values."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import click
import pytest
from click.testing import CliRunner

from tests.cli.conftest import CREDENTIALS, PROFILES, SECRETS, Cli, clean_environment, group

KEY = "echo-key-4f1c9a7e"
TOKEN = "7|echoedTokenValue0123456789abcdefghijklmnop"


class Echo(BaseHTTPRequestHandler):
    """Answers every request with the credential it carried, in the body (a careless or hostile server)."""

    def do_GET(self) -> None:
        credential = self.headers.get("api-key") or self.headers.get("Authorization", "").removeprefix("Bearer ")
        if self.path.startswith("/users/"):  # CubiCasa's user by e-mail: a valid answer, the key in every field
            body = {
                "id": "8b8a99d2-737d-4681-bc16-7ffee5c61fe2",
                "email": credential,
                "role": "User",
                "name": credential,
            }
            self._send(200, body)
        else:  # anything else: an error that quotes the credential
            self._send(400, {"message": f"bad credential {credential}", "errors": {"key": [credential]}})

    def _send(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def run(api: str, *args: str, env: dict[str, str | None]) -> tuple[int, str]:
    result = CliRunner().invoke(group(api), list(args), env={**clean_environment(), **env})
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


@pytest.mark.parametrize("how", ["option", "environment"])
def test_an_echoed_key_is_masked_in_answers_and_errors(echo_url: str, how: str) -> None:
    env: dict[str, str | None] = {"CUBICASA_BASE_URL": echo_url}
    given = ["--api-key", KEY] if how == "option" else []
    if how == "environment":
        env["CUBICASA_API_KEY"] = KEY
    for args, code in [
        (("users", "get-by-email", "x@example.com"), 0),
        (("users", "get-by-email", "x@example.com", "--json"), 0),
        (("users", "list"), 1),
        (("company", "info", "--json"), 1),
    ]:
        status, output = run("cubicasa", *given, *args, env=env)
        assert status == code, output
        assert KEY not in output and "[REDACTED]" in output, output


def test_an_echoed_token_is_masked(echo_url: str) -> None:
    status, output = run(
        "nuweb", "users", "list", env={"NUWEB_BASE_URL": echo_url, "NUWEB_TOKEN": TOKEN, "NUWEB_COMPANY_ID": "1"}
    )
    assert status == 1 and TOKEN not in output and "[REDACTED]" in output


def test_a_wrong_key_on_the_command_line_is_not_repeated(cubicasa: Cli) -> None:
    result = cubicasa("--api-key", "wrong-key-5e2d", "users", "list", env={"CUBICASA_API_KEY": None}, code=1)
    assert "401" in result.stderr and "wrong-key-5e2d" not in result.output


def test_a_password_is_never_a_command_line_value(cubicasa: Cli) -> None:
    for args in (["--password", "hunter2-typed"], ["--password=hunter2-typed"]):
        result = cubicasa("users", "create", "--email", "p@example.com", *args, code=2)
        assert "hunter2-typed" not in result.output
    flags = [p for p in group("cubicasa").commands["users"].commands["change-password"].params if "password" in p.name]
    assert {p.name for p in flags} == {"old_password", "new_password"}
    assert all(isinstance(p, click.Option) and p.is_flag for p in flags)
    refused = cubicasa("users", "change-password", "--email", "p@example.com", input="", code=2)
    assert "$CUBICASA_OLD_PASSWORD" in refused.stderr  # no password at all: says where one comes from


def test_passwords_given_are_not_shown(cubicasa: Cli) -> None:
    env = {"CUBICASA_PASSWORD": "demo-password"}  # the conftest check fails the run if it is printed
    created = cubicasa.json("users", "create", "--email", "shown@example.com", "--password", env=env)
    assert created["email"] == "shown@example.com"


@pytest.mark.parametrize("api", list(PROFILES))
def test_help_never_shows_a_credential(api: str) -> None:
    env = {**CREDENTIALS[api], PROFILES[api].base_url_env: "http://127.0.0.1:9"}
    root = group(api)
    pages = [[], *[[name] for name in root.commands]]
    pages += [[name, command] for name, sub in root.commands.items() for command in getattr(sub, "commands", {})]
    for page in pages:
        status, output = run(api, *page, "--help", env=env)
        assert status == 0 and "Usage:" in output
        assert not any(secret in output for secret in SECRETS), page
