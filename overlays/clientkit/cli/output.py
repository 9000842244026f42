"""How answers are shown: JSON for programs, tables for people, tab-separated lines in pipes.

Identifiers and e-mail addresses are never cut: in a terminal they keep their full width
and the other columns wrap (or are left out when the terminal is too narrow); in a pipe
every value is written whole, one tab-separated row per item, so IDs can be copied.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from rich.table import Table
from rich.text import Text

from clientkit.redaction import Secret

KEY_COLUMNS = ("id", "email")  # never cut
PREFERRED = ("id", "email", "name", "surname", "status", "role", "title", "created_at", "message")
MAX_COLUMNS = 6
MIN_OTHER_WIDTH = 10


def plain(value: Any) -> Any:
    """A JSON-ready copy of an answer: models via `to_dict()`, dataclasses field by field."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Secret):
        return value.reveal()  # only answers that are secrets themselves (a new token) get here
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.repr}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID | Path):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return str(value)


def is_tty() -> bool:
    return sys.stdout.isatty()


def print_json(value: Any) -> None:
    click.echo(json.dumps(plain(value), indent=2, ensure_ascii=False, default=str))


def print_json_lines_array(items: Iterable[Any]) -> None:
    """A JSON array written item by item: a long listing is never held in memory."""
    opened = False
    for item in items:
        text = json.dumps(plain(item), ensure_ascii=False, default=str)
        click.echo(("[\n  " if not opened else ",\n  ") + text, nl=False)
        opened = True
    click.echo("\n]" if opened else "[]")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """Nested objects one level up: `{"info": {"status": ...}}` -> `{"info.status": ...}`."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict):
            for inner, item in value.items():
                flat.setdefault(f"{key}.{inner}", item)
        else:
            flat[key] = value
    return flat


def _rank(name: str) -> int:
    leaf = name.rsplit(".", 1)[-1]
    return PREFERRED.index(leaf) if leaf in PREFERRED else len(PREFERRED)


def columns(rows: list[dict[str, Any]]) -> list[str]:
    """The columns worth showing: identifiers first, then the best-known scalar fields."""
    seen: dict[str, None] = {}
    for row in rows[:50]:
        for key, value in row.items():
            if _scalar(value) or (isinstance(value, list) and all(_scalar(v) for v in value)):
                seen.setdefault(key, None)
    ordered = sorted(seen, key=_rank)  # stable: the API's own order among equals
    return ordered[:MAX_COLUMNS]


def print_rows(items: Iterable[Any], *, empty: str) -> int:
    """Items as a table (terminal) or tab-separated lines (pipe); returns how many."""
    rows = [plain(item) for item in items]
    rows = [flatten(row) if isinstance(row, dict) else {"value": row} for row in rows]
    if not rows:
        click.echo(empty, err=True)
        return 0
    names = columns(rows)
    if not is_tty():
        click.echo("\t".join(names))
        for row in rows:
            click.echo("\t".join(_cell(row.get(name)).replace("\t", " ").replace("\n", " ") for name in names))
        return len(rows)
    console = Console(highlight=False)
    widths = {n: max(len(n), *(len(_cell(r.get(n))) for r in rows)) for n in names}
    keys = [n for n in names if n.rsplit(".", 1)[-1] in KEY_COLUMNS or n.endswith("_id")]
    others = [n for n in names if n not in keys]
    budget = console.width - sum(widths[k] + 3 for k in keys)
    while others and budget < sum(min(widths[o], MIN_OTHER_WIDTH) + 3 for o in others):
        others.pop()  # a narrow terminal: drop columns, never cut an identifier
    table = Table(header_style="bold")
    for name in names:
        if name in keys:
            table.add_column(name, no_wrap=True, min_width=widths[name])
        elif name in others:
            table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(Text(_cell(row.get(n))) for n in names if n in keys or n in others))
    console.print(table)
    return len(rows)


def print_record(value: Any) -> None:
    """One object: its fields, one per line (whole values, in a terminal or a pipe)."""
    data = plain(value)
    if not isinstance(data, dict):
        click.echo(_cell(data))
        return
    width = max((len(k) for k in data), default=0)
    for key, item in data.items():
        if item in (None, "", [], {}):
            continue
        click.echo(f"{key.ljust(width)}  {_cell(item)}")


@contextmanager
def download_progress(label: str) -> Iterator[Callable[[int, int | None], None] | None]:
    """A progress bar on stderr (stdout stays clean), or nothing when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    columns_ = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
    with Progress(*columns_, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        yield update


def counting(items: Iterable[Any], label: str) -> Iterator[Any]:
    """Items passed through, with a live count on stderr for long listings in a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    console = Console(stderr=True)
    with console.status(f"{label}: 0") as status:
        for count, item in enumerate(items, 1):
            if count % 20 == 0:
                status.update(f"{label}: {count}")
            yield item
