"""A short tour of the Pulse CRM client against its embedded mock (real HTTP)."""

from __future__ import annotations

import httpx

import clientkit_mocks as mocks
import pulse_crm
from demo._console import banner, console, step


def tour(base_url: str) -> None:
    with pulse_crm.PulseCRM(
        api_key="apiKey-demo", api_secret="demo-secret", account_id="2311", base_url=base_url, timeout=10
    ) as pulse:
        step("Log in with API key + secret (done once, on first use) and walk every user")
        first = pulse.users.list_page(page_size=5)
        for user in first.data:
            console.print(f"{user.id:>4}  {user.email}")
        console.print(f"walked every page: {sum(1 for _ in pulse.users.list(page_size=25))} users in account 2311")

        step("Create, update, delete")
        created = pulse.users.create(email="ada@example.com", name="Ada")
        console.print(f"created {created.email} id={created.id}")
        updated = pulse.users.update(created.id, name="Ada Lovelace", active=False)
        console.print(f"updated: {updated.name}, active={updated.active}")
        pulse.users.delete(created.id)
        try:
            pulse.users.get(created.id)
        except pulse_crm.NotFoundError as exc:
            console.print(f"afterwards -> NotFoundError: {exc}")

        step("The session expires server-side: the next call logs in again by itself")
        httpx.post(f"{base_url}/__mock__/sessions/expire")
        console.print(f"still working: {pulse.users.get(first.data[0].id).email}")


def main() -> int:
    with mocks.running("pulse_crm") as base_url:
        banner("Pulse CRM", base_url, "API key apiKey-demo / demo-secret, account 2311")
        tour(base_url)
    return 0
