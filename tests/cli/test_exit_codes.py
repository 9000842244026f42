"""Exit codes as documented (0 done, 1 the API refused, 2 usage/configuration, 3 no answer,
4 cancelled), and error messages that say which host, path and base URL were used and why."""

from __future__ import annotations

import socket
import uuid

import pytest

from tests.cli.conftest import Cli

UNKNOWN_ORDER = str(uuid.UUID(int=7))


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_an_api_error_exits_1_naming_status_path_and_base_url(cubicasa: Cli) -> None:
    result = cubicasa("orders", "get", UNKNOWN_ORDER, code=1)
    assert f"404 Not Found from GET /orders/{UNKNOWN_ORDER}" in result.stderr
    assert f"base URL {cubicasa.url} (from $CUBICASA_BASE_URL)" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        (("users", "list"), {"CUBICASA_API_KEY": None}, "on the command line: --api-key or $CUBICASA_API_KEY"),
        (("orders", "get", "not-a-uuid"), {}, "order_id must be a UUID, got 'not-a-uuid'"),
        (("users", "list", "--bogus"), {}, "No such option '--bogus'"),
        (("users", "list", "--limit", "ten"), {}, "'ten' is not a valid integer"),
        (("users", "delete", UNKNOWN_ORDER), {}, "add --yes when stdin is not a terminal (nothing was sent)"),
        (("orders", "redeliver", UNKNOWN_ORDER, "--order-preferences", "{oops"), {}, "is not JSON"),
        (("frobnicate",), {}, "No such command 'frobnicate'"),
        (("--timeout", "soon", "users", "list"), {}, "'soon' is not a valid float"),
    ],
)
def test_bad_usage_or_configuration_exits_2_before_sending(
    cubicasa: Cli, args: tuple[str, ...], env: dict[str, str | None], expected: str
) -> None:
    result = cubicasa(*args, env=env, code=2)
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_missing_client_settings_name_the_option_and_variable(nuweb: Cli, pulse: Cli) -> None:
    result = nuweb("users", "list", env={"NUWEB_COMPANY_ID": None}, code=2)
    assert "--company-id or $NUWEB_COMPANY_ID" in result.stderr
    result = pulse("users", "list", env={"PULSE_API_KEY": None, "PULSE_API_SECRET": None}, code=2)
    assert "no Pulse CRM credentials" in result.stderr and "--api-key or $PULSE_API_KEY" in result.stderr


def test_a_closed_port_exits_3_naming_host_path_and_where_the_url_came_from(cubicasa: Cli, closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    by_option = cubicasa("--base-url", url, "--max-retries", "0", "orders", "get", UNKNOWN_ORDER, code=3)
    assert f"GET /orders/{UNKNOWN_ORDER}" in by_option.stderr and f"127.0.0.1:{closed_port}" in by_option.stderr
    assert f"base URL {url} (from --base-url)" in by_option.stderr

    by_env = cubicasa("--max-retries", "0", "orders", "get", UNKNOWN_ORDER, env={"CUBICASA_BASE_URL": url}, code=3)
    assert f"base URL {url} (from $CUBICASA_BASE_URL)" in by_env.stderr


def test_production_is_named_when_it_was_tried_by_default(cubicasa: Cli, closed_port: int) -> None:
    # No --base-url and no $CUBICASA_BASE_URL: production. A proxy that refuses keeps the test off the network.
    proxy = f"http://127.0.0.1:{closed_port}"
    env = {"CUBICASA_BASE_URL": None, "HTTPS_PROXY": proxy, "https_proxy": proxy, "ALL_PROXY": None, "NO_PROXY": None}
    result = cubicasa("--max-retries", "0", "orders", "get", UNKNOWN_ORDER, env=env, code=3)
    assert f"GET /api/integrate/v3/orders/{UNKNOWN_ORDER}" in result.stderr and "app.cubi.casa" in result.stderr
    assert "base URL https://app.cubi.casa/api/integrate/v3 (production, the default:" in result.stderr
    assert "set --base-url or $CUBICASA_BASE_URL to use another server" in result.stderr


def test_a_read_only_key_is_refused_with_1(cubicasa: Cli) -> None:
    result = cubicasa("offices", "create", "--name", "Nope", env={"CUBICASA_API_KEY": "readonly-key"}, code=1)
    assert "403" in result.stderr and "POST /offices" in result.stderr
