"""What the command line reads from a generated client: its resources, their methods and arguments.

Everything comes from the classes themselves (signatures, type hints, docstrings, the
`_operations` each generated resource declares), so an operation added to the spec is a
command after `make generate`, with nothing written by hand.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# Per-call options the command line sets itself or does not offer.
HIDDEN = {"self", "extra_headers", "extra_query", "extra_body", "timeout", "progress", "max_bytes", "unexpected"}


@dataclass(frozen=True)
class Argument:
    """One argument of a method: how it is passed (`positional`, `keyword`, `fields`) and its type."""

    name: str
    kind: str
    hint: Any
    required: bool
    default: Any


@dataclass(frozen=True)
class Method:
    resource: str
    name: str
    summary: str
    doc: str
    arguments: tuple[Argument, ...]
    http_method: str
    path: str
    paginated: bool  # answers with a paginator (every item)
    page: bool  # answers with one page of a paginated operation
    download: bool
    sends_credentials: bool
    argument_docs: dict[str, str] = field(default_factory=dict)
    returns: Any = None  # the return annotation


@dataclass(frozen=True)
class Resource:
    name: str
    doc: str
    methods: tuple[Method, ...]


def _doc_parts(function: Any) -> tuple[str, str]:
    doc = inspect.getdoc(function) or ""
    summary = doc.split("\n\n", 1)[0].replace("\n", " ").strip()
    body = doc.split("\n\nArgs:", 1)[0].split("\n\nRaises:", 1)[0]
    return summary, body


def _argument_docs(function: Any) -> dict[str, str]:
    """`name: text` entries of the docstring's `Args:` section (continuation lines joined)."""
    doc = inspect.getdoc(function) or ""
    if "\nArgs:\n" not in doc:
        return {}
    section = doc.split("\nArgs:\n", 1)[1].split("\n\n", 1)[0]
    found: dict[str, str] = {}
    current = None
    for line in section.splitlines():
        stripped = line.strip()
        if line.startswith("    ") and not line.startswith("        ") and ":" in stripped:
            current, _, text = stripped.partition(":")
            found[current] = text.strip()
        elif current is not None:
            found[current] += " " + stripped
    return {name: text for name, text in found.items() if text and text != "(not described)"}


@functools.cache
def _models_of(package: str) -> dict[str, Any]:
    """The generated models of `package` by name: resource modules import them for type checking
    only (they load on first use), so their hints resolve against this namespace."""
    try:
        models = importlib.import_module(f"{package}.models")
    except ImportError:
        return {}
    return {name: getattr(models, name) for name in getattr(models, "__all__", ())}


def _hints(function: Any) -> dict[str, Any]:
    return typing.get_type_hints(function, localns=_models_of(function.__module__.split(".")[0]))


def _arguments(function: Any) -> tuple[Argument, ...]:
    hints = _hints(function)
    found = []
    for name, parameter in inspect.signature(function).parameters.items():
        if name in HIDDEN:
            continue
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            found.append(Argument(name, "fields", Any, False, None))
            continue
        kind = "positional" if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD else "keyword"
        required = parameter.default is inspect.Parameter.empty
        default = None if required else parameter.default
        found.append(Argument(name, kind, hints.get(name, Any), required, default))
    return tuple(found)


def _resource_class(client_class: type, attribute: str, prop: functools.cached_property[Any]) -> type:
    """The class a client's cached resource property returns (the annotation names it)."""
    annotation = prop.func.__annotations__.get("return")
    generated = prop.func.__module__.rsplit(".", 1)[0]  # `cubicasa_client._client` -> `cubicasa_client`
    module = importlib.import_module(f"{generated}.resources.{attribute}")
    name = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    cls = getattr(module, name, None)
    if not isinstance(cls, type):
        raise TypeError(f"{client_class.__name__}.{attribute}: cannot find its resource class {name!r}")
    return cls


def resources(client_class: type) -> Iterator[Resource]:
    """Every resource of a (sync) client class, with every method its `_operations` declares."""
    for attribute, member in sorted(inspect.getmembers(client_class), key=lambda pair: pair[0]):
        if attribute.startswith("_") or not isinstance(member, functools.cached_property):
            continue
        cls = _resource_class(client_class, attribute, member)
        operations: dict[str, Any] = getattr(cls, "_operations", {})
        found = []
        for name, function in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_") or name not in operations:
                continue
            arguments = _arguments(function)
            found.append((name, function, arguments, any(a.name == "max_pages" for a in arguments)))
        paginated_operations = [operations[name] for name, _, _, paginated in found if paginated]
        methods = []
        for name, function, arguments, paginated in found:
            operation = operations[name]
            summary, doc = _doc_parts(function)
            methods.append(
                Method(
                    resource=attribute,
                    name=name,
                    summary=summary,
                    doc=doc,
                    arguments=arguments,
                    http_method=operation.method,
                    path=operation.path,
                    paginated=paginated,
                    page=not paginated and any(operation is p for p in paginated_operations),
                    download=operation.download is not None,
                    sends_credentials=operation.sends_credentials,
                    argument_docs=_argument_docs(function),
                    returns=_hints(function).get("return"),
                )
            )
        summary = _doc_parts(cls)[0].split("`: ", 1)[-1]  # "`client.users`: Users of ..." -> "Users of ..."
        yield Resource(attribute, summary, tuple(methods))


def constructor_arguments(client_class: type) -> dict[str, tuple[inspect.Parameter, Any]]:
    """The client's keyword arguments with their type hints, following `**options` to the base class
    that takes them (an overlay's constructor adds `api_secret` and passes the rest on)."""
    found: dict[str, tuple[inspect.Parameter, Any]] = {}
    for cls in client_class.__mro__:
        init = vars(cls).get("__init__")
        if init is None or cls is object:
            continue
        hints = typing.get_type_hints(init)
        parameters = inspect.signature(init).parameters.values()
        for parameter in parameters:
            if parameter.name != "self" and parameter.kind is not inspect.Parameter.VAR_KEYWORD:
                found.setdefault(parameter.name, (parameter, hints.get(parameter.name, str)))
        if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters):
            break
    return found
