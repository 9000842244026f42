"""Options that work the same on every command: --json anywhere, --version, booleans, JSON values,
open bodies (--field), pages, listings that stop early, help that says what a command does."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import httpx
import pytest

import cubicasa
import nuweb
import pulse_crm
from tests.cli.conftest import Cli
from tests.cli.terminal import BIN


def test_json_is_accepted_before_between_and_after(cubicasa: Cli) -> None:
    order_id = cubicasa.json("orders", "list", "--max-items", "1")[0]["id"]
    placements = [
        ["--json", "orders", "get", order_id],
        ["orders", "--json", "get", order_id],
        ["orders", "get", "--json", order_id],
        ["orders", "get", order_id, "--json"],
    ]
    answers = [json.loads(cubicasa(*args).stdout) for args in placements]
    assert all(answer == answers[0] for answer in answers) and answers[0]["id"] == order_id


@pytest.mark.parametrize(("command", "package"), [("cubicasa", cubicasa), ("pulse-crm", pulse_crm), ("nuweb", nuweb)])
def test_version(command: str, package: Any) -> None:
    version = package.__version__
    for flag in ("--version", "-V"):
        result = subprocess.run([str(BIN / command), flag], capture_output=True, text=True, timeout=30, check=False)
        assert (result.returncode, result.stdout) == (0, f"{command} {version}\n")


def test_booleans_are_tri_state(pulse: Cli) -> None:
    off = pulse.json("users", "create", "--email", "off@example.com", "--no-active")
    on = pulse.json("users", "create", "--email", "on@example.com", "--active")
    unset = pulse.json("users", "create", "--email", "unset@example.com")
    assert (off["active"], on["active"]) == (False, True)
    assert pulse.json("users", "update", str(off["id"]), "--name", "Only a name")["active"] is False  # not sent
    assert unset["email"] == "unset@example.com"
    help_text = " ".join(pulse("users", "create", "--help").stdout.split())
    assert "--active / --no-active" in help_text and "Neither: not sent." in help_text


def test_json_values_are_checked_with_the_option_named(cubicasa: Cli) -> None:
    order_id = cubicasa.json("orders", "list", "--status", "Ready", "--max-items", "1")[0]["id"]
    bad = cubicasa("orders", "redeliver", order_id, "--order-preferences", "{oops", code=2)
    assert "Invalid value for '--order-preferences'" in bad.stderr and "is not JSON" in bad.stderr
    not_object = cubicasa("orders", "redeliver", order_id, "--order-preferences", "[1, 2]", code=2)
    assert "expected a JSON object" in not_object.stderr


def test_fields_of_an_open_body(cubicasa: Cli) -> None:
    sent = cubicasa.json(
        "company", "merge-request", "--field", "count=3", "--field", 'tags=["a"]', "--field", "note=hi"
    )
    assert sent["message"]
    bad = cubicasa("company", "merge-request", "--field", "no-equals-sign", code=2)
    assert "expected NAME=VALUE" in bad.stderr and "'--field'" in bad.stderr


def test_a_page_prints_its_items_and_where_the_next_one_starts(cubicasa: Cli, nuweb: Cli) -> None:
    result = cubicasa("users", "list-page", "--limit", "2")
    assert len(result.stdout.splitlines()) == 1 + 2
    assert result.stderr.startswith("page: ") and "has_more=yes" in result.stderr and "next_offset=2" in result.stderr
    numbered = nuweb("users", "list-page", "--limit", "5", "--page", "3")
    assert len(numbered.stdout.splitlines()) == 1 + 5 and "number=3" in numbered.stderr


def test_max_items_stops_fetching(cubicasa: Cli) -> None:
    cubicasa("users", "list", "--limit", "5", "--max-items", "7")
    stats = httpx.get(f"{cubicasa.url}/__mock__/stats").json()
    assert stats["requests"]["list_users"] == 2


def test_an_empty_listing_says_so_on_stderr(cubicasa: Cli) -> None:
    draft = cubicasa.json(
        "drafts", "create", "--street", "5 Quiet St", "--city", "Vaasa", "--country", "Finland",
        "--owner-email", "ada.khan@northwind-media.example",
    )  # fmt: skip
    empty = cubicasa("change-requests", "list", draft["id"])
    assert (empty.stdout, empty.stderr) == ("", "No change requests.\n")
    assert cubicasa.json("change-requests", "list", draft["id"]) == []


def test_help_describes_arguments_environment_and_exit_codes(cubicasa: Cli) -> None:
    root = cubicasa("--help").stdout
    assert "$CUBICASA_API_KEY" in root and "$CUBICASA_BASE_URL" in root
    assert "Exit codes: 0" in root and "4 cancelled at a prompt" in root
    download = cubicasa("orders", "combined-pdf", "--help").stdout
    assert "ORDER_ID  Id of the order." in download and "PATH" in download and "progress bar" in download
    listing = cubicasa("orders", "list", "--help").stdout
    assert "Draft|Fixing|New|Pending|Ready" in listing and "--max-items" in listing and "paginator" not in listing
    assert "asks before sending" in cubicasa("users", "delete", "--help").stdout.lower()
    login = subprocess.run(
        [sys.executable, "-m", "nuweb", "auth", "login", "--help"], capture_output=True, text=True, check=False
    )
    assert "Sends no credentials" in login.stdout and "$NUWEB_PASSWORD" in login.stdout
