"""Find every `example`/`examples` value in an OpenAPI 3.1 document and check it against its schema.

Examples are documentation users copy; one that does not match its own schema
misleads them and the mocks that serve it, so the test suite runs this over
every spec.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BASE_URI = "urn:spec"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_LIST_KEYS = ("allOf", "oneOf", "anyOf", "prefixItems")
SCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "if", "then", "else")


@dataclass(frozen=True)
class Example:
    where: str  # JSON pointer of the example in the document
    schema_pointer: str  # JSON pointer of the schema it must satisfy
    value: Any


def _esc(key: object) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def _resolve_local(spec: dict[str, Any], ref: str) -> Any:
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _in_schema(ptr: str, node: Any) -> Iterator[Example]:
    if not isinstance(node, dict) or "$ref" in node:
        return
    if "example" in node:
        yield Example(f"{ptr}/example", ptr, node["example"])
    if isinstance(node.get("examples"), list):
        for i, value in enumerate(node["examples"]):
            yield Example(f"{ptr}/examples/{i}", ptr, value)
    for key in ("properties", "patternProperties", "$defs"):
        for name, sub in (node.get(key) or {}).items():
            yield from _in_schema(f"{ptr}/{key}/{_esc(name)}", sub)
    for key in SCHEMA_KEYS:
        if isinstance(node.get(key), dict):
            yield from _in_schema(f"{ptr}/{key}", node[key])
    for key in SCHEMA_LIST_KEYS:
        for i, sub in enumerate(node.get(key) or []):
            yield from _in_schema(f"{ptr}/{key}/{i}", sub)


def _in_holder(spec: dict[str, Any], ptr: str, node: dict[str, Any]) -> Iterator[Example]:
    """A parameter, header or media type: a schema plus `example` or an `examples` map."""
    if "$ref" in node or "schema" not in node:
        return
    schema_ptr = f"{ptr}/schema"
    if "example" in node:
        yield Example(f"{ptr}/example", schema_ptr, node["example"])
    for name, declared in (node.get("examples") or {}).items():
        ex = _resolve_local(spec, declared["$ref"]) if "$ref" in declared else declared
        if "value" in ex:
            yield Example(f"{ptr}/examples/{_esc(name)}", schema_ptr, ex["value"])
    yield from _in_schema(schema_ptr, node["schema"])


def _in_content(spec: dict[str, Any], ptr: str, node: dict[str, Any]) -> Iterator[Example]:
    for media_type, media in (node.get("content") or {}).items():
        yield from _in_holder(spec, f"{ptr}/content/{_esc(media_type)}", media)


def _in_response(spec: dict[str, Any], ptr: str, node: dict[str, Any]) -> Iterator[Example]:
    if "$ref" in node:
        return
    yield from _in_content(spec, ptr, node)
    for name, header in (node.get("headers") or {}).items():
        yield from _in_holder(spec, f"{ptr}/headers/{_esc(name)}", header)


def _in_operation(spec: dict[str, Any], ptr: str, op: dict[str, Any]) -> Iterator[Example]:
    for i, param in enumerate(op.get("parameters") or []):
        yield from _in_holder(spec, f"{ptr}/parameters/{i}", param)
    body = op.get("requestBody")
    if body and "$ref" not in body:
        yield from _in_content(spec, f"{ptr}/requestBody", body)
    for code, response in (op.get("responses") or {}).items():
        yield from _in_response(spec, f"{ptr}/responses/{_esc(code)}", response)


def iter_examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Every example in the document, paired with the schema it illustrates."""
    components = spec.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from _in_schema(f"/components/schemas/{_esc(name)}", schema)
    for kind in ("parameters", "headers"):
        for name, holder in (components.get(kind) or {}).items():
            yield from _in_holder(spec, f"/components/{kind}/{_esc(name)}", holder)
    for name, response in (components.get("responses") or {}).items():
        yield from _in_response(spec, f"/components/responses/{_esc(name)}", response)
    for name, body in (components.get("requestBodies") or {}).items():
        yield from _in_content(spec, f"/components/requestBodies/{_esc(name)}", body)
    for group in ("paths", "webhooks"):
        for path, item in (spec.get(group) or {}).items():
            base = f"/{group}/{_esc(path)}"
            for i, param in enumerate(item.get("parameters") or []):
                yield from _in_holder(spec, f"{base}/parameters/{i}", param)
            for method in METHODS:
                if method in item:
                    yield from _in_operation(spec, f"{base}/{method}", item[method])


def example_errors(spec: dict[str, Any], example: Example) -> list[str]:
    """Messages for each way `example` violates its schema (empty when it is valid)."""
    registry: Registry[Any] = Registry().with_resource(
        BASE_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    validator = Draft202012Validator(
        {"$ref": f"{BASE_URI}#{example.schema_pointer}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return [
        f"{example.where}: {err.message} at {list(err.absolute_path)}" for err in validator.iter_errors(example.value)
    ]
