"""The names the change report gives are the ones the generated package has.

Models and their attributes are named as openapi-python-client names them (tools/spec_diff_surface.py); methods,
arguments and client options come from our generator's surface model (tools/spec_diff_client.py). Both are
checked against the checked-in generated/ packages and the public packages that re-export them.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from openapi_python_client import strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from tools import spec_diff_naming, spec_diff_surface
from tools.spec_diff import compare_documents, load_config, parse_spec
from tools.spec_diff_client import ClientNames, client_names
from tools.spec_diff_surface import NAMING_SOURCE, Surface, extract_surface
from tools.surface_project import surface_of_document

CONFIG = load_config()
APIS = [a.entry for a in CONFIG.apis]
IDS = [a.name for a in APIS]
FIXTURE_SPECS = sorted((Path(__file__).parent / "fixtures").glob("*/v*.yaml"))
METHOD = re.compile(r"^(?P<client>\w+)\.(?P<resource>\w+)\.(?P<method>\w+)(?:\((?P<arg>\w+)(?P<kw>=\.\.\.)?\))?$")
CONSTRUCTOR = re.compile(r"^(?P<client>\w+)\((?P<arg>\w+)=\.\.\.\)$")
CALL = re.compile(r"^(?:client\.(?P<resource>\w+)\.(?P<method>\w+)|(?P<client>\w+))\((?P<args>.*)\)$")


def _surface(spec: Path, package: str) -> Surface:
    return extract_surface(parse_spec(spec.read_text(), str(spec)), package, CONFIG.naming)


def _names(api: Any) -> ClientNames:
    return client_names(api, parse_spec(api.spec.read_text(), str(api.spec)), CONFIG.options)


def _resource_class(api: Any, client: str, resource: str) -> type:
    """The class `client.<resource>` gives, found from the client's own property."""
    prop = getattr(importlib.import_module(api.package), client).__dict__[resource]
    module = importlib.import_module(f"{api.package}.resources.{resource}")
    return getattr(module, prop.func.__annotations__["return"])  # type: ignore[no-any-return]


def _check_symbol(api: Any, symbol: str) -> None:
    """`CubiCasa`, `CubiCasa.users.list`, `AsyncCubiCasa.users.list(limit=...)`, `CubiCasa(company_id=...)` exist."""
    package = importlib.import_module(api.package)
    if symbol.isidentifier():  # the client class itself (a client-wide change such as its rate limit)
        assert isinstance(getattr(package, symbol, None), type), symbol
        return
    if (found := CONSTRUCTOR.match(symbol)) is not None:
        parameters = inspect.signature(getattr(package, found["client"]).__init__).parameters
        assert found["arg"] in parameters, symbol
        return
    found = METHOD.match(symbol)
    assert found is not None, f"not a method or constructor name: {symbol}"
    assert found["client"] in (api.client_class, f"Async{api.client_class}"), symbol
    resource = _resource_class(api, found["client"], found["resource"])
    assert resource.__name__.startswith("Async") is found["client"].startswith("Async"), symbol
    method = getattr(resource, found["method"])
    if found["arg"] is not None:
        parameter = inspect.signature(method).parameters[found["arg"]]
        kinds = (
            {parameter.KEYWORD_ONLY, parameter.POSITIONAL_OR_KEYWORD}
            if found["kw"]
            else {parameter.POSITIONAL_OR_KEYWORD}
        )
        assert parameter.kind in kinds, symbol


def _check_call(api: Any, call: str) -> None:
    """`client.orders.combined_pdf(order_id, path)`: the method exists and takes these arguments in this order."""
    found = CALL.match(call)
    assert found is not None, call
    args = [a for a in found["args"].split(", ") if a]
    if found["client"] is not None:
        for arg in args:
            _check_symbol(api, f"{found['client']}({arg})")
        return
    method = getattr(_resource_class(api, api.client_class, found["resource"]), found["method"])
    parameters = list(inspect.signature(method).parameters.values())[1:]
    positional = [a for a in args if not a.endswith("=...")]
    assert [p.name for p in parameters[: len(positional)]] == positional, call
    assert all(p.kind == p.POSITIONAL_OR_KEYWORD for p in parameters[: len(positional)]), call
    names = {p.name for p in parameters if p.kind != p.VAR_KEYWORD}
    assert {a.removesuffix("=...") for a in args} <= names, call


def test_names_come_from_the_generator_itself() -> None:
    assert NAMING_SOURCE == "openapi_python_client.strings"


@pytest.mark.parametrize("api", APIS, ids=IDS)
def test_model_names_match_the_checked_in_generated_package(api: Any) -> None:
    surface = _surface(api.spec, api.public)
    models = importlib.import_module(f"{api.package}.models")
    exported = {n for n in dir(models) if isinstance(getattr(models, n), type) and not n.startswith("_")}
    assert set(surface.classes) == exported
    public = importlib.import_module(f"{api.public}.models")
    for info in surface.classes.values():
        cls = getattr(models, info.name)
        assert getattr(importlib.import_module(f"{api.package}.models.{info.module}"), info.name) is cls
        assert surface.class_path(info.name) == f"{api.public}.models.{info.name}"
        assert getattr(public, info.name) is cls  # what the report names: `cubicasa.models.User`
        if info.kind == "model":
            attributes = {f.name for f in attrs.fields(cls)} - {"additional_properties"}
            assert attributes == {f.attr for f in info.fields.values()}, info.name
        else:
            assert {m.name: m.value for m in cls} == {m: v for v, m in info.enum_members.items()}, info.name


@pytest.mark.parametrize("api", APIS, ids=IDS)
def test_method_names_match_the_generated_resources(api: Any) -> None:
    """Every method, argument and client option the report can name exists, sync and async; and nothing else."""
    names = _names(api)
    assert names.problems == []
    rendered = surface_of_document(api, parse_spec(api.spec.read_text(), str(api.spec)), CONFIG.options)
    assert {key: m.where for key, m in names.methods.items()} == {
        (m.http_method, m.path): f"{m.resource}.{m.name}" for m in rendered.methods()
    }
    by_resource: dict[str, set[str]] = {}
    for method in names.methods.values():
        assert method.built, method.where
        by_resource.setdefault(method.resource, set()).update(method.names)
        for symbol in method.symbols():
            _check_symbol(api, symbol)
        for arg in method.args.values():
            symbols, calls = names.named(method, arg)
            for symbol in symbols:
                _check_symbol(api, symbol)
            for call in calls:
                _check_call(api, call)
        for call in method.calls():
            _check_call(api, call)
    for option in [*names.options, *([names.credential] if names.credential else [])]:
        for symbol in names.constructor(option):
            _check_symbol(api, symbol)
    for resource, methods in by_resource.items():
        for client in (api.client_class, f"Async{api.client_class}"):
            cls = _resource_class(api, client, resource)
            public = {n for n, v in vars(cls).items() if callable(v) and not n.startswith("_")}
            assert public == methods, (client, resource)


@pytest.mark.parametrize("api", APIS, ids=IDS)
def test_every_name_in_a_report_exists(api: Any) -> None:
    """A report of the whole API (against nothing, and back) names only things the generated package has."""
    doc = parse_spec(api.spec.read_text(), str(api.spec))
    added, notes = compare_documents(api, None, doc, CONFIG.naming, CONFIG.options)
    removed, _ = compare_documents(
        api, doc, {"openapi": "3.1.0", "info": {"title": "x", "version": "0"}}, CONFIG.naming
    )
    assert notes == []
    public = importlib.import_module(f"{api.public}.models")
    for change in [*added, *removed]:
        for symbol in change.python:
            if symbol.startswith(f"{api.public}.models."):
                _, _, rest = symbol.partition(f"{api.public}.models.")
                cls, _, attribute = rest.partition(".")
                target = getattr(public, cls)
                if attribute:
                    fields = {f.name for f in attrs.fields(target)} if attrs.has(target) else set(target.__members__)
                    assert attribute in fields, symbol
            else:
                _check_symbol(api, symbol)
        for call in change.calls:
            _check_call(api, call)


def _generator_view(
    spec: Path,
) -> tuple[dict[str, set[str]], dict[str, set[str]], set[tuple[str, str, frozenset[str]]]]:
    config = Config.from_sources(
        ConfigFile(use_path_prefixes_for_title_model_names=True, literal_enums=False),
        MetaType.NONE,
        spec,
        "utf-8",
        True,
        None,
    )
    data = GeneratorData.from_dict(yaml.load(spec.read_text(), Loader=yaml.CSafeLoader), config=config)
    assert isinstance(data, GeneratorData), data
    assert data.errors == []
    models = {
        str(m.class_info.name): {
            str(p.python_name) for p in [*(m.required_properties or []), *(m.optional_properties or [])]
        }
        for m in data.models
    }
    enums = {str(e.class_info.name): {str(v) for v in e.values} for e in data.enums}
    endpoints = {
        (str(tag), str(ep.name), frozenset(str(p.python_name) for _, p in ep.iter_all_parameters()))
        for tag, collection in data.endpoint_collections_by_tag.items()
        for ep in collection.endpoints
    }
    return models, enums, endpoints


@pytest.mark.parametrize("spec", FIXTURE_SPECS, ids=[f"{p.parent.name}/{p.name}" for p in FIXTURE_SPECS])
def test_fixture_names_match_the_generator_parser(spec: Path) -> None:
    models, enums, endpoints = _generator_view(spec)
    surface = _surface(spec, "x")
    assert {c.name: {f.attr for f in c.fields.values()} for c in surface.classes.values() if c.kind == "model"} == (
        models
    )
    assert {c.name: set(c.enum_members.values()) for c in surface.classes.values() if c.kind == "enum"} == enums
    assert {
        (op.tag, op.function, frozenset(p.python_name for p in op.params.values()))
        for op in surface.operations.values()
    } == endpoints


def _all_names() -> set[str]:
    names = {"Style2D", "GoToScanOrder", "postalCode", "phoneCode", "phone_code", "type", "self", "2fa", "_x"}
    names |= {"X-NU-COMPANY-ID", "Idempotency-Key", "order_info_go2scan_type_0", "HTTPResponse", "ID", "v3API"}
    for api in CONFIG.apis:
        doc = yaml.load((CONFIG.root / api.spec).read_text(), Loader=yaml.CSafeLoader)
        for schema_name, schema in (doc.get("components", {}).get("schemas") or {}).items():
            names.add(schema_name)
            names |= set((schema.get("properties") or {}).keys())
        for item in (doc.get("paths") or {}).values():
            names |= {op["operationId"] for op in item.values() if isinstance(op, dict) and "operationId" in op}
    return names


def test_fallback_naming_copy_agrees_with_the_generator() -> None:
    for name in sorted(_all_names()):
        assert spec_diff_naming.snake_case(name) == strings.snake_case(name), name
        assert spec_diff_naming.pascal_case(name) == strings.pascal_case(name), name
        assert str(spec_diff_naming.ClassName(name, "field_")) == str(strings.ClassName(name, "field_")), name
        assert str(spec_diff_naming.PythonIdentifier(name, "field_")) == str(
            strings.PythonIdentifier(name, "field_")
        ), name
        raw = spec_diff_naming.PythonIdentifier(name, "f", skip_snake_case=True)
        assert str(raw) == str(strings.PythonIdentifier(name, "f", skip_snake_case=True)), name


def test_the_fallback_gives_the_same_surface(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without openapi-python-client installed, tools.spec_diff_surface falls back to tools.spec_diff_naming."""
    monkeypatch.setitem(sys.modules, "openapi_python_client.strings", None)  # makes the import fail
    spec = importlib.util.spec_from_file_location("_surface_fallback", spec_diff_surface.__file__)
    assert spec is not None and spec.loader is not None
    fallback = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "_surface_fallback", fallback)
    spec.loader.exec_module(fallback)
    assert fallback.NAMING_SOURCE == "tools.spec_diff_naming"
    for path in FIXTURE_SPECS:
        doc = parse_spec(path.read_text(), str(path))
        assert asdict(fallback.extract_surface(doc, "x")) == asdict(extract_surface(doc, "x")), path
