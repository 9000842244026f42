"""Response schemas of every spec, with `$ref`s inlined, for property-based tests."""

from __future__ import annotations

import copy
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import yaml

from tools.generate import load_config
from tools.spec_examples import METHODS

# Keywords hypothesis-jsonschema does not need and that OpenAPI adds.
_DROP = {"example", "examples", "x-inferred", "x-upstream-difference", "description", "discriminator", "xml"}


@dataclass(frozen=True)
class ResponseCase:
    api: str
    operation_id: str
    status: str
    schema: dict[str, Any]
    module: ModuleType

    @property
    def label(self) -> str:
        return f"{self.api}:{self.operation_id}:{self.status}"


def inline_refs(node: Any, spec: dict[str, Any], depth: int = 0) -> Any:
    """A copy of `node` with every local `$ref` replaced by its target (depth-limited)."""
    if depth > 20:
        return {}
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            merged = {**copy.deepcopy(target), **{k: v for k, v in node.items() if k != "$ref"}}
            return inline_refs(merged, spec, depth + 1)
        return {k: inline_refs(v, spec, depth) for k, v in node.items() if k not in _DROP}
    if isinstance(node, list):
        return [inline_refs(v, spec, depth) for v in node]
    return node


def _module(package: str, tags: list[str], operation_id: str) -> ModuleType:
    tag = tags[0].replace("-", "_").lower() if tags else "default"
    return importlib.import_module(f"{package}.api.{tag}.{operation_id}")


def response_cases() -> Iterator[ResponseCase]:
    """Every JSON success response of every operation, with its generated module."""
    for api in load_config().apis:
        spec = yaml.safe_load(api.spec.read_text())
        for item in spec.get("paths", {}).values():
            for method in METHODS:
                op = item.get(method)
                if op is None:
                    continue
                for status, declared in op.get("responses", {}).items():
                    response = inline_refs(declared, spec)
                    media = (response.get("content") or {}).get("application/json")
                    if status.startswith("2") and media and "schema" in media:
                        module = _module(api.package, op.get("tags", []), op["operationId"])
                        yield ResponseCase(api.name, op["operationId"], status, media["schema"], module)
