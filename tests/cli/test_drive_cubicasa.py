"""Every `cubicasa` command run for real against the CubiCasa mock, in flows a user would follow."""

from __future__ import annotations

import uuid
from pathlib import Path

from tests.cli.conftest import Cli, drives


def rows(text: str) -> list[dict[str, str]]:
    """Tab-separated output (a pipe) as dicts keyed by the header line."""
    header, *lines = text.splitlines()
    return [dict(zip(header.split("\t"), line.split("\t"), strict=True)) for line in lines]


def ready_order(cubicasa: Cli) -> str:
    orders = cubicasa.json("orders", "list", "--status", "Ready", "--max-items", "1")
    assert [o["info"]["status"] for o in orders] == ["Ready"]
    return str(orders[0]["id"])


@drives(
    "cubicasa",
    "users list",
    "users list-page",
    "users create",
    "users get-by-email",
    "users update",
    "users change-password",
    "users send-reset-link",
    "users delete",
)
def test_user_lifecycle(cubicasa: Cli) -> None:
    listed = rows(cubicasa("users", "list", "--max-items", "25", "--limit", "10").stdout)
    assert len(listed) == 25 and all(uuid.UUID(r["id"]) and "@" in r["email"] for r in listed)
    page = cubicasa.json("users", "list-page", "--limit", "3")
    assert len(page["items"]) == 3 and page["pagination"]["has_more"] is True

    created = cubicasa.json(
        "users", "create", "--email", "ada.cli@example.com", "--role", "Manager", "--password",
        env={"CUBICASA_PASSWORD": "first-pass-123"},
    )  # fmt: skip
    assert created["email"] == "ada.cli@example.com" and created["message"] == "User was created."
    user_id = created["id"]
    assert cubicasa.json("users", "get-by-email", "ada.cli@example.com")["id"] == user_id

    updated = cubicasa("users", "update", user_id, "--name", "Ada", "--surname", "Lovelace").stdout
    assert "Ada" in updated and "Lovelace" in updated and user_id in updated
    passwords = "first-pass-123\nsecond-pass-456\n"  # old, then new: a pipe gives one per line
    changed = cubicasa("users", "change-password", "--email", "ada.cli@example.com", input=passwords)
    assert "password has been changed" in changed.stdout
    cubicasa("users", "send-reset-link", "--email", "ada.cli@example.com")

    deleted = cubicasa("users", "delete", user_id, "--yes")
    assert "deleted" in deleted.stdout
    cubicasa("users", "get-by-email", "ada.cli@example.com", code=1)


@drives(
    "cubicasa",
    "orders list",
    "orders list-page",
    "orders get",
    "orders combined-pdf",
    "orders upgrade",
    "orders redeliver",
    "orders redraw",
)
def test_orders(cubicasa: Cli, tmp_path: Path) -> None:
    listed = rows(cubicasa("orders", "list", "--status", "Ready", "--status", "Pending", "--max-items", "30").stdout)
    assert listed and {r["info.status"] for r in listed} <= {"Ready", "Pending"}
    page = cubicasa.json("orders", "list-page", "--limit", "2", "--offset", "2")
    assert len(page["items"]) == 2

    order_id = ready_order(cubicasa)
    shown = cubicasa("orders", "get", order_id).stdout
    assert "id" in shown and order_id in shown and "delivery_assets" in shown

    saved = cubicasa("orders", "combined-pdf", order_id, str(tmp_path / "plan.pdf"))
    assert saved.stdout.strip() == str(tmp_path / "plan.pdf")
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")

    redelivered = cubicasa.json("orders", "redeliver", order_id, "--order-preferences", '{"comment": "again"}')
    assert redelivered["id"] == order_id
    upgraded = cubicasa.json("orders", "upgrade", order_id, "--package-type", "plus", "--add-ons", "3d_video")
    assert "3d_video" in upgraded["info"]["product"]["add_ons"]

    redraw = cubicasa.json(
        "orders", "redraw", "--street", "1 Main St", "--city", "Espoo", "--country", "Finland",
        "--source", "https://example.com/old-plan.pdf", "--idempotency-key", "redraw-cli-1",
    )  # fmt: skip
    assert redraw["info"]["order_type"] == "redraw"


@drives("cubicasa", "drafts create", "drafts update", "drafts delete", "gotoscan create")
def test_drafts_and_gotoscan(cubicasa: Cli) -> None:
    address = ("--street", "2 Side St", "--city", "Turku", "--country", "Finland")
    owner = ("--owner-email", "ada.khan@northwind-media.example")
    draft = cubicasa.json("drafts", "create", *address, *owner, "--add-ons", "gla")
    assert draft["info"]["status"] == "Draft"
    moved = ("--street", "3 Side St", "--city", "Turku", "--country", "Finland")
    updated = cubicasa.json("drafts", "update", draft["id"], *moved, *owner, "--postal-code", "20100")
    assert updated["address"]["street"] == "3 Side St"
    assert "deleted" in cubicasa("drafts", "delete", draft["id"], "-y").stdout
    cubicasa("orders", "get", draft["id"], code=1)

    scan = cubicasa.json(
        "gotoscan", "create", "--external-id", "CLI-1", "--street-address", "4 Main St", "--city", "Oulu",
        "--country", "Finland",
    )  # fmt: skip
    assert scan["link"].startswith("https://")


@drives(
    "cubicasa",
    "offices list",
    "offices list-page",
    "offices create",
    "change-requests list",
    "change-requests list-page",
    "change-requests create",
    "change-requests get",
)
def test_offices_and_change_requests(cubicasa: Cli) -> None:
    office = cubicasa.json("offices", "create", "--name", "CLI Office")
    assert office["name"] == "CLI Office"
    assert office["id"] in cubicasa("offices", "list").stdout
    assert cubicasa.json("offices", "list-page", "--limit", "1")["items"]

    order_id = ready_order(cubicasa)
    request = cubicasa.json("change-requests", "create", order_id, "--field", "description=Move the sofa")
    assert request["description"] == "Move the sofa"
    listed = cubicasa.json("change-requests", "list", order_id)
    assert request["id"] in [r["id"] for r in listed]
    assert cubicasa.json("change-requests", "list-page", order_id)["items"]
    assert cubicasa.json("change-requests", "get", order_id, request["id"])["id"] == request["id"]


@drives(
    "cubicasa", "company info", "company package", "company merge-request", "company delete-webhook", "webhooks update"
)
def test_company_and_webhooks(cubicasa: Cli) -> None:
    assert "profile.email" in cubicasa("company", "info").stdout
    assert cubicasa.json("company", "package")
    merged = cubicasa("company", "merge-request", "--field", "email=partner@example.com", "--field", "note=42")
    assert "Merge request" in merged.stdout
    hooks = cubicasa.json("webhooks", "update", "--urls", "https://example.com/hooks/1", "--triggers", "moved_to_ready")
    assert hooks
    cubicasa("company", "delete-webhook", "--yes")
