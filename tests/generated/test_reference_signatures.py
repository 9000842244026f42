"""docs/reference/<api>.md shows each method with the arguments the method really takes, in order."""

from __future__ import annotations

import functools
import importlib
import inspect
import re
from pathlib import Path

import pytest

from tools.generate import ROOT, load_config

APIS = load_config().apis
SIGNATURE = re.compile(r"^client\.(\w+)\.(\w+)\((.*)\) -> ", re.MULTILINE)


def _names(signature: str) -> list[str]:
    """Argument names of a rendered signature, top-level commas only (`dict[str, Any]` stays one)."""
    names, depth, start = [], 0, 0
    for i, char in enumerate(signature + ","):
        depth += char in "[(" and 1 or char in "])" and -1 or 0
        if char == "," and depth == 0:
            item = signature[start:i].strip()
            start = i + 1
            if item and item != "*":
                names.append(re.match(r"\**(\w+)", item).group(1))  # type: ignore[union-attr]
    return names


def _methods(api_name: str) -> dict[tuple[str, str], list[str]]:
    """(resource, method) -> the sync method's argument names, from the client class itself."""
    api = next(a for a in APIS if a.name == api_name)
    client = getattr(importlib.import_module(api.public), api.client_class)
    found = {}
    for attribute, member in inspect.getmembers(client):
        if attribute.startswith("_") or not isinstance(member, functools.cached_property):
            continue
        module = importlib.import_module(f"{api.package}.resources.{attribute}")
        resource = getattr(module, member.func.__annotations__["return"])
        for name, function in inspect.getmembers(resource, inspect.isfunction):
            if not name.startswith("_"):
                parameters = list(inspect.signature(function).parameters)[1:]
                found[(attribute, name)] = [p for p in parameters if p not in ("unexpected",)]
    return found


@pytest.mark.parametrize("api", [a.name for a in APIS])
def test_every_documented_signature_is_the_methods_own(api: str) -> None:
    text = (Path(ROOT) / "docs" / "reference" / f"{api}.md").read_text(encoding="utf-8")
    documented = {(r, m): _names(sig) for r, m, sig in SIGNATURE.findall(text)}
    methods = _methods(api)
    assert documented.keys() == methods.keys()
    for key, names in documented.items():
        assert names == methods[key], key
