"""Python names computed by the differ are the ones openapi-python-client generates."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
import typing
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
from tools.spec_diff import load_config, parse_spec
from tools.spec_diff_surface import NAMING_SOURCE, Surface, extract_surface

CONFIG = load_config()
FIXTURE_SPECS = sorted((Path(__file__).parent / "fixtures").glob("*/v*.yaml"))


def _surface(spec: Path, package: str) -> Surface:
    return extract_surface(parse_spec(spec.read_text(), str(spec)), package, CONFIG.naming)


def test_names_come_from_the_generator_itself() -> None:
    assert NAMING_SOURCE == "openapi_python_client.strings"


@pytest.mark.parametrize("api", CONFIG.apis, ids=[a.name for a in CONFIG.apis])
def test_names_match_the_checked_in_generated_package(api: Any) -> None:
    surface = _surface(CONFIG.root / api.spec, api.package)
    models = importlib.import_module(f"{api.package}.models")
    exported = {n for n in dir(models) if isinstance(getattr(models, n), type) and not n.startswith("_")}
    assert set(surface.classes) == exported
    for info in surface.classes.values():
        cls = getattr(models, info.name)
        assert getattr(importlib.import_module(f"{api.package}.models.{info.module}"), info.name) is cls
        if info.kind == "model":
            attributes = {f.name for f in attrs.fields(cls)} - {"additional_properties"}
            assert attributes == {f.attr for f in info.fields.values()}, info.name
        else:
            assert {m.name: m.value for m in cls} == {m: v for v, m in info.enum_members.items()}, info.name
    for op in surface.operations.values():
        module = importlib.import_module(surface.module_of(op))
        signature = inspect.signature(module.sync_detailed)
        expected = {p.python_name for p in op.params.values()} | {"client"}
        if op.body is not None and op.body.media:
            expected.add("body")
        assert set(signature.parameters) == expected, op.label
        client_types = {t.__name__ for t in typing.get_args(signature.parameters["client"].annotation)}
        assert (client_types == {"AuthenticatedClient", "Client"}) is not op.requires_auth_client, op.label


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
