"""The root `cubicasa` command: global options, then the `users` and `orders` groups."""

from __future__ import annotations

from typing import Annotated

import typer

from cubicasa.cli import orders, users
from cubicasa.cli._session import Settings
from cubicasa_client import PROFILE

API_KEY_ENV = "CUBICASA_API_KEY"
BASE_URL_ENV = PROFILE.base_url_env

app = typer.Typer(
    name="cubicasa",
    help="Command line for the CubiCasa Integrate API v3.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals could hold the API key
)
app.add_typer(users.app, name="users")
app.add_typer(orders.app, name="orders")


@app.callback()
def root(
    ctx: typer.Context,
    base_url: Annotated[
        str | None, typer.Option(envvar=BASE_URL_ENV, help="API base URL (default: production).")
    ] = None,
    api_key: Annotated[
        str | None,
        typer.Option(
            help=f"API key. Prefer the {API_KEY_ENV} environment variable: command lines are visible to others.",
            show_default=False,
        ),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print JSON (the API's fields) instead of tables.")
    ] = False,
    timeout: Annotated[
        float | None, typer.Option(help="Seconds before a request gives up (default: 60, 10 to connect).")
    ] = None,
) -> None:
    ctx.obj = Settings(base_url=base_url, api_key=api_key, timeout=timeout, json=json_output)
