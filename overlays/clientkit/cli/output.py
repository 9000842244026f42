"""How answers are shown: JSON for programs, tables for people, tab-separated lines in pipes.

Identifiers and e-mail addresses (by column name, or by value: anything shaped like a UUID
or an address) are never cut: in a terminal they keep their full width, the other columns
wrap, and columns are left out whole when the terminal is too narrow for them; in a pipe
every value is written whole, one tab-separated row per item, so IDs can be copied.
Everything written goes through `scrub()`: a credential the client holds never reaches the
screen, even when an answer echoes it; only a secret the command itself was asked to
produce (the new token of a login) is shown.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)
from rich.table import Table
from rich.text import Text

from clientkit.redaction import Secret, scrub

PREFERRED = ("id", "email", "name", "surname", "status", "role", "title", "created_at", "message")
MAX_COLUMNS = 6
MIN_OTHER_WIDTH = 10
SAMPLE = 50  # rows that choose the columns of a streamed listing
UUID_SHAPE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
TRAILING_SPACE = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$")  # padding at the end of a line (before colour resets)
RULE = re.compile(r"─+")
EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) if _scalar(v) else _json_text(v) for v in value)
    if isinstance(value, dict):
        return _json_text(value)
    return str(value)


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def flatten(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects brought up: `{"info": {"status": ...}}` -> `{"info.status": ...}`."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            for inner, item in flatten(value, f"{name}.").items():
                flat.setdefault(inner, item)
        else:
            flat[name] = value
    return flat


def _rank(name: str) -> int:
    leaf = name.rsplit(".", 1)[-1]
    return PREFERRED.index(leaf) if leaf in PREFERRED else len(PREFERRED)


def columns(rows: list[dict[str, Any]]) -> list[str]:
    """The columns worth showing: identifiers first, then the best-known scalar fields."""
    seen: dict[str, None] = {}
    for row in rows[:SAMPLE]:
        for key, value in row.items():
            if _scalar(value) or (isinstance(value, list) and all(_scalar(v) for v in value)):
                seen.setdefault(key, None)
    ordered = sorted(seen, key=_rank)  # stable: the API's own order among equals
    return ordered[:MAX_COLUMNS]


def key_rank(name: str, rows: list[dict[str, Any]]) -> int | None:
    """How much a column must stay whole (0 first), or None for a column that may wrap."""
    leaf = name.rsplit(".", 1)[-1]
    lower = leaf.lower()
    if lower == "id":
        return 0
    if lower in {"email", "e_mail"}:
        return 1
    values = [str(row.get(name)) for row in rows[:SAMPLE] if isinstance(row.get(name), str)]
    if any(UUID_SHAPE.match(v) or EMAIL_SHAPE.match(v) for v in values):
        return 2
    if lower.endswith(("_id", "_email")) or leaf.endswith(("Id", "Email")):
        return 3
    return None


def width_of(chosen: Mapping[str, int]) -> int:
    """A table's width: its columns, and a space, a rule and a space between two (no outer edge)."""
    return sum(chosen.values()) + 3 * (len(chosen) - 1)


class Printer:
    """Writes one command's answer; remembers the secrets the answer itself holds (a new token)."""

    def __init__(self, as_json: bool, *, login: bool = False, given: Iterable[str] = ()) -> None:
        self.as_json = as_json
        self.login = login  # the answer of a login: its new token is what was asked for
        self.given = set(given)  # secrets the command sent or was configured with: never shown
        self.revealed: set[str] = set()

    def _reveal(self, value: str) -> str:
        if value not in self.given:
            self.revealed.add(value)
        return value

    # --- the answer as plain data --------------------------------------------------------------
    def plain(self, value: Any) -> Any:
        """A JSON-ready copy of an answer: models via `to_dict()`, dataclasses field by field."""
        if isinstance(value, str):
            return self._reveal(value) if self.login else value
        if value is None or isinstance(value, int | float | bool):
            return value
        if isinstance(value, Secret):  # an answer that is itself a secret (a new token): shown
            return self._reveal(value.reveal())
        if hasattr(value, "to_dict"):
            return self.plain(value.to_dict())
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: self.plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.repr}
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, Path):
            return str(value)
        if isinstance(value, datetime.datetime | datetime.date):
            return value.isoformat()
        if isinstance(value, Mapping):
            return {str(k): self.plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple | set | frozenset):
            return [self.plain(v) for v in value]
        return str(value)

    # --- writing ---------------------------------------------------------------------------------
    def safe(self, text: str) -> str:
        """`text` with every credential masked, except the secrets this answer was asked to produce."""
        kept: dict[str, str] = {}
        for number, value in enumerate(sorted(self.revealed, key=len, reverse=True)):
            mark = f"\x00{number}\x00"
            kept[mark] = value
            text = text.replace(value, mark)
        text = scrub(text)
        for mark, value in kept.items():
            text = text.replace(mark, value)
        return text

    def out(self, text: str, *, nl: bool = True) -> None:
        click.echo(self.safe(text), nl=nl)

    def err(self, text: str) -> None:
        click.echo(self.safe(text), err=True)

    # --- shapes of answers -----------------------------------------------------------------------
    def json(self, value: Any) -> None:
        self.out(json.dumps(self.plain(value), indent=2, ensure_ascii=False, default=str))

    def json_array(self, items: Iterable[Any]) -> int:
        """A JSON array written item by item: a long listing is never held in memory."""
        count = 0
        for item in items:
            self.out(
                ("[\n  " if not count else ",\n  ") + json.dumps(self.plain(item), ensure_ascii=False, default=str),
                nl=False,
            )
            count += 1
        self.out("\n]" if count else "[]")
        return count

    def _row(self, item: Any) -> dict[str, Any]:
        data = self.plain(item)
        return flatten(data) if isinstance(data, dict) else {"value": data}

    def rows(self, items: Iterable[Any], *, empty: str) -> int:
        """Items as a table (terminal) or tab-separated lines (pipe, streamed); returns how many."""
        iterator = iter(items)
        if stdout_is_terminal():
            return self.table([self._row(item) for item in iterator], empty=empty)
        head = [self._row(item) for item in islice(iterator, SAMPLE)]
        if not head:
            self.err(empty)
            return 0
        names = columns(head)
        self.out("\t".join(names))
        count = 0
        for row in [*head, *(self._row(item) for item in iterator)]:
            self.out("\t".join(_cell(row.get(n)).replace("\t", " ").replace("\n", " ") for n in names))
            count += 1
        return count

    def table(self, rows: list[dict[str, Any]], *, empty: str) -> int:
        """A table that fits the terminal: key columns whole, the others wrapped or left out."""
        if not rows:
            self.err(empty)
            return 0
        names = columns(rows)
        console = Console(highlight=False)
        cells = [{n: self.safe(_cell(row.get(n))) for n in names} for row in rows]
        widths = {n: max(len(n), *(len(c[n]) for c in cells)) for n in names}
        ranks = {n: key_rank(n, rows) for n in names}
        keys = sorted((n for n in names if ranks[n] is not None), key=lambda n: ranks[n] or 0)
        chosen, spilling = self._fit(names, keys, ranks, widths, console.width)
        shown = [n for n in names if n in chosen]
        room = console.width
        if width_of(chosen) > room:  # the keys alone are too wide: the terminal wraps the longest, whole
            console = Console(highlight=False, width=width_of(chosen))
        table = Table(header_style="bold", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        for name in shown:
            if ranks[name] is not None:
                table.add_column(name, no_wrap=True, min_width=widths[name])
            else:
                table.add_column(name, overflow="fold", min_width=chosen[name])
        for cell in cells:
            table.add_row(*(Text(cell[n]) for n in shown))
        with console.capture() as captured:
            console.print(table)
        lines = [TRAILING_SPACE.sub(r"\1", line) for line in captured.get().splitlines()]
        if spilling:  # only the rows with the longest values pass the edge; the rule under the header does not
            lines = [RULE.sub(lambda m: m.group(0)[:room], line) for line in lines]
        self.out("\n".join(lines))
        left_out = [n for n in names if n not in chosen]
        if left_out:
            self.err(f"(left out at this width: {', '.join(left_out)}; all in a pipe or with --json)")
        return len(rows)

    @staticmethod
    def _fit(
        names: list[str], keys: list[str], ranks: dict[str, int | None], widths: dict[str, int], room: int
    ) -> tuple[dict[str, int], bool]:
        """The columns shown and their widths, and whether they are wider than the terminal (the ID and
        e-mail columns are always shown, whole, even when together they are too wide)."""
        first = [n for n in keys if (ranks[n] or 0) <= 1] or keys[:1]
        chosen = {n: widths[n] for n in names if n in first}
        if width_of(chosen) > room:
            return chosen, True
        for name in keys:  # other identifiers and addresses: only when they fit whole
            if name not in chosen and width_of({**chosen, name: widths[name]}) <= room:
                chosen[name] = widths[name]
        for name in names:  # the rest: wrapped, down to a few characters, else left out
            if name not in chosen and ranks[name] is None:
                narrow = min(widths[name], MIN_OTHER_WIDTH)
                if width_of({**chosen, name: narrow}) <= room:
                    chosen[name] = narrow
        return chosen, False

    def record(self, value: Any) -> None:
        """One object: its fields, one per line, whole (nested objects as dotted names)."""
        data = self.plain(value)
        if not isinstance(data, dict):
            self.out(_cell(data))
            return
        flat = {k: v for k, v in flatten(data).items() if v not in (None, "", [], {})}
        width = max((len(k) for k in flat), default=0)
        for key, item in flat.items():
            self.out(f"{key.ljust(width)}  {_cell(item)}")

    def page(self, value: Any, *, empty: str) -> None:
        """One page: its items as rows; its other fields (where the next page starts, totals) on stderr."""
        data = self.plain(value)
        if not isinstance(data, dict):
            self.record(value)
            return
        items_key = next((k for k, v in data.items() if isinstance(v, list)), None)
        if items_key is None:
            self.record(value)
            return
        self.rows(data[items_key], empty=empty)
        rest = flatten({k: v for k, v in data.items() if k != items_key})
        short = {k: v for k, v in rest.items() if _scalar(v) and v not in (None, "") and len(str(v)) <= 40}
        summary = [f"{k}={_cell(v)}" for k, v in short.items()]
        if summary:
            self.err("page: " + " ".join(summary))


def _progress(*parts: ProgressColumn) -> Progress:
    """A transient display on stderr that leaves stdout alone (rich would otherwise redirect it)."""
    console = Console(stderr=True)
    return Progress(*parts, console=console, transient=True, redirect_stdout=False, redirect_stderr=False)


@contextmanager
def download_progress(label: str) -> Iterator[Callable[[int, int | None], None] | None]:
    """A progress bar on stderr (stdout stays clean), or nothing when stderr is not a terminal."""
    if not stderr_is_terminal():
        yield None
        return
    parts = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
    progress = _progress(*parts)
    with progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        yield update


@contextmanager
def counter(label: str) -> Iterator[Callable[[], None]]:
    """A live count on stderr while a listing is fetched (when stderr is a terminal); `tick()` per item."""
    if not stderr_is_terminal():
        yield lambda: None
        return
    parts = (SpinnerColumn(), TextColumn("{task.description}: {task.completed:.0f}"), TimeElapsedColumn())
    progress = _progress(*parts)
    with progress:
        task = progress.add_task(label, total=None)
        yield lambda: progress.advance(task)
