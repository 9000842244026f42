"""Build one API's command line: global options from the client's constructor, a group per
resource, a command per method; run a command and turn errors into one line and an exit code."""

from __future__ import annotations

import functools
import importlib
import io
import itertools
import os
import secrets
import sys
import textwrap
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NoReturn

import click

from clientkit.cli import EXIT_API, EXIT_CANCELLED, EXIT_CONNECTION, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from clientkit.cli import output as out
from clientkit.cli.params import convert, fields, option_name, parameter, read_secret, secret_env, shape
from clientkit.cli.surface import Argument, Method, Resource, constructor_arguments, resources
from clientkit.errors import APIConnectionError, ArgumentError, ConfigurationError, SDKError
from clientkit.redaction import Secret, scrub

# Constructor arguments a command line cannot give (objects, not text).
NOT_OPTIONS = {"http_client", "transport", "auth", "default_headers"}
CONFIRM = {"DELETE"}  # commands that ask first (or take --yes)
GLOBAL_HELP = {
    "timeout": "Seconds one attempt may take, end to end (default 60).",
    "max_retries": "Retries of calls that are safe to repeat (default 2).",
    "max_response_bytes": "Largest answer accepted, compressed or not (default 32 MiB).",
    "max_download_bytes": "Largest file downloaded (default 2 GiB).",
    "download_timeout": "Seconds a download may take (default 600).",
    "allow_insecure": "Allow plain http to a host other than this machine.",
    "rate_limit": "Requests sent per rolling window of the API's quota at most (0: no limit).",
}
# The runtime's own per-call arguments, which no docstring describes.
RUNTIME_HELP = {
    "max_pages": "Stop after this many pages.",
    "dedupe": "Never print the same item twice (pages can shift while you list).",
    "path": "Where to save the file (written beside it, renamed once complete).",
}
PYTHON_ONLY = ("Returns a paginator", "Returns one page", "The file is streamed to")
EXIT_CODES = (
    f"Exit codes: {EXIT_OK} done; {EXIT_API} the API answered with an error; {EXIT_USAGE} bad options, "
    f"arguments or configuration (nothing sent); {EXIT_CONNECTION} no usable answer (connection failed, "
    f"timed out, too large); {EXIT_CANCELLED} cancelled at a prompt (nothing sent)."
)


class Session:
    """What the global options chose, and the client they make (built on first use)."""

    def __init__(self, profile: Any, client_class: type, options: dict[str, Any], envs: dict[str, str]) -> None:
        self.profile = profile
        self.client_class = client_class
        self.options = {k: v for k, v in options.items() if v is not None}
        self.envs = envs  # option name -> the environment variable the client reads for it
        self.as_json = False
        self.client: Any = None

    def open(self, method: Method) -> Any:
        options = dict(self.options)
        credential = self.profile.credential
        # A login sends no credential, but the client wants one to start: give it one it never sends.
        given = credential is not None and (credential.argument in options or os.environ.get(credential.env))
        if not method.sends_credentials and credential is not None and not given:
            options[credential.argument] = Secret(secrets.token_hex(16))
        self.client = self.client_class(**options)
        return self.client

    def where(self) -> str:
        """Which base URL was used, and where it came from."""
        env = self.profile.base_url_env
        url = self.client.base_url if self.client is not None else self.options.get("base_url")
        if "base_url" in self.options:
            return f"base URL {url} (from --base-url)"
        if os.environ.get(env):
            return f"base URL {url} (from ${env})"
        url = url or self.profile.default_base_url
        return f"base URL {url} (production, the default: set --base-url or ${env} to use another server)"

    def hint(self, message: str) -> str:
        """The options and variables a configuration error is about, named the command line's way."""
        found = []
        for name, env in self.envs.items():
            if f"{name}=" in message or f"{name} " in message or (env and env in message):
                found.append(f"--{name.replace('_', '-')}" + (f" or ${env}" if env else ""))
        return f"\n  on the command line: {'; '.join(found)}" if found else ""


def fail(message: str, code: int) -> NoReturn:
    click.echo(f"Error: {scrub(message)}", err=True)
    sys.exit(code)


def _exit_code(exc: SDKError) -> int:
    if isinstance(exc, ConfigurationError | ArgumentError):
        return EXIT_USAGE
    if isinstance(exc, APIConnectionError):
        return EXIT_CONNECTION
    return EXIT_API


def _session() -> Session:
    session = click.get_current_context().find_object(Session)
    assert session is not None
    return session


def _values(method: Method, values: dict[str, Any], env_prefix: str) -> tuple[list[Any], dict[str, Any]]:
    """The call's positional and keyword arguments from what click parsed (secrets read here)."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for argument in method.arguments:
        raw = values.get(argument.name)
        if argument.kind == "fields":
            keywords.update(fields(raw or ()))
            continue
        if shape(argument.hint).secret:
            if raw or argument.required:
                keywords[argument.name] = _cancellable(functools.partial(read_secret, argument.name, env_prefix))
            continue
        value = convert(raw, argument)
        if argument.kind == "positional":
            positional.append(value)
        elif value is not None:
            keywords[argument.name] = value
    while positional and positional[-1] is None:
        positional.pop()
    return positional, keywords


def _cancellable(ask: Callable[[], Any]) -> Any:
    """A prompt's answer; Ctrl-C or end of input at the prompt cancels the command (nothing was sent)."""
    try:
        return ask()
    except click.Abort:
        click.echo("\nCancelled; nothing was sent.", err=True)
        sys.exit(EXIT_CANCELLED)


def _confirm(method: Method, positional: list[Any], keywords: dict[str, Any], command: str) -> None:
    named = [f"{option_name(k)} {v}" for k, v in keywords.items() if not isinstance(v, Secret)]
    target = " ".join([*(str(p) for p in positional), *named])
    what = f"{method.summary or method.name} {target}".strip()
    if not sys.stdin.isatty():
        fail(f"'{command}' asks first: add --yes when stdin is not a terminal (nothing was sent)", EXIT_USAGE)
    if not _cancellable(lambda: click.confirm(f"{what}?", default=False, err=True)):
        click.echo("Cancelled; nothing was sent.", err=True)
        sys.exit(EXIT_CANCELLED)


def _run_method(method: Method, values: dict[str, Any]) -> None:
    """Call the method with what the command line gave, and show the answer."""
    session = _session()
    session.as_json = session.as_json or bool(values.get("json"))
    positional, keywords = _values(method, values, session.profile.env_prefix)
    command = f"{session.profile.command} {method.resource.replace('_', '-')} {method.name.replace('_', '-')}"
    if method.http_method in CONFIRM and not values.get("yes"):
        _confirm(method, positional, keywords, command)
    given = [v.reveal() for v in [*session.options.values(), *keywords.values()] if isinstance(v, Secret)]
    printer = out.Printer(session.as_json, login=not method.sends_credentials, given=given)
    try:
        client = session.open(method)
        with client:
            call = getattr(getattr(client, method.resource), method.name)
            _show(printer, method, call, positional, keywords, max_items=values.get("max_items"))
    except BrokenPipeError:  # `| head`: the reader has what it wanted (click would exit 1)
        _quiet_stdout()
        sys.exit(EXIT_OK)
    except SDKError as exc:
        code = _exit_code(exc)
        message = str(exc)
        if code in {EXIT_CONNECTION, EXIT_API} and session.client is not None:
            message += f"\n  {session.where()}"
        elif isinstance(exc, ConfigurationError):
            message += session.hint(message)
        fail(message, code)


def _show(
    printer: out.Printer,
    method: Method,
    call: Callable[..., Any],
    positional: list[Any],
    keywords: dict[str, Any],
    *,
    max_items: int | None,
) -> None:
    empty = f"No {method.resource.replace('_', ' ')}."
    if method.download:
        label = f"{method.resource} {method.name}".replace("_", "-")
        with out.download_progress(label) as progress:
            saved = call(*positional, progress=progress, **keywords)
        printer.json(saved) if printer.as_json else printer.out(str(saved))
        return
    result = call(*positional, **keywords)
    if method.paginated:
        _listing(printer, itertools.islice(iter(result), max_items), method.resource.replace("_", " "), empty)
    elif printer.as_json:
        printer.json(result)
    elif method.page:
        printer.page(result, empty=empty)
    elif result is None:
        printer.err("Done.")
    elif isinstance(result, Secret):
        printer.out(printer.plain(result))
        if out.stderr_is_terminal():
            credential = _session().profile.credential
            where = f" (this command line reads it from ${credential.env})" if credential is not None else ""
            printer.err(f"That is a new secret: keep it like a password{where}.")
    else:
        printer.record(result)


def _listing(printer: out.Printer, items: Iterator[Any], label: str, empty: str) -> None:
    """Every item, with a live count on stderr while pages arrive; streamed unless shown in a terminal."""
    with out.counter(label) as tick:

        def counted() -> Iterator[Any]:
            for item in items:
                tick()
                yield item

        if out.stdout_is_terminal():  # a table (or JSON) in the terminal: fetch everything, then print
            fetched = list(counted())
        else:
            _print_listing(printer, counted(), empty)
            return
    _print_listing(printer, fetched, empty)


def _print_listing(printer: out.Printer, items: Iterable[Any], empty: str) -> None:
    if printer.as_json:
        printer.json_array(items)
    else:
        printer.rows(items, empty=empty)


# --- help texts ------------------------------------------------------------------------------------------
def _paragraphs(doc: str) -> list[str]:
    """The docstring's paragraphs for a terminal: prose rewrapped by click, lists kept as they are."""
    found = []
    for paragraph in doc.split("\n\n"):
        if not paragraph.strip() or paragraph.startswith(PYTHON_ONLY):
            continue
        lines = paragraph.splitlines()
        if any(line.lstrip().startswith(("- ", "* ", "|")) or line.startswith(" ") for line in lines):
            found.append("\b\n" + paragraph)
        else:
            found.append(" ".join(line.strip() for line in lines))
    return found


def _help(method: Method, env_prefix: str) -> str:
    parts = _paragraphs(method.doc) if method.doc else [method.summary]
    if method.paginated:
        parts.append(
            "Prints every item, fetching page after page: a table in a terminal, tab-separated lines "
            "in a pipe, a JSON array with --json. --max-items or --max-pages stop early."
        )
    if method.page:
        parts.append("Prints one page; where the next one starts (and totals) goes to stderr.")
    if method.download:
        parts.append("Saves the file to PATH (a progress bar in a terminal) and prints PATH.")
    if method.http_method in CONFIRM:
        parts.append("Asks before sending; --yes does not (and is needed when stdin is not a terminal).")
    if not method.sends_credentials:
        parts.append(
            "Sends no credentials: no API key or token is needed. Prints the answer with the token it "
            "obtained, on purpose: keep it like a password."
        )
    rows = []
    for argument in method.arguments:
        if argument.kind == "positional":
            text = method.argument_docs.get(argument.name) or RUNTIME_HELP.get(argument.name, "")
            rows.append((argument.name.upper(), text + ("" if argument.required else " Optional.")))
    if rows:
        width = max(len(name) for name, _ in rows) + 2
        lines = ["\b", "Arguments:"]
        for name, text in rows:
            wrapped = textwrap.wrap(text, 76 - width) or [""]
            lines.append(f"  {name.ljust(width)}{wrapped[0]}")
            lines.extend(" " * (width + 2) + line for line in wrapped[1:])
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


# --- building the commands -------------------------------------------------------------------------------
def _json_option() -> click.Option:
    return click.Option(["--json"], is_flag=True, help="Print JSON (the API's fields) instead of a table.")


def _command(method: Method, env_prefix: str) -> click.Command:
    params: list[click.Parameter] = []
    for argument in method.arguments:
        text = method.argument_docs.get(argument.name) or RUNTIME_HELP.get(argument.name, "")
        params.append(parameter(argument, text, env_prefix))
    if method.paginated:
        params.append(click.Option(["--max-items"], type=click.IntRange(min=1), help="Stop after this many items."))
    if method.http_method in CONFIRM:
        params.append(click.Option(["--yes", "-y"], is_flag=True, help="Do not ask for confirmation."))
    params.append(_json_option())

    def callback(**values: Any) -> None:
        _run_method(method, values)

    secret_flags = [option_name(a.name) for a in method.arguments if shape(a.hint).secret]
    return MethodCommand(
        method.name.replace("_", "-"),
        secret_flags=secret_flags,
        params=params,
        callback=callback,
        help=_help(method, env_prefix),
        short_help=f"{method.summary} (one page)" if method.page else method.summary,
        no_args_is_help=any(a.required and a.kind == "positional" for a in method.arguments),
    )


class MethodCommand(click.Command):
    """One operation's command; a password typed after its flag by mistake is refused, not echoed."""

    def __init__(self, name: str, *, secret_flags: list[str], **options: Any) -> None:
        super().__init__(name, **options)
        self.secret_flags = secret_flags

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        given = [flag for flag in self.secret_flags if flag in args]
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            if given and "unexpected extra argument" in exc.message:
                names = ", ".join(given)
                raise click.UsageError(
                    f"unexpected extra argument(s), not shown: {names} take(s) no value; a password is read "
                    "from the environment or asked for, never typed on the command line",
                    ctx,
                ) from None
            raise


def _group(resource: Resource, env_prefix: str) -> click.Group:
    def callback(json: bool) -> None:
        session = _session()
        session.as_json = session.as_json or json

    group = click.Group(
        resource.name.replace("_", "-"),
        help=resource.doc,
        params=[_json_option()],
        callback=callback,
        no_args_is_help=True,
    )
    for method in resource.methods:
        group.add_command(_command(method, env_prefix))
    return group


def _global_options(profile: Any, client_class: type) -> tuple[list[click.Parameter], dict[str, str]]:
    """One option per text/number argument of the client's constructor (`--base-url`, `--company-id`),
    and the environment variable the client reads for each (when there is one)."""
    credential = profile.credential
    parameters = {p.name: p for p in profile.parameters}
    options: list[click.Parameter] = []
    envs: dict[str, str] = {}
    for name, (_, hint) in constructor_arguments(client_class).items():
        if name in NOT_OPTIONS:
            continue
        found = shape(hint)
        flag = "--" + name.replace("_", "-")
        if name == "base_url":
            envs[name] = profile.base_url_env
            text = f"The API's base URL (default: ${envs[name]}, else production: {profile.default_base_url})."
        elif found.secret:
            own = credential is not None and credential.argument == name
            env = credential.env if own else secret_env(name, profile.env_prefix)
            envs[name] = env
            text = f"Default: ${env}, which is better: a command line is visible to other users of the machine."
            options.append(click.Option([flag, name], default=None, metavar="TEXT", help=text))
            continue
        elif name in parameters:
            spec = parameters[name]
            envs[name] = spec.env or ""
            default = f" (default: ${spec.env})" if spec.env else ""
            text = f"Sent as {spec.wire_name}{default}." + (" Required." if spec.required else "")
        else:
            envs[name] = ""
            text = GLOBAL_HELP.get(name, "")
        kind = float if name in {"timeout", "download_timeout"} else found.base
        argument = Argument(name, "keyword", kind, False, False if kind is bool else None)
        options.append(parameter(argument, text, profile.env_prefix))
    return options, {k: v for k, v in envs.items()}


class CommandLine(click.Group):
    """The root command: runs a command and returns its exit code (no tracebacks, no 'Aborted!')."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code = self._exit_code(args, prog_name, complete_var, **extra)
        if standalone_mode:
            sys.exit(code)
        return code

    def _exit_code(
        self, args: Sequence[str] | None, prog_name: str | None, complete_var: str | None, **extra: Any
    ) -> int:
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.ClickException as exc:
            shown = io.StringIO()
            exc.show(file=shown)
            click.echo(scrub(shown.getvalue()), err=True, nl=False)
            return exc.exit_code
        except click.Abort:
            click.echo("Interrupted.", err=True)
            return EXIT_INTERRUPTED
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_API)
        except Exception as exc:  # a bug: say so, without a credential in the story
            click.echo(scrub("".join(traceback.format_exception(exc))), err=True)
            click.echo(scrub(f"Error: unexpected {type(exc).__name__}: {exc} (a bug in the command line)"), err=True)
            return EXIT_API
        return result if isinstance(result, int) else EXIT_OK


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def build(profile: Any) -> click.Group:
    """The command line of the API `profile` describes."""
    public = importlib.import_module(profile.package)
    client_class = getattr(public, profile.client_class)
    global_options, envs = _global_options(profile, client_class)

    def root(**options: Any) -> None:
        as_json = bool(options.pop("json", False))
        for name, value in list(options.items()):
            if isinstance(value, str) and shape(constructor_arguments(client_class)[name][1]).secret:
                options[name] = Secret(value)  # masked from here on, wherever it shows up
        session = Session(profile, client_class, options, envs)
        session.as_json = as_json
        click.get_current_context().obj = session

    environment = ", ".join(f"${e}" for e in dict.fromkeys(envs.values()) if e)
    group = CommandLine(
        profile.command,
        help=f"The {profile.title} API from the command line: one command per operation.",
        epilog=f"\b\nEnvironment: {environment}.\n\n{EXIT_CODES}",
        params=[*global_options, _json_option()],
        callback=root,
        no_args_is_help=True,
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    )
    version = getattr(public, "__version__", "0")
    with_version = click.version_option(
        version, "--version", "-V", prog_name=profile.command, message="%(prog)s %(version)s"
    )
    group = with_version(group)
    for resource in resources(client_class):
        group.add_command(_group(resource, profile.env_prefix))
    return group
