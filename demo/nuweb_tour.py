"""A short tour of the NU Web client against its embedded mock (real HTTP)."""

from __future__ import annotations

import clientkit_mocks as mocks
import nuweb
from demo._console import banner, console, step


def tour(base_url: str) -> None:
    with nuweb.NuWeb(token="demo-token", company_id=1, base_url=base_url, timeout=10) as nu:
        step("JSON:API flattened: one page, included relationships resolved")
        page = nu.users.list_page(limit=3)
        for user in page.items:
            roles = ", ".join(str(role.title) for role in user.roles)
            console.print(f"{user.id:>4}  {user.name:<22} {user.email:<40} roles: {roles}")
        console.print(f"meta.total says {page.total}; walked {sum(1 for _ in nu.users.list(limit=50))} users")

        step("Create, suspend, restore; validation errors per field")
        created = nu.users.create(name="Ada Lovelace", email="ada@example.com", password="correct horse battery")
        console.print(f"created {created.name} <{created.email}> id={created.id}")
        console.print(f"suspended: {nu.users.suspend(created.id).message}")
        console.print(f"restored: {nu.users.restore(created.id).message}")
        try:
            nu.users.create(name="Ada again", email="ada@example.com", password="correct horse battery")
        except nuweb.ValidationError as exc:
            console.print(f"duplicate -> ValidationError: {exc.errors}")


def main() -> int:
    with mocks.running("nuweb") as base_url:
        banner("NU Web (Nutickets)", base_url, "tokens: demo-token, readonly-token; company 1")
        tour(base_url)
    return 0
