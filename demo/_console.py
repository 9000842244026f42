"""Shared output helpers for the demo tours."""

from __future__ import annotations

from rich.console import Console

console = Console(highlight=False, soft_wrap=True)


def step(title: str) -> None:
    console.print(f"\n[bold cyan]== {title}[/]")


def banner(api: str, base_url: str, credentials: str) -> None:
    console.print(f"\n[bold magenta]#### {api}[/] mock serving at {base_url} ({credentials})")
