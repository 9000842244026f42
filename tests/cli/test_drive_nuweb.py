"""Every `nuweb` command run for real against the NU Web mock."""

from __future__ import annotations

from tests.cli.conftest import Cli, drives


@drives("nuweb", "auth login")
def test_login_prints_the_new_token(nuweb: Cli) -> None:
    # A login is how a token is obtained: no $NUWEB_TOKEN is needed, and the new token is the answer.
    env = {"NUWEB_TOKEN": None, "NUWEB_PASSWORD": "demo-password"}
    result = nuweb("auth", "login", "--email", "demo@example.com", "--password", env=env)
    token = result.stdout.strip()
    assert "|" in token and len(token) > 20
    assert nuweb.json("users", "get", "2", env={"NUWEB_TOKEN": token})["email"] == "demo@example.com"
    assert nuweb.json("auth", "login", "--email", "demo@example.com", "--password", input="demo-password\n") != token


@drives(
    "nuweb",
    "users list",
    "users list-page",
    "users create",
    "users get",
    "users update",
    "users suspend",
    "users restore",
)
def test_user_lifecycle(nuweb: Cli) -> None:
    everyone = nuweb.json("users", "list", "--limit", "50")
    assert len(everyone) == 123  # the active users of company 1
    page = nuweb.json("users", "list-page", "--limit", "10", "--page", "2")
    assert len(page["items"]) == 10 and page["number"] == 2
    with_trashed = nuweb("users", "list", "--with-trashed", "--include", "roles", "--max-items", "200").stdout
    assert len(with_trashed.splitlines()) == 1 + 127

    created = nuweb.json(
        "users", "create", "--name", "Cli User", "--email", "cli.user@example.com", "--password",
        env={"NUWEB_PASSWORD": "long-enough-1"},
    )  # fmt: skip
    user_id = str(created["id"])
    assert nuweb.json("users", "get", "--email", "cli.user@example.com")["id"] == created["id"]
    updated = nuweb.json("users", "update", user_id, "--name", "Cli Renamed", "--accepted-terms", "--roles", "2")
    assert updated["name"] == "Cli Renamed"

    assert "suspended" in nuweb("users", "suspend", user_id, "--yes").stdout
    nuweb("users", "get", user_id, code=1)
    assert nuweb.json("users", "get", user_id, "--with-trashed")["deleted_at"] is not None
    assert "restored" in nuweb("users", "restore", "--email", "cli.user@example.com").stdout
    assert nuweb.json("users", "get", user_id)["deleted_at"] is None
