"""Build one API's command line: global options from the client's constructor, a group per
resource, a command per method; run a command and turn errors into one line and an exit code."""

from __future__ import annotations

import importlib
import inspect
import itertools
import os
import sys
import typing
from collections.abc import Callable
from typing import Any, NoReturn

import click

from clientkit.cli import EXIT_API, EXIT_CANCELLED, EXIT_CONNECTION, EXIT_USAGE
from clientkit.cli import output as out
from clientkit.cli.params import convert, fields, parameter, read_secret, shape
from clientkit.cli.surface import Argument, Method, Resource, resources
from clientkit.errors import APIConnectionError, ArgumentError, ConfigurationError, SDKError
from clientkit.redaction import scrub

# Constructor arguments a command line cannot give (objects, not text).
NOT_OPTIONS = {"self", "http_client", "transport", "auth", "default_headers"}
CONFIRM = {"DELETE"}  # commands that ask first (or take --yes)
GLOBAL_HELP = {
    "base_url": "The API's base URL (default: its environment variable, else production).",
    "timeout": "Seconds one attempt may take, end to end (default 60).",
    "max_retries": "Retries of calls that are safe to repeat (default 2).",
    "max_response_bytes": "Largest answer accepted, compressed or not (default 32 MiB).",
    "max_download_bytes": "Largest file downloaded (default 2 GiB).",
    "download_timeout": "Seconds a download may take (default 600).",
    "allow_insecure": "Allow plain http to a host other than this machine.",
}


def _help(method: Method) -> str:
    return method.doc.replace("\n\n", "\n\n\b\n") if method.doc else method.summary


def _argument_help(method: Method, name: str) -> str:
    text = method.argument_docs.get(name, "")
    return "" if text == "(not described)" else text


class Session:
    """What the global options chose, and the client they make (built on first use)."""

    def __init__(self, profile: Any, client_class: type, options: dict[str, Any], as_json: bool) -> None:
        self.profile = profile
        self.client_class = client_class
        self.options = {k: v for k, v in options.items() if v is not None}
        self.as_json = as_json
        self.client: Any = None

    def open(self) -> Any:
        self.client = self.client_class(**self.options)
        return self.client

    def where(self) -> str:
        """Which base URL was used, and where it came from."""
        url = self.client.base_url if self.client is not None else self.options.get("base_url")
        if "base_url" in self.options:
            source = "from --base-url"
        elif os.environ.get(self.profile.base_url_env):
            source = f"from ${self.profile.base_url_env}"
        else:
            url = url or self.profile.default_base_url
            source = f"the default (production); set --base-url or ${self.profile.base_url_env} for another server"
        return f"base URL {url} ({source})"


def fail(message: str, code: int) -> NoReturn:
    click.echo(f"Error: {scrub(message)}", err=True)
    sys.exit(code)


def _exit_code(exc: SDKError) -> int:
    if isinstance(exc, ConfigurationError | ArgumentError):
        return EXIT_USAGE
    if isinstance(exc, APIConnectionError):
        return EXIT_CONNECTION
    return EXIT_API


def _run_method(session: Session, method: Method, values: dict[str, Any]) -> None:
    """Call the method with what the command line gave, and show the answer."""
    env_prefix = session.profile.env_prefix
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for argument in method.arguments:
        raw = values.get(argument.name)
        if argument.kind == "fields":
            keywords.update(fields(raw or ()))
            continue
        if shape(argument.hint).secret:
            if raw:
                keywords[argument.name] = read_secret(argument.name, env_prefix)
            continue
        value = convert(raw, argument)
        if argument.kind == "positional":
            positional.append(value)
        elif value is not None:
            keywords[argument.name] = value
    while positional and positional[-1] is None:
        positional.pop()
    if method.http_method in CONFIRM and not values.get("yes"):
        _confirm(method, positional)
    try:
        client = session.open()
        with client:
            call = getattr(getattr(client, method.resource), method.name)
            _show(session, method, call, positional, keywords, values=values)
    except SDKError as exc:
        code = _exit_code(exc)
        message = str(exc)
        if code in {EXIT_CONNECTION, EXIT_API} and session.client is not None:
            message += f"\n  {session.where()}"
        fail(message, code)


def _confirm(method: Method, positional: list[Any]) -> None:
    target = " ".join(str(p) for p in positional)
    if not sys.stdin.isatty():
        fail(f"{method.resource} {method.name} {target} needs --yes when not run from a terminal", EXIT_USAGE)
    if not click.confirm(f"{method.summary or method.name} {target}?", default=False, err=True):
        click.echo("Cancelled; nothing was sent.", err=True)
        sys.exit(EXIT_CANCELLED)


def _show(
    session: Session,
    method: Method,
    call: Callable[..., Any],
    positional: list[Any],
    keywords: dict[str, Any],
    *,
    values: dict[str, Any],
) -> None:
    as_json = session.as_json or bool(values.get("json"))
    if method.download:
        with out.download_progress(f"{method.resource} {method.name}") as progress:
            saved = call(*positional, progress=progress, **keywords)
        click.echo(str(saved))
        return
    result = call(*positional, **keywords)
    if method.paginated:
        items = out.counting(iter(result), f"{method.resource}")
        limited = itertools.islice(items, values.get("max_items"))
        if as_json:
            out.print_json_lines_array(limited)
        else:
            out.print_rows(limited, empty=f"No {method.resource}.")
        return
    if as_json:
        out.print_json(result)
    elif isinstance(getattr(result, "items", None), list | tuple):  # one page
        out.print_rows(result.items, empty=f"No {method.resource}.")
    elif result is None:
        click.echo("Done.", err=True)
    else:
        out.print_record(result)


def _command(session_of: Callable[[], Session], method: Method, env_prefix: str) -> click.Command:
    params: list[click.Parameter] = [parameter(a, _argument_help(method, a.name), env_prefix) for a in method.arguments]
    if method.paginated:
        params.append(click.Option(["--max-items"], type=click.IntRange(min=1), help="Stop after this many items."))
    if method.http_method in CONFIRM:
        params.append(click.Option(["--yes", "-y"], is_flag=True, help="Do not ask for confirmation."))
    params.append(click.Option(["--json"], is_flag=True, help="Print JSON (the API's fields)."))

    def callback(**values: Any) -> None:
        _run_method(session_of(), method, values)

    return click.Command(
        method.name.replace("_", "-"),
        params=params,
        callback=callback,
        help=_help(method),
        short_help=method.summary,
        no_args_is_help=any(a.required and a.kind == "positional" for a in method.arguments),
    )


def _group(session_of: Callable[[], Session], resource: Resource, env_prefix: str) -> click.Group:
    group = click.Group(resource.name.replace("_", "-"), help=resource.doc, no_args_is_help=True)
    for method in resource.methods:
        group.add_command(_command(session_of, method, env_prefix))
    return group


def _global_options(client_class: type) -> list[click.Parameter]:
    """One option per text/number argument of the client's constructor (`--base-url`, `--company-id`)."""
    constructor = vars(client_class).get("__init__") or next(
        vars(base)["__init__"] for base in client_class.__mro__ if "__init__" in vars(base)
    )
    hints = typing.get_type_hints(constructor)
    options: list[click.Parameter] = []
    for name, parameter_ in inspect.signature(client_class).parameters.items():
        if name in NOT_OPTIONS or parameter_.kind is inspect.Parameter.VAR_KEYWORD:
            continue
        found = shape(hints.get(name, str))
        hint = GLOBAL_HELP.get(name, "")
        if found.secret:
            hint = "Prefer the environment variable: a command line is visible to other users."
        kind = bool if found.base is bool else (float if name == "timeout" else found.base)
        argument = Argument(name, "keyword", kind, False, None)
        option = parameter(argument, hint, "")
        if found.secret:  # a credential on the command line: accepted as text, like the client takes it
            option = click.Option(["--" + name.replace("_", "-"), name], default=None, help=hint)
        options.append(option)
    return options


def build(profile: Any) -> click.Group:
    public = importlib.import_module(profile.package)
    client_class = getattr(public, profile.client_class)
    context: dict[str, Session] = {}

    def session_of() -> Session:
        return context["session"]

    def root(**options: Any) -> None:
        as_json = bool(options.pop("json", False))
        context["session"] = Session(profile, client_class, options, as_json)

    version = getattr(public, "__version__", "0")
    group = click.Group(
        profile.command,
        help=(inspect.getdoc(client_class) or "").split("\n\n", 1)[0],
        params=[
            *_global_options(client_class),
            click.Option(["--json"], is_flag=True, help="Print JSON (the API's fields) instead of tables."),
        ],
        callback=root,
        no_args_is_help=True,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    group = click.version_option(version, prog_name=profile.command)(group)
    for resource in resources(client_class):
        group.add_command(_group(session_of, resource, profile.env_prefix))
    return group
