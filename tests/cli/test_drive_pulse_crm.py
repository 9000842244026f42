"""Every `pulse-crm` command run for real against the Pulse CRM mock."""

from __future__ import annotations

from tests.cli.conftest import Cli, drives


@drives("pulse_crm", "auth login", "auth session")
def test_login_and_session(pulse: Cli) -> None:
    # A login needs no key: only the user's e-mail, and the password from $PULSE_PASSWORD.
    no_key = {"PULSE_API_KEY": None, "PULSE_API_SECRET": None, "PULSE_PASSWORD": "demo-password"}
    session = pulse.json("auth", "login", "--email", "demo@example.com", "--password", env=no_key)
    assert session["email"] == "demo@example.com" and len(session["token"]) == 64  # the new token is the answer

    by_key = pulse.json("auth", "login", "--api-key", "apiKey-demo", "--api-secret", input="demo-secret\n")
    assert by_key["token"] != session["token"]

    # The session the command line itself opens (from $PULSE_API_KEY/$PULSE_API_SECRET): its token is masked.
    shown = pulse("auth", "session").stdout
    assert "demo@example.com" in shown and "[REDACTED]" in shown

    # A token from a login works as $PULSE_TOKEN.
    with_token = {"PULSE_API_KEY": None, "PULSE_API_SECRET": None, "PULSE_TOKEN": session["token"]}
    assert pulse.json("auth", "session", env=with_token)["email"] == "demo@example.com"


@drives("pulse_crm", "users list", "users list-page", "users create", "users get", "users update", "users delete")
def test_user_lifecycle(pulse: Cli) -> None:
    everyone = pulse.json("users", "list", "--page-size", "50")
    assert len(everyone) > 50 and len({u["id"] for u in everyone}) == len(everyone)
    page = pulse.json("users", "list-page", "--page", "2", "--page-size", "5", "--sort", "name")
    assert len(page["data"]) == 5 and page["page"] == 2
    found = pulse("users", "list", "--search", "priya", "--max-items", "3").stdout
    assert "priya" in found.lower()

    created = pulse.json("users", "create", "--email", "grace.cli@example.com", "--name", "Grace", "--no-active")
    user_id = str(created["id"])
    assert created["active"] is False
    assert pulse.json("users", "get", user_id)["email"] == "grace.cli@example.com"
    preferences = '{"email": false}'
    updated = pulse.json("users", "update", user_id, "--active", "--notification-preferences", preferences)
    assert updated["active"] is True
    assert "Grace" in pulse("users", "update", user_id, "--phone", "+1-555-0100").stdout
    pulse("users", "delete", user_id, "--yes")
    pulse("users", "get", user_id, code=1)


@drives("pulse_crm", "accounts list")
def test_accounts_of_the_session(pulse: Cli) -> None:
    # The demo key's session sees account 2311 only; the demo user's login sees 2311 and 4750, not 8802.
    assert {str(account["id"]) for account in pulse.json("accounts", "list")} == {"2311"}
    session = pulse.json(
        "auth", "login", "--email", "demo@example.com", "--password", env={"PULSE_PASSWORD": "demo-password"}
    )
    by_user = {"PULSE_API_KEY": None, "PULSE_API_SECRET": None, "PULSE_TOKEN": session["token"]}
    assert {str(account["id"]) for account in pulse.json("accounts", "list", env=by_user)} == {"2311", "4750"}
    assert "4750" in pulse("accounts", "list", env=by_user).stdout
