"""CubiCasa mock behaviour over real loopback HTTP (strict mode: every answer
is also checked against the spec, and the ``client`` fixture fails on drift)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import clientkit_mocks as mocks

HTTP = httpx.Client(verify=False, timeout=10)
DRAFT = {
    "street": "615 Bourbon St",
    "suite": "A1",
    "city": "New Orleans",
    "state": "Louisiana",
    "country": "United States",
    "postalCode": "70130",
    "info": "Extra info",
    "latitude": 29.958365,
    "longitude": -90.066198,
    "external_id": "R4ER93",
    "owner_email": "linus@computer.com",
    "package_type": "base",
    "add_ons": ["gla"],
}
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


def _walk(client: httpx.Client, path: str, limit: int | None = None, **params: Any) -> list[dict[str, Any]]:
    """Follow next_offset as the docs say; fail on a loop or a runaway paginator."""
    items: list[dict[str, Any]] = []
    offset: int | None = 0
    seen_offsets: set[int] = set()
    while offset is not None:
        assert offset not in seen_offsets, "pagination loops"
        seen_offsets.add(offset)
        query = {"offset": offset, **params, **({"limit": limit} if limit else {})}
        page = client.get(path, params=query).json()
        items.extend(page["items"])
        pagination = page["pagination"]
        assert pagination["has_more"] == (pagination["next_offset"] is not None)
        offset = pagination["next_offset"]
        assert len(seen_offsets) < 100
    return items


# -- seeded data and pagination ---------------------------------------------------------------


def test_seeded_company_is_big_enough(client: httpx.Client) -> None:
    users = _walk(client, "/users", limit=100)
    orders = _walk(client, "/orders", limit=100)
    offices = _walk(client, "/offices")
    assert len(users) >= 120 and len(orders) >= 60 and len(offices) >= 5
    statuses = Counter(o["info"]["status"] for o in orders)
    assert set(statuses) == {"New", "Draft", "Pending", "Ready", "Fixing"}
    assert min(statuses.values()) >= 10
    assert {"tim@internet.com", "linus@computer.com"} <= {u["email"] for u in users}  # documented examples


def test_pagination_walks_every_user_exactly_once(client: httpx.Client) -> None:
    users = _walk(client, "/users", limit=37)
    ids = [u["id"] for u in users]
    assert len(ids) == len(set(ids)) == 127
    created = [u["created_at"] for u in users]
    assert created == sorted(created, reverse=True)  # newest first


def test_pagination_envelope_values(client: httpx.Client) -> None:
    first = client.get("/users").json()["pagination"]
    assert first == {"has_more": True, "limit": 20, "next_offset": 20, "previous_offset": 0}
    second = client.get("/users", params={"offset": 20, "limit": 20}).json()["pagination"]
    assert second == {"has_more": True, "limit": 20, "next_offset": 40, "previous_offset": 0}
    third = client.get("/users", params={"offset": 40, "limit": 20}).json()["pagination"]
    assert third["previous_offset"] == 20
    last = client.get("/users", params={"offset": 120, "limit": 20}).json()
    assert last["pagination"]["has_more"] is False and last["pagination"]["next_offset"] is None
    assert len(last["items"]) == 7
    beyond = client.get("/users", params={"offset": 1000}).json()
    assert beyond["items"] == [] and beyond["pagination"]["has_more"] is False
    capped = client.get("/users", params={"limit": 500}).json()
    assert capped["pagination"]["limit"] == 100 and len(capped["items"]) == 100


def test_same_seed_same_data_other_seed_other_data() -> None:
    def first_page(seed: int) -> Any:
        with mocks.running("cubicasa", seed=seed) as url:
            return HTTP.get(f"{url}/users", headers={"api-key": "demo-key"}).json()

    assert first_page(5) == first_page(5)
    assert first_page(5) != first_page(6)


# -- users ------------------------------------------------------------------------------------


def test_user_lifecycle(client: httpx.Client) -> None:
    office = client.get("/offices").json()["items"][0]["id"]
    created = client.post("/users", json={"email": "grace@navy.example", "role": "Manager", "office_id": office})
    assert created.status_code == 200
    user = created.json()
    assert user["email"] == "grace@navy.example" and user["role"] == "Manager"
    assert user["message"].startswith("Invitation email was sent")

    newest = client.get("/users", params={"limit": 1}).json()["items"][0]
    assert newest["id"] == user["id"] and newest["email_confirmed"] is False
    fetched = client.get("/users/GRACE@navy.example")
    assert fetched.status_code == 200 and fetched.json()["id"] == user["id"]

    updated = client.patch(f"/users/{user['id']}", json={"name": "Grace", "surname": "Hopper", "role": "User"})
    assert updated.status_code == 200
    assert (updated.json()["name"], updated.json()["surname"], updated.json()["role"]) == ("Grace", "Hopper", "User")
    assert client.get("/users/grace@navy.example").json()["surname"] == "Hopper"

    deleted = client.delete(f"/users/{user['id']}")
    assert deleted.json() == {"message": "User grace@navy.example was deleted successfully"}
    assert client.get("/users/grace@navy.example").status_code == 404
    assert client.delete(f"/users/{user['id']}").status_code == 404
    assert client.patch(f"/users/{user['id']}", json={"name": "x"}).status_code == 404


def test_create_user_conflicts(client: httpx.Client) -> None:
    duplicate = client.post("/users", json={"email": "Linus@Computer.com"})
    assert duplicate.status_code == 409
    assert "already exists" in duplicate.json()["message"]
    no_office = client.post("/users", json={"email": "new@example.com", "office_id": UNKNOWN_ID})
    assert no_office.status_code == 409


def test_update_user_needs_a_field_and_a_known_office(client: httpx.Client) -> None:
    user_id = client.get("/users/linus@computer.com").json()["id"]
    assert client.patch(f"/users/{user_id}", json={}).status_code == 400
    # 409 as on create: a 404 would say the user itself is gone
    assert client.patch(f"/users/{user_id}", json={"office_id": UNKNOWN_ID}).status_code == 409


def test_get_user_takes_an_email_or_the_id(client: httpx.Client) -> None:
    by_email = client.get("/users/linus@computer.com").json()
    assert client.get(f"/users/{by_email['id']}").json() == by_email
    assert client.get(f"/users/{UNKNOWN_ID}").status_code == 404


def test_unknown_user_is_404(client: httpx.Client) -> None:
    assert client.get("/users/nobody@example.com").status_code == 404
    assert client.delete(f"/users/{UNKNOWN_ID}").json()["message"] == f"User {UNKNOWN_ID} not found."


def test_passwords(client: httpx.Client) -> None:
    client.post("/users", json={"email": "user@example.com", "password": "string"})
    change = {"email": "user@example.com", "old_password": "string", "new_password": "n3w"}
    assert client.post("/users/change-password", json=change).json() == {"message": "Your password has been changed."}
    assert client.post("/users/change-password", json=change).status_code == 403  # old one no longer valid
    missing = {**change, "email": "ghost@example.com"}
    assert client.post("/users/change-password", json=missing).status_code == 404
    reset = client.post("/users/reset-password", json={"email": "user@example.com"})
    assert reset.json() == {"message": "Send reset password email successfully."}
    assert client.post("/users/reset-password", json={"email": "ghost@example.com"}).status_code == 404


# -- company and offices ----------------------------------------------------------------------


def test_company_endpoints(client: httpx.Client) -> None:
    assert set(client.get("/companies/info").json()["profile"]) == {"email", "name"}
    assert client.get("/companies/package").json() == {"package_type": "plus", "add_ons": ["gla"]}
    assert client.post("/companies/merge-request", json={"company": "Acme"}).json()["message"]
    assert client.post("/companies/merge-request", json=[1]).status_code == 400


def test_offices(client: httpx.Client) -> None:
    created = client.post("/offices", json={"name": "Espoo"})
    assert created.status_code == 200
    assert client.get("/offices").json()["items"][0] == created.json()
    assert client.post("/offices", json={"name": "espoo"}).status_code == 409
    assert client.post("/offices", json={"name": ""}).status_code == 400


# -- orders -----------------------------------------------------------------------------------


def test_list_and_get_orders(client: httpx.Client) -> None:
    page = client.get("/orders", params={"limit": 5}).json()
    assert all("delivery_assets" not in o for o in page["items"])
    ready = client.get("/orders", params={"status": "Ready", "limit": 100}).json()["items"]
    assert ready and all(o["info"]["status"] == "Ready" for o in ready)
    order = client.get(f"/orders/{ready[0]['id']}").json()
    assert order["delivery_assets"]["listing_floorplans"]["pdf_urls"]
    draft = client.get("/orders", params={"status": "Draft", "limit": 1}).json()["items"][0]
    assert client.get(f"/orders/{draft['id']}").json()["delivery_assets"]["listing_floorplans"] == []
    assert client.get(f"/orders/{UNKNOWN_ID}").status_code == 404


def test_documented_order_example_is_served(client: httpx.Client) -> None:
    order = client.get("/orders/312babc6-e742-4d54-ac49-e0f7b16ec15a").json()
    assert order["info"]["external_id"] == "EXT10005"
    assert order["info"]["location"] == "121 North Washington Avenue Cubi suite Minneapolis"


def test_combined_pdf(client: httpx.Client) -> None:
    ready = client.get("/orders", params={"status": "Ready", "limit": 1}).json()["items"][0]["id"]
    pdf = client.get(f"/orders/{ready}/combined-pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-1.4") and pdf.content.rstrip().endswith(b"%%EOF")
    xref = int(pdf.content.rsplit(b"startxref", 1)[1].split()[0])
    assert pdf.content[xref:].startswith(b"xref")
    link = client.get(f"/orders/{ready}/combined-pdf", headers={"accept": "application/json"}).json()
    assert link["url"].endswith(f"/orders/{ready}/combined-pdf")
    pending = client.get("/orders", params={"status": "Pending", "limit": 1}).json()["items"][0]["id"]
    assert client.get(f"/orders/{pending}/combined-pdf").status_code == 404


def test_upgrade_and_redeliver(client: httpx.Client) -> None:
    ready = client.get("/orders", params={"status": "Ready", "limit": 1}).json()["items"][0]["id"]
    upgraded = client.post(
        f"/orders/{ready}/post-purchase", json={"package_type": "plus_3d", "add_ons": ["3d_cad_files"]}
    )
    product = upgraded.json()["info"]["product"]
    assert product["package_type"] == "plus_3d" and "3d_cad_files" in product["add_ons"]
    assert "3d_cad_files" not in product["purchasable_add_ons"]
    kept = client.post(f"/orders/{ready}/post-purchase", json={"package_type": None, "add_ons": []}).json()
    assert kept["info"]["product"]["package_type"] == "plus_3d"
    assert client.post(f"/orders/{ready}/re-deliver", json={}).status_code == 200
    pending = client.get("/orders", params={"status": "Pending", "limit": 1}).json()["items"][0]["id"]
    assert client.post(f"/orders/{pending}/re-deliver", json={}).status_code == 409
    draft = client.get("/orders", params={"status": "Draft", "limit": 1}).json()["items"][0]["id"]
    assert client.post(f"/orders/{draft}/post-purchase", json={"package_type": None, "add_ons": []}).status_code == 409


def test_redraw_and_gotoscan_orders(client: httpx.Client) -> None:
    redraw = client.post(
        "/orders/redraw",
        json={
            "street": "1 Elm St",
            "city": "Austin",
            "country": "United States",
            "source": "https://example.com/plan.pdf",
        },
    )
    assert redraw.status_code == 200 and redraw.json()["info"]["status"] == "Pending"
    scan = client.post(
        "/orders/gotoscan",
        json={
            "external_id": "G1",
            "street_address": "2 Oak Avenue",
            "city": "Oulu",
            "country": "Finland",
            "priority": "fast",
        },
    )
    assert scan.status_code == 200 and scan.json()["link"].startswith("https://")
    order = client.get(f"/orders/{scan.json()['id']}").json()
    assert order["info"]["status"] == "New" and order["info"]["go2scan"]["priority"] == "fast"
    assert client.post("/orders/gotoscan", json={"external_id": "G1"}).status_code == 400


# -- draft orders, change requests, webhooks --------------------------------------------------


def test_draft_order_lifecycle(client: httpx.Client) -> None:
    created = client.post("/orders/draft", json=DRAFT)
    assert created.status_code == 200
    order = created.json()
    assert order["info"]["status"] == "Draft"
    assert order["address"]["full_address"] == "615 Bourbon St, A1, New Orleans, Louisiana, 70130, United States"
    assert order["info"]["created_by"] == "linus@computer.com"

    replaced = client.patch(f"/orders/draft/{order['id']}", json={**DRAFT, "city": "Baton Rouge", "external_id": "X2"})
    assert replaced.status_code == 200
    assert client.get(f"/orders/{order['id']}").json()["info"]["external_id"] == "X2"

    deleted = client.delete(f"/orders/draft/{order['id']}")
    assert deleted.json()["message"] == f"Draft order {order['id']} was deleted successfully"
    assert client.get(f"/orders/{order['id']}").status_code == 404
    assert client.delete(f"/orders/draft/{order['id']}").status_code == 404


def test_only_drafts_can_be_edited_as_drafts(client: httpx.Client) -> None:
    ready = client.get("/orders", params={"status": "Ready", "limit": 1}).json()["items"][0]["id"]
    assert client.patch(f"/orders/draft/{ready}", json=DRAFT).status_code == 409
    assert client.delete(f"/orders/draft/{ready}").status_code == 409


def test_change_requests_move_order_to_fixing_and_fire_webhook(
    client: httpx.Client,
    receiver_factory: Callable[[int], Any],
    deliveries: Callable[[int], list[dict[str, Any]]],
) -> None:
    receiver = receiver_factory(0)
    client.patch("/companies/webhook", json={"webhook_urls": [receiver.url], "webhook_triggers": ["moved_to_fixing"]})
    ready = client.get("/orders", params={"status": "Ready", "limit": 100}).json()["items"]
    order_id = next(o["id"] for o in ready if not client.get(f"/orders/{o['id']}/change-requests").json()["items"])
    created = client.post(f"/orders/{order_id}/change-requests", json={"description": "Move the door", "id": 7})
    assert created.status_code == 200
    change = created.json()
    assert change["description"] == "Move the door" and isinstance(change["id"], str)
    assert client.get(f"/orders/{order_id}").json()["info"]["status"] == "Fixing"
    assert client.get(f"/orders/{order_id}/change-requests/{change['id']}").json() == change
    assert client.get(f"/orders/{order_id}/change-requests").json()["items"] == [change]
    assert client.post(f"/orders/{order_id}/change-requests", json={}).status_code == 409  # already Fixing
    assert client.get(f"/orders/{order_id}/change-requests/{UNKNOWN_ID}").status_code == 404
    assert client.get(f"/orders/{UNKNOWN_ID}/change-requests").status_code == 404
    [delivery] = deliveries(1)
    assert delivery["delivered"] is True
    assert receiver.calls[0]["current_status"] == "Fixing" and receiver.calls[0]["previous_status"] == "Ready"


def test_advance_walks_statuses_and_notifies_only_subscribed_triggers(
    client: httpx.Client,
    receiver_factory: Callable[[int], Any],
    deliveries: Callable[[int], list[dict[str, Any]]],
) -> None:
    receiver = receiver_factory(0)
    triggers = ["moved_to_pending", "moved_to_ready"]
    client.patch("/companies/webhook", json={"webhook_urls": [receiver.url], "webhook_triggers": triggers})
    order_id = client.post("/orders/draft", json=DRAFT).json()["id"]  # moved_to_draft: not subscribed
    steps = [client.post(f"/__mock__/orders/{order_id}/advance").json() for _ in range(2)]
    assert [(s["previous_status"], s["current_status"]) for s in steps] == [("Draft", "Pending"), ("Pending", "Ready")]
    assert client.post(f"/__mock__/orders/{order_id}/advance").status_code == 409  # Ready has no next status
    assert client.post(f"/__mock__/orders/{UNKNOWN_ID}/advance").status_code == 404
    deliveries(2)
    assert [(c["previous_status"], c["current_status"]) for c in receiver.calls] == [
        ("Draft", "Pending"),
        ("Pending", "Ready"),
    ]
    assert client.get(f"/orders/{order_id}").json()["info"]["first_delivered_at"] is not None


def test_webhook_settings_replace_and_delete(client: httpx.Client) -> None:
    first = {"webhook_urls": ["https://domain.com/webhook"], "webhook_triggers": ["moved_to_ready"]}
    assert client.patch("/companies/webhook", json=first).json() == first
    ignored = client.patch("/companies/webhook", json={"webhook_urls": [], "url": "x", "secret": "y"})
    assert ignored.json() == {"webhook_urls": [], "webhook_triggers": []}
    assert client.patch("/companies/webhook", json={"webhook_triggers": ["moved_to_moon"]}).status_code == 400
    assert client.delete("/companies/webhook").json() == {"message": "Webhook settings were deleted."}


@pytest.mark.parametrize("key", ["order-1", "order-2"])
def test_draft_creation_is_idempotent_per_key(client: httpx.Client, key: str) -> None:
    answers = [client.post("/orders/draft", json=DRAFT, headers={"Idempotency-Key": key}).json() for _ in range(3)]
    assert answers[0] == answers[1] == answers[2]
    drafts = client.get("/orders", params={"status": "Draft", "limit": 100}).json()["items"]
    assert sum(1 for o in drafts if o["id"] == answers[0]["id"]) == 1
