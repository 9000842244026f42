"""The `cubicasa` command line against an in-process fake API: tables, JSON, exit codes, no secrets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tests.cli.conftest import Run, lines
from tests.overlay.fakes import (
    API_KEY,
    BASE_URL,
    ORDER_ID,
    USER_ID,
    FakeAPI,
    Handler,
    json_response,
    offset_of,
    order_json,
    page,
    paged,
    sequential_users,
    user_json,
)

Serve = Callable[[Handler], FakeAPI]
PDF = b"%PDF-1.7\n" + b"x" * 200_000 + b"\n%%EOF\n"


def no_secret(*outputs: str) -> None:
    for text in outputs:
        assert API_KEY not in text


# --- listing ----------------------------------------------------------------------------------------


def test_users_list_prints_a_table(serve: Serve, run: Run) -> None:
    api = serve(sequential_users(3))
    result = run("users", "list")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for header in ("ID", "Email", "Name", "Role", "Confirmed"):
        assert header in out
    assert "user0@example.com" in out and "user2@example.com" in out
    assert "Name1 Doe" in out
    row0 = next(line for line in lines(out) if "user0@example.com" in line)
    assert "User" in row0 and "yes" in row0 and user_json(0)["id"] in row0
    row1 = next(line for line in lines(out) if "user1@example.com" in line)
    assert "Manager" in row1 and "no" in row1
    assert api.requests[0].headers["api-key"] == API_KEY
    no_secret(result.output)


def test_users_list_max_items_stops_fetching(serve: Serve, run: Run) -> None:
    api = serve(sequential_users(100))
    result = run("users", "list", "--limit", "5", "--max-items", "7")
    assert result.exit_code == 0, result.output
    assert sum("@example.com" in line for line in lines(result.stdout)) == 7
    assert [offset_of(r) for r in api.requests] == [0, 5]
    assert all(r.url.params["limit"] == "5" for r in api.requests)


def test_users_list_json_is_an_array_of_the_models(serve: Serve, run: Run) -> None:
    serve(sequential_users(45))
    result = run("--json", "users", "list")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data == [user_json(i) for i in range(45)]
    assert len(result.stdout.splitlines()) == 45 + 2  # one item per line between the brackets


def test_json_array_is_streamed_as_pages_arrive(serve: Serve, run: Run) -> None:
    pages = {0: page([user_json(0), user_json(1)], has_more=True, next_offset=20)}
    api = serve(paged(pages))  # the second page is a 404
    result = run("--json", "users", "list")
    assert result.exit_code == 1
    assert "user1@example.com" in result.stdout  # printed before the second page failed
    assert lines(result.stderr)[0].startswith("Error: 404 Not Found from GET /api/integrate/v3/users")
    assert len(api.requests) == 2


def test_empty_list_json_and_table(serve: Serve, run: Run) -> None:
    serve(lambda r: json_response(200, page([], has_more=False)))
    as_json = run("--json", "users", "list")
    assert as_json.exit_code == 0
    assert json.loads(as_json.stdout) == []
    table = run("orders", "list")
    assert table.exit_code == 0
    assert "No orders." in table.stderr
    assert table.stdout == ""


def test_orders_list_table(serve: Serve, run: Run) -> None:
    serve(lambda r: json_response(200, page([order_json(1), order_json(2, status="Pending")], has_more=False)))
    result = run("orders", "list")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for header in ("ID", "Status", "Created", "Location / external id"):
        assert header in out
    row = next(line for line in lines(out) if order_json(1)["id"] in line)
    assert "Ready" in row
    assert "2024-05-20 20:57 UTC" in row
    assert "1 North Washington Avenue / EXT00001" in row
    assert "Pending" in out


def test_orders_list_status_filter(serve: Serve, run: Run) -> None:
    api = serve(lambda r: json_response(200, page([order_json(1)], has_more=False)))
    result = run("--json", "orders", "list", "--status", "Ready", "--status", "pending")
    assert result.exit_code == 0, result.output
    assert api.requests[0].url.params.get_list("status") == ["Ready", "Pending"]
    assert json.loads(result.stdout) == [order_json(1)]


def test_orders_list_rejects_unknown_status(serve: Serve, run: Run) -> None:
    api = serve(lambda r: json_response(200, page([], has_more=False)))
    result = run("orders", "list", "--status", "Lost")
    assert result.exit_code == 2
    assert "Lost" in result.output
    assert api.requests == []


def test_table_cells_are_not_read_as_markup(serve: Serve, run: Run) -> None:
    serve(lambda r: json_response(200, page([user_json(0, name="[bold red]Mallory[/]")], has_more=False)))
    result = run("users", "list")
    assert "[bold red]Mallory[/]" in result.stdout


# --- single objects ---------------------------------------------------------------------------------


def test_orders_get_shows_the_order(serve: Serve, run: Run) -> None:
    api = serve(lambda r: json_response(200, order_json(7, id=ORDER_ID)))
    result = run("orders", "get", ORDER_ID)
    assert result.exit_code == 0, result.output
    assert ORDER_ID in result.stdout
    assert "Ready" in result.stdout
    assert "EXT00007" in result.stdout
    assert api.requests[0].url.path == f"/api/integrate/v3/orders/{ORDER_ID}"


def test_orders_get_json(serve: Serve, run: Run) -> None:
    body = order_json(7, id=ORDER_ID, vendor_extra={"kept": True})
    serve(lambda r: json_response(200, body))
    result = run("--json", "orders", "get", ORDER_ID)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == body


def test_users_get_by_email(serve: Serve, run: Run) -> None:
    api = serve(lambda r: json_response(200, user_json(3)))
    result = run("--json", "users", "get", "user3@example.com")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["email"] == "user3@example.com"
    assert api.requests[0].url.path.startswith("/api/integrate/v3/users/user3")
    table = run("users", "get", "user3@example.com")
    assert "Manager" in table.stdout and "Name3" in table.stdout


# --- writes -----------------------------------------------------------------------------------------


def created(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    return json_response(200, {"id": USER_ID, "email": body["email"], "role": body.get("role", "User")})


def test_users_create_without_password_sends_an_invitation(serve: Serve, run: Run) -> None:
    api = serve(created)
    result = run("users", "create", "--email", "new@example.com", "--role", "manager")
    assert result.exit_code == 0, result.output
    assert api.body() == {"email": "new@example.com", "role": "Manager"}
    assert USER_ID in result.stdout


def test_users_create_password_is_prompted_and_never_echoed(serve: Serve, run: Run) -> None:
    password = "Tr0ub4dor&3-horse"
    api = serve(created)
    result = run(
        "--json", "users", "create", "--email", "new@example.com", "--password", input=f"{password}\n{password}\n"
    )
    assert result.exit_code == 0, result.output
    assert api.body()["password"] == password
    assert password not in result.output
    assert json.loads(result.stdout)["id"] == USER_ID  # the prompt went to stderr, stdout is pure JSON


def test_users_create_password_from_environment(serve: Serve, run: Run) -> None:
    api = serve(created)
    result = run(
        "users",
        "create",
        "--email",
        "new@example.com",
        "--office-id",
        ORDER_ID,
        "--password",
        env={"CUBICASA_USER_PASSWORD": "from-env-pw-123"},
    )
    assert result.exit_code == 0, result.output
    assert api.body() == {"email": "new@example.com", "office_id": ORDER_ID, "password": "from-env-pw-123"}
    assert "from-env-pw-123" not in result.output


def test_users_create_validation_error(serve: Serve, run: Run) -> None:
    body = {"validation_error": {"body_params": [{"loc": ["email"], "msg": "value is not a valid email address"}]}}
    api = serve(lambda r: json_response(400, body))
    result = run("users", "create", "--email", "not-an-email")
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        "Error: 400 Bad Request from POST /api/integrate/v3/users: body.email: value is not a valid email address"
    ]
    assert len(api.requests) == 1


def test_users_delete(serve: Serve, run: Run) -> None:
    api = serve(lambda r: json_response(200, {"message": "User deleted"}))
    result = run("users", "delete", USER_ID, "--yes")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "User deleted"
    assert api.requests[0].method == "DELETE"


def test_users_delete_asks_first(serve: Serve, run: Run) -> None:
    api = serve(lambda r: json_response(200, {"message": "User deleted"}))
    declined = run("users", "delete", USER_ID, input="n\n")
    assert declined.exit_code == 1
    assert api.requests == []
    confirmed = run("--json", "users", "delete", USER_ID, input="y\n")
    assert confirmed.exit_code == 0
    typed_answer = confirmed.stdout.index("{")  # CliRunner echoes the typed "y" to stdout; a terminal would not
    assert json.loads(confirmed.stdout[typed_answer:]) == {"message": "User deleted"}
    assert len(api.requests) == 1


# --- combined PDF -----------------------------------------------------------------------------------


def pdf_handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"})


def test_orders_pdf_downloads_the_file(serve: Serve, run: Run, tmp_path: Path) -> None:
    api = serve(pdf_handler)
    out = tmp_path / "plan.pdf"
    result = run("orders", "pdf", ORDER_ID, str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == PDF
    assert f"Saved {out} ({len(PDF)} bytes)" in result.stdout
    assert api.requests[0].url.path.endswith(f"/orders/{ORDER_ID}/combined-pdf")


def test_orders_pdf_json(serve: Serve, run: Run, tmp_path: Path) -> None:
    serve(pdf_handler)
    out = tmp_path / "plan.pdf"
    result = run("--json", "orders", "pdf", ORDER_ID, str(out))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"path": str(out), "bytes": len(PDF)}


def test_orders_pdf_into_a_missing_directory(serve: Serve, run: Run, tmp_path: Path) -> None:
    api = serve(pdf_handler)
    result = run("orders", "pdf", ORDER_ID, str(tmp_path / "nope" / "plan.pdf"))
    assert result.exit_code == 2
    assert lines(result.stderr)[0].startswith("Error: cannot write")
    assert api.requests == []


def test_orders_pdf_not_found_leaves_no_file(serve: Serve, run: Run, tmp_path: Path) -> None:
    serve(lambda r: json_response(404, {"message": "no PDF for this order"}))
    result = run("orders", "pdf", ORDER_ID, str(tmp_path / "plan.pdf"))
    assert result.exit_code == 1
    assert "Error: 404 Not Found" in result.stderr
    assert "no PDF for this order" in result.stderr
    assert list(tmp_path.iterdir()) == []


# --- errors and exit codes --------------------------------------------------------------------------


def raise_(error: type[Exception]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("simulated", request=request)

    return handler


ERROR_CASES = [
    ("404", lambda r: json_response(404, {"message": "no such user"}), 1, "Error: 404 Not Found from GET"),
    ("401", lambda r: json_response(401, {"message": "bad key"}), 1, "Error: 401 Unauthorized"),
    ("429", lambda r: json_response(429, {"message": "slow"}, {"retry-after": "600"}), 1, "Error: 429"),
    ("503", lambda r: json_response(503, {"message": "down"}), 1, "Error: 503 Service Unavailable"),
    ("418", lambda r: json_response(418, {"message": "teapot"}), 1, "Error: 418"),
    ("bad body", lambda r: json_response(200, {"email": "x"}), 1, "Error: 200 from GET"),
    ("connect", raise_(httpx.ConnectError), 3, "Error: GET /api/integrate/v3/users/"),
    ("timeout", raise_(httpx.ReadTimeout), 3, "timed out"),
]


@pytest.mark.parametrize(("name", "handler", "code", "message"), ERROR_CASES, ids=[c[0] for c in ERROR_CASES])
def test_error_exit_codes_and_one_line_messages(
    serve: Serve, run: Run, name: str, handler: Handler, code: int, *, message: str
) -> None:
    serve(handler)
    result = run("--api-key", API_KEY, "users", "get", "user0@example.com")
    assert result.exit_code == code, result.output
    assert result.stdout == ""
    errors = lines(result.stderr)
    assert len(errors) == 1, errors
    assert errors[0].startswith("Error: ")
    assert message in errors[0]
    assert "Traceback" not in result.output
    no_secret(result.output)


def test_status_errors_are_retried_before_giving_up(serve: Serve, run: Run) -> None:
    api = serve(lambda r: json_response(503, {"message": "down"}))
    result = run("users", "get", "user0@example.com")
    assert result.exit_code == 1
    assert len(api.requests) == 3


def test_server_echoing_the_key_does_not_leak_it(serve: Serve, run: Run) -> None:
    serve(lambda r: json_response(401, {"message": f"key {r.headers['api-key']} is revoked"}))
    result = run("--api-key", API_KEY, "users", "list")
    assert result.exit_code == 1
    assert "[REDACTED]" in result.stderr
    no_secret(result.output)


def test_pagination_loop_is_an_api_error(serve: Serve, run: Run) -> None:
    serve(paged({0: page([user_json(0)], has_more=True, next_offset=0)}))
    result = run("users", "list")
    assert result.exit_code == 1
    assert "Error: the page at" in result.stderr


def test_missing_api_key(serve: Serve, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CUBICASA_API_KEY")
    api = serve(sequential_users(1))
    result = run("users", "list")
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        "Error: no CubiCasa API key: pass it to the client or set the CUBICASA_API_KEY environment variable"
    ]
    assert api.requests == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--base-url", "http://api.example.com/v3", "users", "list"], "plain http"),
        (["--base-url", "not a url", "users", "list"], "base_url"),
        (["--timeout", "0", "users", "list"], "timeout"),
        (["orders", "get", "not-a-uuid"], "order_id must be a UUID"),
        (["users", "delete", "42", "--yes"], "user_id must be a UUID"),
        (["users", "list", "--limit", "0"], "limit must be"),
        (["users", "get", " "], "email must be a non-empty string"),
    ],
)
def test_configuration_and_argument_errors_exit_2(serve: Serve, run: Run, args: list[str], message: str) -> None:
    api = serve(sequential_users(1))
    result = run("--api-key", API_KEY, *args)
    assert result.exit_code == 2, result.output
    errors = lines(result.stderr)
    assert len(errors) == 1 and errors[0].startswith("Error: ")
    assert message in errors[0]
    assert api.requests == []
    no_secret(result.output)


@pytest.mark.parametrize(
    "args",
    [["--timeout", "soon", "users", "list"], ["users", "list", "--max-items", "0"], ["users", "create"], ["nope"]],
)
def test_usage_errors_exit_2(serve: Serve, run: Run, args: list[str]) -> None:
    api = serve(sequential_users(1))
    result = run(*args)
    assert result.exit_code == 2
    assert api.requests == []


def test_timeout_option_reaches_requests(serve: Serve, run: Run) -> None:
    api = serve(sequential_users(1))
    assert run("--timeout", "5", "users", "list").exit_code == 0
    assert api.requests[0].extensions["timeout"]["read"] == 5.0
    assert run("users", "list").exit_code == 0
    assert api.requests[1].extensions["timeout"] == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}


def test_base_url_option_and_environment(serve: Serve, run: Run) -> None:
    api = serve(sequential_users(1))
    assert run("--base-url", "http://127.0.0.1:9999/v3", "users", "list").exit_code == 0
    assert str(api.requests[0].url).startswith("http://127.0.0.1:9999/v3/users")
    assert run("users", "list").exit_code == 0
    assert str(api.requests[1].url).startswith(BASE_URL + "/users")


def test_help_never_shows_the_key(run: Run) -> None:
    result = run("--api-key", API_KEY, "--help")
    assert result.exit_code == 0
    assert "CUBICASA_API_KEY" in result.stdout
    no_secret(result.output)


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if not k.startswith("CUBICASA_")}
    env["PYTHONPATH"] = os.pathsep.join(str(root / p) for p in ("generated", "overlays", "."))
    help_run = subprocess.run(
        [sys.executable, "-m", "cubicasa", "--help"], capture_output=True, text=True, env=env, check=False
    )
    assert help_run.returncode == 0, help_run.stderr
    assert "users" in help_run.stdout and "orders" in help_run.stdout
    no_key = subprocess.run(
        [sys.executable, "-m", "cubicasa", "users", "list"], capture_output=True, text=True, env=env, check=False
    )
    assert no_key.returncode == 2
    assert no_key.stderr.strip().startswith("Error: no CubiCasa API key")
    assert "Traceback" not in no_key.stderr
