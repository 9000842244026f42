"""From a method argument's type hint to a click parameter, and from the text typed back to a value.

Strings, numbers and booleans map to click's own types; enums list their values in the help
(unknown values still go to the server, as the client allows); lists become repeatable options;
models and mappings are given as JSON; secrets (`str | Secret`) are never taken from the command
line: the option is a flag that reads the value from the environment or asks for it, unechoed.
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import json
import os
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


def _options(hint: Any) -> list[Any]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return [a for a in typing.get_args(hint) if a is not type(None) and getattr(a, "__name__", "") != "Unset"]
    return [hint]


def shape(hint: Any) -> Shape:
    options = _options(hint)
    secret = Secret in options
    options = [o for o in options if o is not Secret]
    many = False
    for option in list(options):
        origin = typing.get_origin(option)
        if origin in {collections.abc.Sequence, list, tuple, collections.abc.Iterable}:
            many = True
            options.remove(option)
            options.extend(a for a in typing.get_args(option) if a not in options)
    base = _pick(options)
    return Shape(base, many, secret)


def _pick(options: list[Any]) -> Any:
    """The most telling type among the alternatives (`Role | str` -> Role, `int | str` -> str)."""
    for kind in options:
        if isinstance(kind, type) and (issubclass(kind, enum.Enum) or hasattr(kind, "from_dict")):
            return kind
    if str in options:
        return str
    return options[0] if options else str


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise click.BadParameter(f"not valid JSON ({exc})") from None


def convert(value: Any, argument: Argument) -> Any:
    """The value to pass to the client method for what click parsed (None: not given)."""
    if value is None or (isinstance(value, tuple) and not value):
        return None
    found = shape(argument.hint)
    if (isinstance(found.base, type) and hasattr(found.base, "from_dict")) or found.base in {Any, dict}:
        return [_json(v) for v in value] if found.many else _json(value)
    if typing.get_origin(found.base) in {dict, collections.abc.Mapping}:
        return _json(value)
    return list(value) if found.many else value


def click_type(base: Any) -> click.ParamType[Any] | type:
    if base is bool:
        return click.BOOL
    if base is int:
        return click.INT
    if base is float:
        return click.FLOAT
    return click.STRING


def metavar(base: Any) -> str | None:
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return "|".join(str(m.value) for m in base)[:60]
    if isinstance(base, type) and hasattr(base, "from_dict"):
        return "JSON"
    if base in {uuid.UUID}:
        return "UUID"
    if base in {datetime.datetime, datetime.date}:
        return "DATE"
    return None


def option_name(name: str) -> str:
    return "--" + name.replace("_", "-")


def parameter(argument: Argument, help_text: str, env_prefix: str) -> click.Parameter:
    """The click argument or option for one method argument."""
    found = shape(argument.hint)
    if argument.kind == "fields":
        return click.Option(
            ["--field", "fields"],
            multiple=True,
            metavar="NAME=JSON",
            help="A body field the spec does not declare (repeatable); the value is JSON or plain text.",
        )
    if found.secret:
        env = f"{env_prefix}_{argument.name.upper()}"
        return click.Option(
            [option_name(argument.name), argument.name],
            is_flag=True,
            default=None,
            help=f"{help_text} Read from ${env}, else asked for (never echoed); never typed on the command line.",
        )
    if argument.kind == "positional":
        return click.Argument(
            [argument.name],
            required=argument.required,
            type=click_type(found.base),
            metavar=argument.name.upper(),
        )
    if found.base is bool and not found.many:
        flag = argument.name.replace("_", "-")
        return click.Option([f"--{flag}/--no-{flag}", argument.name], default=None, help=help_text)
    return click.Option(
        [option_name(argument.name), argument.name],
        type=click_type(found.base),
        multiple=found.many,
        required=argument.required,
        default=None,
        metavar=metavar(found.base),
        help=help_text + (" Repeatable." if found.many else ""),
    )


def read_secret(name: str, env_prefix: str) -> str:
    """A password for argument `name`: $<PREFIX>_<NAME>, else asked for without echo."""
    env = f"{env_prefix}_{name.upper()}"
    value = os.environ.get(env)
    if value:
        return value
    prompted: str = click.prompt(name.replace("_", " ").capitalize(), hide_input=True, err=True)
    return prompted


def fields(pairs: tuple[str, ...]) -> dict[str, Any]:
    """`--field NAME=VALUE` pairs; a value that is not JSON is taken as text."""
    found: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="--field")
        try:
            found[name] = json.loads(text)
        except ValueError:
            found[name] = text
    return found
