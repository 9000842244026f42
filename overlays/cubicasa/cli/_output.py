"""Rich tables for people, JSON (the models' `to_dict()`) for programs, and the download progress bar."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from rich.table import Table
from rich.text import Text

from clientkit.downloads import ProgressCallback
from cubicasa.models import Order, Unset, User


class Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=Model)
Row = list[Text]

USER_COLUMNS = ("ID", "Email", "Name", "Role", "Confirmed")
ORDER_COLUMNS = ("ID", "Status", "Created", "Location / external id")


def text(value: object) -> Text:
    """A table cell; `Text` keeps brackets in API data from being read as rich markup."""
    if value is None or isinstance(value, Unset):
        return Text("")
    if isinstance(value, bool):
        return Text("yes" if value else "no")
    return Text(str(value))


def when(epoch: object) -> str:
    if isinstance(epoch, int | float) and not isinstance(epoch, bool):
        return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M UTC")
    return ""


def user_row(user: User) -> Row:
    name = " ".join(part for part in (user.name, user.surname) if isinstance(part, str) and part)
    return [text(user.id), text(user.email), text(name), text(user.role), text(user.email_confirmed)]


def order_row(order: Order) -> Row:
    info = order.info
    place = " / ".join(str(v) for v in (info.location, info.external_id) if isinstance(v, str) and v)
    return [text(order.id), text(info.status), text(when(info.created_at)), text(place)]


def print_json(document: Any) -> None:
    typer.echo(json.dumps(document, indent=2, ensure_ascii=False, default=str))


def print_json_array(models: Iterable[Model]) -> None:
    """A JSON array written item by item, so a long listing is never held in memory."""
    opened = False
    for model in models:
        item = json.dumps(model.to_dict(), ensure_ascii=False, default=str)
        typer.echo(("[\n  " if not opened else ",\n  ") + item, nl=False)
        opened = True
    typer.echo("\n]" if opened else "[]")


def print_table(columns: Sequence[str], rows: Iterable[Row], *, empty: str) -> None:
    table = Table(*columns, header_style="bold")
    for row in rows:
        table.add_row(*row)
    if table.row_count:
        Console(highlight=False).print(table)
    else:
        typer.echo(empty, err=True)


def show_list(as_json: bool, items: Iterable[M], columns: Sequence[str], row: Callable[[M], Row], empty: str) -> None:
    if as_json:
        print_json_array(items)
    else:
        print_table(columns, (row(item) for item in items), empty=empty)


def show_record(as_json: bool, model: Model, fields: Iterable[tuple[str, object]]) -> None:
    """One object: its JSON, or a two-column table of the fields worth reading."""
    if as_json:
        print_json(model.to_dict())
        return
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_column(style="bold")
    table.add_column()
    for name, value in fields:
        if value not in (None, "") and not isinstance(value, Unset):
            table.add_row(name, text(value))
    Console(highlight=False).print(table)


@contextmanager
def download_progress(label: str) -> Iterator[ProgressCallback]:
    """A progress bar on stderr (stdout stays clean for `--json`), fed by `combined_pdf(progress=...)`."""
    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        yield update
