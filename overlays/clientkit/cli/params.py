"""From a method argument's type hint to a click parameter, and from the text typed back to a value.

Strings, numbers and booleans map to click's own types (`bool | None` is tri-state:
`--active`, `--no-active` or neither, which sends nothing); enums list their values in the
help (unknown values still go to the server, as the client allows); lists become repeatable
options; models and mappings are given as JSON (checked here, with the option named in the
error); secrets (`str | Secret`) are never taken from the command line: the option is a flag
that reads the value from the environment, else asks for it without echo (or reads the first
line of stdin when that is not a terminal).
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import json
import os
import sys
import types
import typing
import uuid
from dataclasses import dataclass
from typing import Any

import click

from clientkit.cli.surface import Argument
from clientkit.redaction import Secret


@dataclass(frozen=True)
class Shape:
    """What a hint means for the command line."""

    base: Any  # the item type, without None/UNSET/Sequence
    many: bool = False
    secret: bool = False
    optional: bool = False  # None is one of the alternatives
    uuid: bool = False  # a UUID (given as text)


def _options(hint: Any) -> list[Any]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return [a for a in typing.get_args(hint) if getattr(a, "__name__", "") != "Unset"]
    return [hint]


def shape(hint: Any) -> Shape:
    options = _options(hint)
    optional = type(None) in options
    options = [o for o in options if o is not type(None)]
    secret = Secret in options
    options = [o for o in options if o is not Secret]
    many = False
    for option in list(options):
        origin = typing.get_origin(option)
        if origin in {collections.abc.Sequence, list, tuple, collections.abc.Iterable}:
            many = True
            options.remove(option)
            options.extend(a for a in typing.get_args(option) if a not in options)
    is_uuid = uuid.UUID in options
    return Shape(_pick(options), many, secret, optional, is_uuid)


def _pick(options: list[Any]) -> Any:
    """The most telling type among the alternatives (`Role | str` -> Role, `int | str` -> str)."""
    for kind in options:
        if isinstance(kind, type) and (issubclass(kind, enum.Enum) or hasattr(kind, "from_dict")):
            return kind
    if str in options:
        return str
    return options[0] if options else str


def is_json(base: Any) -> bool:
    """Given as JSON on the command line: models, mappings and values of any type."""
    if isinstance(base, type) and hasattr(base, "from_dict"):
        return True
    return base in {Any, dict} or typing.get_origin(base) in {dict, collections.abc.Mapping}


class JsonValue(click.ParamType):  # type: ignore[type-arg]
    """A JSON text; `object_only` refuses anything but an object (a model's fields)."""

    name = "json"

    def __init__(self, object_only: bool) -> None:
        self.object_only = object_only

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "JSON"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        example = '\'{"name": "value"}\''
        try:
            parsed = json.loads(value)
        except ValueError as exc:
            self.fail(f"{value!r} is not JSON ({exc}); give an object such as {example}", param, ctx)
        if self.object_only and not isinstance(parsed, dict):
            self.fail(f"expected a JSON object such as {example}, got {value!r}", param, ctx)
        return parsed


def click_type(found: Shape) -> Any:
    base = found.base
    if is_json(base):
        return JsonValue(object_only=base is not Any)
    if base is bool:
        return click.BOOL
    if base is int:
        return click.INT
    if base is float:
        return click.FLOAT
    return click.STRING


def metavar(found: Shape) -> str | None:
    base = found.base
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return "|".join(str(m.value) for m in base)[:60]
    if is_json(base):
        return "JSON"
    if found.uuid or base is uuid.UUID:
        return "UUID"
    if base in {datetime.datetime, datetime.date}:
        return "DATE"
    return None


def option_name(name: str) -> str:
    return "--" + name.replace("_", "-")


def secret_env(name: str, env_prefix: str) -> str:
    return f"{env_prefix}_{name.upper()}"


def parameter(argument: Argument, help_text: str, env_prefix: str) -> click.Parameter:
    """The click argument or option for one method argument."""
    found = shape(argument.hint)
    if argument.kind == "fields":
        return click.Option(
            ["--field", "fields"],
            multiple=True,
            metavar="NAME=JSON",
            help="A body field by name (repeatable); the value is JSON (a number, true, an object...), "
            "else taken as text: --field note='call first' --field count=3.",
        )
    if found.secret:
        env = secret_env(argument.name, env_prefix)
        source = (
            f"the value comes from ${env}, else a prompt without echo (else stdin's first line), "
            "never from the command line"
        )
        text = f"Required: {source} (the flag may be left out)." if argument.required else f"A flag: {source}."
        return click.Option(
            [option_name(argument.name), argument.name],
            is_flag=True,
            default=False,
            help=f"{help_text} {text}".strip(),
        )
    if argument.kind == "positional":
        return click.Argument(
            [argument.name],
            required=argument.required,
            type=click_type(found),
            metavar=argument.name.upper(),
        )
    if found.base is bool and not found.many:
        flag = argument.name.replace("_", "-")
        if argument.default is False and not found.optional:
            return click.Option([f"--{flag}", argument.name], is_flag=True, default=False, help=help_text)
        return click.Option(
            [f"--{flag}/--no-{flag}", argument.name],
            default=None,
            help=f"{help_text} Neither: not sent.".strip(),
        )
    return click.Option(
        [option_name(argument.name), argument.name],
        type=click_type(found),
        multiple=found.many,
        required=argument.required,
        default=None,
        metavar=metavar(found),
        help=help_text + (" Repeatable." if found.many else ""),
    )


def convert(value: Any, argument: Argument) -> Any:
    """The value to pass to the client method for what click parsed (None: not given)."""
    if value is None or (isinstance(value, tuple) and not value):
        return None
    return list(value) if shape(argument.hint).many else value


def read_secret(name: str, env_prefix: str) -> Secret:
    """A password for argument `name`: $<PREFIX>_<NAME>, else asked for without echo, else stdin's first line."""
    env = secret_env(name, env_prefix)
    value = os.environ.get(env)
    label = name.replace("_", " ").capitalize()
    if not value and sys.stdin.isatty():
        value = click.prompt(label, hide_input=True, err=True, default="", show_default=False)
    elif not value:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise click.UsageError(f"no {name.replace('_', ' ')}: set ${env}, or type it when asked")
    return Secret(value)


def fields(pairs: tuple[str, ...]) -> dict[str, Any]:
    """`--field NAME=VALUE` pairs; a value that is not JSON is taken as text."""
    found: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="'--field'")
        try:
            found[name] = json.loads(text)
        except ValueError:
            found[name] = text
    return found
