"""`make lint` for the specs: OpenAPI validity plus this project's conventions (openapi/CONVENTIONS.md).

The generator silently ignores some mistakes (root-only security, missing
operationIds), so they are caught here, before they become odd client code.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from tools.generate import ROOT, load_config
from tools.spec_examples import METHODS

OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def _walk(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{i}")


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def unreferenced_components(spec: dict[str, Any]) -> list[str]:
    """Components that no operation or webhook reaches through `$ref`s (the generator still makes models of them)."""
    reached: set[str] = set()
    pending = [*_references(spec.get("paths")), *_references(spec.get("webhooks"))]
    while pending:
        ref = pending.pop()
        if ref in reached or not ref.startswith("#/"):
            continue
        reached.add(ref)
        node: Any = spec
        for part in ref[2:].split("/"):
            node = node.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(node, dict) else {}
        pending.extend(_references(node))
    components = spec.get("components") or {}
    return [
        f"#/components/{kind}/{name}"
        for kind, entries in components.items()
        if kind != "securitySchemes" and isinstance(entries, dict)
        for name in entries
        if f"#/components/{kind}/{name}" not in reached
    ]


def convention_problems(spec: dict[str, Any]) -> list[str]:
    """Rules from openapi/CONVENTIONS.md that a schema validator cannot see."""
    problems: list[str] = [
        f"{ref}: referenced by no operation or webhook (a model nothing uses; reference it or remove it)"
        for ref in unreferenced_components(spec)
    ]
    seen_ids: set[str] = set()
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            where = f"{method.upper()} {path}"
            op_id = op.get("operationId", "")
            if not OPERATION_ID.match(op_id):
                problems.append(f"{where}: operationId {op_id!r} is not snake_case")
            if op_id in seen_ids:
                problems.append(f"{where}: duplicate operationId {op_id!r}")
            seen_ids.add(op_id)
            if len(op.get("tags") or []) != 1:
                problems.append(f"{where}: needs exactly one tag")
            if "security" not in op:
                problems.append(
                    f"{where}: security must be declared on the operation (the generator ignores root security)"
                )
            if not any(code.startswith("2") for code in op.get("responses", {})):
                problems.append(f"{where}: no success response")
    for pointer, node in _walk(spec):
        if node.get("x-inferred") is True:
            description = str(node.get("description", ""))
            if "nferred" not in description:
                problems.append(f"{pointer}: x-inferred without a description saying what it was inferred from")
            if "$ref" in node and len(pointer.split("/")) > 1 and "schema" not in pointer:
                problems.append(f"{pointer}: x-inferred beside a $ref; mark the referenced component instead")
    return problems


def lint(path: Path) -> list[str]:
    spec = yaml.safe_load(path.read_text())
    try:
        validate(spec)
    except OpenAPIValidationError as exc:
        return [f"not a valid OpenAPI document: {exc.message}"]
    return convention_problems(spec)


def main() -> int:
    failed = False
    for api in load_config().apis:
        if not api.spec.is_file():
            print(f"{api.name}: {api.spec.relative_to(ROOT)} is missing", file=sys.stderr)
            failed = True
            continue
        problems = lint(api.spec)
        inferred = api.spec.read_text().count("x-inferred: true")
        if problems:
            failed = True
            print(f"{api.spec.relative_to(ROOT)}: {len(problems)} problem(s)", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
        else:
            print(f"{api.spec.relative_to(ROOT)}: valid OpenAPI 3.1, conventions met ({inferred} x-inferred marks)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
