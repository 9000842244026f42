"""`cubicasa users ...`: list, get, create, delete."""

from __future__ import annotations

import os
from itertools import islice
from typing import Annotated

import typer

from cubicasa import Secret
from cubicasa.cli._output import USER_COLUMNS, print_json, show_list, show_record, user_row
from cubicasa.cli._session import session, settings
from cubicasa.models import Role, User

DEFAULT_LIMIT = 20

PASSWORD_ENV = "CUBICASA_USER_PASSWORD"

app = typer.Typer(help="Users of the company account.", no_args_is_help=True)


def user_fields(user: User) -> list[tuple[str, object]]:
    return [
        ("ID", user.id),
        ("Email", user.email),
        ("Name", user.name),
        ("Surname", user.surname),
        ("Role", user.role),
        ("Confirmed", user.email_confirmed),
    ]


@app.command("list")
def list_users(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="Users per request (page size).")] = DEFAULT_LIMIT,
    max_items: Annotated[int | None, typer.Option(min=1, help="Stop after this many users.")] = None,
) -> None:
    """List the company's users, fetching pages as they are printed."""
    with session(ctx) as client:
        users = islice(client.users.list(limit=limit), max_items)
        show_list(settings(ctx).json, users, USER_COLUMNS, user_row, empty="No users.")


@app.command("get")
def get_user(ctx: typer.Context, email: Annotated[str, typer.Argument(help="The user's e-mail address.")]) -> None:
    """Show one user, found by e-mail address."""
    with session(ctx) as client:
        user = client.users.get_by_email(email)
        show_record(settings(ctx).json, user, user_fields(user))


def read_password() -> str:
    password = os.environ.get(PASSWORD_ENV) or str(
        typer.prompt("Password for the new user", hide_input=True, confirmation_prompt=True, err=True)
    )
    Secret(password)  # registered with the redaction filter, so no log line or error message can show it
    return password


@app.command("create")
def create_user(
    ctx: typer.Context,
    email: Annotated[str, typer.Option(help="E-mail address of the new user.")],
    role: Annotated[Role | None, typer.Option(case_sensitive=False, help="Role (default: the API's).")] = None,
    office_id: Annotated[str | None, typer.Option(help="Office (UUID) the user belongs to.")] = None,
    password: Annotated[
        bool,
        typer.Option(
            "--password",
            help=f"Set an initial password, read from ${PASSWORD_ENV} or asked for (never echoed). "
            "Without it CubiCasa e-mails an invitation.",
        ),
    ] = False,
) -> None:
    """Add a user to the company account."""
    with session(ctx) as client:
        secret = read_password() if password else None
        created = client.users.create(email=email, role=role, office_id=office_id, password=secret)
        fields = [("ID", created.id), ("Email", created.email), ("Role", created.role), ("Message", created.message)]
        show_record(settings(ctx).json, created, fields)


@app.command("delete")
def delete_user(
    ctx: typer.Context,
    user_id: Annotated[str, typer.Argument(help="The user's id (UUID).")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a user."""
    with session(ctx) as client:
        if not yes:
            typer.confirm(f"Delete user {user_id}?", abort=True, err=True)
        answer = client.users.delete(user_id)
        if settings(ctx).json:
            print_json(answer.to_dict())
        else:
            typer.echo(answer.message)
