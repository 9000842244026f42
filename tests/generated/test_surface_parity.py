"""Every generated client has the same surface sync and async, and every operation reaches it."""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

import pytest
import yaml

from tools.generate import ROOT, load_config
from tools.surface_project import build_surface

APIS = load_config().apis
ASYNC_ONLY = {"prefetch"}


def _clients(api_name: str) -> tuple[type, type]:
    api = next(a for a in APIS if a.name == api_name)
    public = importlib.import_module(api.public)
    return getattr(public, api.client_class), getattr(public, f"Async{api.client_class}")


def _resources(cls: type) -> dict[str, Any]:
    return {
        name: inspect.signature(prop.func).return_annotation
        for name, prop in inspect.getmembers(cls)
        if not name.startswith("_") and hasattr(prop, "func") and hasattr(prop, "attrname")
    }


@pytest.mark.parametrize("api", [a.name for a in APIS])
def test_sync_and_async_clients_have_the_same_surface(api: str) -> None:
    sync, async_ = _clients(api)
    assert _resources(sync).keys() == _resources(async_).keys()
    assert list(inspect.signature(sync).parameters) == list(inspect.signature(async_).parameters)
    for attr in ("with_options", "copy", "close", "timeout", "max_retries", "base_url", "is_closed"):
        assert hasattr(sync, attr) and hasattr(async_, attr), attr
    assert inspect.iscoroutinefunction(async_.close)


def _methods(cls: type) -> dict[str, Any]:
    return {n: f for n, f in inspect.getmembers(cls, inspect.isfunction) if not n.startswith("_")}


@pytest.mark.parametrize("api", [a.name for a in APIS])
def test_every_resource_method_has_an_async_twin_with_the_same_parameters(api: str) -> None:
    entry = next(a for a in APIS if a.name == api)
    surface = build_surface(entry)
    for resource in surface.resources:
        module = importlib.import_module(f"{entry.package}.resources.{resource.attribute}")
        sync_cls, async_cls = getattr(module, resource.class_name), getattr(module, f"Async{resource.class_name}")
        sync_methods, async_methods = _methods(sync_cls), _methods(async_cls)
        assert sync_methods.keys() == async_methods.keys(), resource.attribute
        for method in resource.methods:
            names = [method.name] + ([f"{method.name}_page"] if method.paging else [])
            for name in names:
                sync_fn, async_fn = sync_methods[name], async_methods[name]
                assert sync_fn.__doc__ and async_fn.__doc__, f"{resource.attribute}.{name} has no docstring"
                assert sync_fn.__doc__ == async_fn.__doc__
                sync_params = list(inspect.signature(sync_fn).parameters)
                async_params = [p for p in inspect.signature(async_fn).parameters if p not in ASYNC_ONLY]
                assert sync_params == async_params, f"{resource.attribute}.{name}"
                for option in ("extra_headers", "extra_query", "timeout"):
                    assert option in sync_params, f"{resource.attribute}.{name} lacks {option}"
                paginated = name == method.name and method.paging is not None
                assert inspect.iscoroutinefunction(async_fn) is not paginated, name
                raw = getattr(module, f"{resource.class_name}WithRawResponse")
                if not paginated and method.download_accept is None:
                    assert name in inspect.signature(raw.__init__).parameters or name in raw.__init__.__code__.co_names


@pytest.mark.parametrize("api", [a.name for a in APIS])
def test_every_operation_of_the_spec_is_a_method(api: str) -> None:
    entry = next(a for a in APIS if a.name == api)
    document = yaml.safe_load(entry.spec.read_text())
    operation_ids = {
        op["operationId"]
        for item in document["paths"].values()
        for method, op in item.items()
        if method in {"get", "put", "post", "patch", "delete"}
    }
    surface = build_surface(entry)
    assert {m.operation_id for m in surface.methods()} == operation_ids
    sync, _ = _clients(api)
    for method in surface.methods():
        resource = _resources(sync)
        assert method.resource in resource, method.operation_id


SIGNATURE = re.compile(r"^client\.(\w+)\.(\w+)\((.*)\) -> ", re.MULTILINE)


def _argument_names(signature: str) -> list[str]:
    """Argument names of a signature as docs/reference renders it, split at top-level commas only."""
    names, depth, start = [], 0, 0
    for i, char in enumerate(signature + ","):
        depth += 1 if char in "[(" else -1 if char in "])" else 0
        if char == "," and depth == 0:
            item = signature[start:i].strip()
            start = i + 1
            if item and item != "*":
                names.append(re.match(r"\**(\w+)", item).group(1))  # type: ignore[union-attr]
    return names


@pytest.mark.parametrize("api", [a.name for a in APIS])
def test_every_documented_signature_is_the_methods_own(api: str) -> None:
    """docs/reference/<api>.md shows each method with the arguments the method takes, in order."""
    entry = next(a for a in APIS if a.name == api)
    methods = {}
    for resource in build_surface(entry).resources:
        module = importlib.import_module(f"{entry.package}.resources.{resource.attribute}")
        for name, function in _methods(getattr(module, resource.class_name)).items():
            parameters = list(inspect.signature(function).parameters)[1:]
            methods[(resource.attribute, name)] = [p for p in parameters if p != "unexpected"]
    text = (ROOT / "docs" / "reference" / f"{api}.md").read_text(encoding="utf-8")
    documented = {(r, m): _argument_names(sig) for r, m, sig in SIGNATURE.findall(text)}
    assert documented.keys() == methods.keys()
    for key, names in documented.items():
        assert names == methods[key], key
