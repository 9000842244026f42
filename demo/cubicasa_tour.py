"""A tour of the CubiCasa client against the embedded mock: every call below is real HTTP."""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

import httpx
from rich.table import Table

import clientkit_mocks as mocks
import cubicasa
from cubicasa.models import OrderStatusEvent, User
from demo._console import banner, console, step
from demo.webhook_sink import serving


def list_users(client: cubicasa.CubiCasa) -> None:
    step("List users, lazily, page by page")
    table = Table(box=None)  # e-mails are kept whole at 80 columns; the name column gives way
    table.add_column("email", no_wrap=True, min_width=38)
    table.add_column("name", overflow="ellipsis", no_wrap=True)
    table.add_column("role", no_wrap=True)
    table.add_column("confirmed", no_wrap=True)
    for user in client.users.list_page(limit=5).items:
        name = f"{user.name or ''} {user.surname or ''}".strip()
        table.add_row(user.email, name, str(user.role), str(user.email_confirmed))
    console.print(table)
    total = sum(1 for _ in client.users.list(limit=50))
    console.print(f"walked every page: {total} users (has_more/next_offset followed as the server said)")


def user_lifecycle(client: cubicasa.CubiCasa) -> User:
    step("Create, read, update and delete a user")
    office = client.offices.list_page(limit=1).items[0]
    created = client.users.create(email="grace@example.com", role="User", office_id=office.id)
    console.print(f"created {created.email} id={created.id}: {created.message}")
    console.print(f"fetched by e-mail: role={client.users.get_by_email('grace@example.com').role}")
    user = client.users.update(created.id, name="Grace", surname="Hopper", role="Manager")
    console.print(f"updated: {user.name} {user.surname}, role={user.role}")
    console.print(f"deleted: {client.users.delete(created.id).message}")
    try:
        client.users.get_by_email("grace@example.com")
    except cubicasa.NotFoundError as exc:
        console.print(f"afterwards -> {type(exc).__name__}: {exc}")
    return client.users.list_page(limit=1).items[0]


def typed_errors(client: cubicasa.CubiCasa, base_url: str) -> None:
    step("Typed errors")
    existing = client.users.list_page(limit=1).items[0].email
    try:
        client.users.create(email=existing, role="User")
    except cubicasa.ConflictError as exc:
        console.print(f"duplicate e-mail -> {type(exc).__name__} (status {exc.status_code})")
    try:
        client.drafts.create(street=" ", city="Oulu", country="Finland", owner_email=existing)
    except cubicasa.ArgumentError as exc:
        console.print(f"checked before sending -> ArgumentError: {exc}")
    with cubicasa.CubiCasa(api_key="readonly-key", base_url=base_url) as readonly:
        try:
            readonly.offices.create(name="Not allowed")
        except cubicasa.PermissionDeniedError as exc:
            console.print(f"read-only key writing -> {type(exc).__name__}: {exc}")


def orders_and_pdf(client: cubicasa.CubiCasa) -> None:
    step("Orders that are Ready, one order's details, its combined PDF streamed to disk")
    ready = [order for _, order in zip(range(3), client.orders.list(status="Ready"), strict=False)]
    for order in ready:
        console.print(f"{order.id}  {order.info.status}  {order.info.location}")
    detail = client.orders.get(ready[0].id)
    assets = detail.delivery_assets.to_dict() if detail.delivery_assets else {}
    console.print(f"delivery assets of the first: {sorted(assets)}")
    with tempfile.TemporaryDirectory() as tmp:
        path = client.orders.combined_pdf(ready[0].id, Path(tmp) / "plan.pdf")
        console.print(f"saved {path.name}: {path.stat().st_size} bytes, starts with {path.read_bytes()[:8]!r}")


def drafts_and_webhook(client: cubicasa.CubiCasa, owner: User) -> None:
    step("Draft order lifecycle and the order-status webhook")
    events: list[OrderStatusEvent] = []
    arrived = threading.Event()

    def on_event(event: OrderStatusEvent) -> None:
        events.append(event)
        arrived.set()

    receiver = cubicasa.webhooks.receiver(on_event)
    with serving(receiver) as hook_url:  # type: ignore[arg-type]
        config = client.webhooks.update(urls=[hook_url], triggers=["moved_to_draft", "moved_to_ready"])
        console.print(f"webhook registered for {[str(t) for t in config.webhook_triggers or []]}")
        address = {"city": "New Orleans", "country": "United States", "owner_email": owner.email}
        draft = client.drafts.create(street="615 Bourbon St", **address)
        console.print(f"draft created: {draft.id} status={draft.info.status}")
        arrived.wait(5)
        for event in events:
            before = event.previous_status if isinstance(event.previous_status, str) else "(new)"
            console.print(f"webhook received: order {event.id} {before} -> {event.current_status}")
        draft = client.drafts.update(draft.id, street="616 Bourbon St", **address)
        console.print(f"draft updated: {draft.address.street if draft.address else '?'}")
        console.print(f"draft deleted: {client.drafts.delete(draft.id).message}")
    receiver.close()


def retries_against_faults() -> None:
    step("Retries: a second mock fails 30% of requests with 503 (Retry-After: 0)")
    with (
        mocks.running("cubicasa", fault_rate=0.3, faults=("503",), seed=7, retry_after_s=0) as flaky_url,
        cubicasa.CubiCasa(api_key="demo-key", base_url=flaky_url, max_retries=4) as flaky,
    ):
        started = time.perf_counter()
        count = sum(1 for _ in flaky.users.list(limit=20))
        stats = httpx.get(f"{flaky_url}/__mock__/stats").json()
        console.print(
            f"walked {count} users in {time.perf_counter() - started:.1f}s; the mock injected "
            f"{sum(stats['faults'].values())} faults in {sum(stats['requests'].values())} answered requests, "
            "all absorbed by retries"
        )


def main() -> int:
    with mocks.running("cubicasa") as base_url:
        banner("CubiCasa Integrate v3", base_url, "keys: demo-key, readonly-key")
        with cubicasa.CubiCasa(api_key="demo-key", base_url=base_url, timeout=10) as client:
            console.print(f"client: {client!r}")
            list_users(client)
            owner = user_lifecycle(client)
            typed_errors(client, base_url)
            orders_and_pdf(client)
            drafts_and_webhook(client, owner)
    retries_against_faults()
    return 0
