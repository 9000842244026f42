"""`cubicasa orders ...`: list, get, and download the combined PDF."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Annotated

import typer

from cubicasa.cli._output import ORDER_COLUMNS, download_progress, order_row, print_json, show_list, show_record, when
from cubicasa.cli._session import EXIT_API, EXIT_USAGE, fail, session, settings
from cubicasa.models import Order, OrderStatus, Unset

DEFAULT_LIMIT = 20

app = typer.Typer(help="Floor-plan orders.", no_args_is_help=True)


def order_fields(order: Order) -> list[tuple[str, object]]:
    info = order.info
    product = info.product
    address = order.address
    return [
        ("ID", order.id),
        ("Status", info.status),
        ("Created", when(info.created_at)),
        ("Created by", info.created_by),
        ("Location", info.location),
        ("Address", None if isinstance(address, Unset) else address.full_address),
        ("External id", info.external_id),
        ("Type", info.order_type),
        ("Package", None if isinstance(product, Unset) else product.package_type),
        ("Delivered", when(info.first_delivered_at)),
    ]


@app.command("list")
def list_orders(
    ctx: typer.Context,
    status: Annotated[
        list[OrderStatus] | None, typer.Option(case_sensitive=False, help="Only these statuses (repeatable).")
    ] = None,
    limit: Annotated[int, typer.Option(help="Orders per request (page size).")] = DEFAULT_LIMIT,
    max_items: Annotated[int | None, typer.Option(min=1, help="Stop after this many orders.")] = None,
) -> None:
    """List orders, newest first, fetching pages as they are printed."""
    with session(ctx) as client:
        orders = islice(client.orders.list(status=status or None, limit=limit), max_items)
        show_list(settings(ctx).json, orders, ORDER_COLUMNS, order_row, empty="No orders.")


@app.command("get")
def get_order(ctx: typer.Context, order_id: Annotated[str, typer.Argument(help="The order's id (UUID).")]) -> None:
    """Show one order."""
    with session(ctx) as client:
        order = client.orders.get(order_id)
        show_record(settings(ctx).json, order, order_fields(order))


@app.command("pdf")
def combined_pdf(
    ctx: typer.Context,
    order_id: Annotated[str, typer.Argument(help="The order's id (UUID).")],
    out: Annotated[
        Path, typer.Argument(help="File to write the PDF to (replaced only once complete).", dir_okay=False)
    ],
) -> None:
    """Download an order's combined PDF, with a progress bar."""
    if not out.parent.is_dir():
        fail(f"cannot write {out}: the directory {out.parent} does not exist", EXIT_USAGE)
    try:
        with session(ctx) as client, download_progress(f"order {order_id}") as progress:
            saved = client.orders.combined_pdf(order_id, out, progress=progress)
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror or exc}", EXIT_API)
    size = saved.stat().st_size
    if settings(ctx).json:
        print_json({"path": str(saved), "bytes": size})
    else:
        typer.echo(f"Saved {saved} ({size} bytes)")
