"""Our hand-written ``openapi/nuweb.yaml`` must agree with the vendor's own OpenAPI document.

The vendor (NU Web Group / Nutickets) publishes an OpenAPI 3.1 document; a byte-identical
copy is checked in as ``openapi/upstream/nuweb-openapi.json`` (see its README)
(override with ``NUWEB_UPSTREAM_SPEC``; our spec can be overridden with ``NUWEB_SPEC``,
which is how the checks themselves are tested against modified copies). A missing vendor
document is a test failure, never a skip.

For every operation of our spec (one test item per ``operationId``) the checks are:

* the same method and path exist upstream, with the same security requirement;
* the same parameters (``name`` + ``in``; header names case-insensitively) with the same
  ``required`` flag, a parameter type that the vendor accepts, and the same validation
  constraints (``minimum``, ``pattern``, ``format``, ... - see ``CONSTRAINTS``);
* the same request-body presence, ``required`` flag and media types; every property the
  vendor declares exists in ours with a type the vendor accepts and the same validation
  constraints, and the body's ``required`` lists are equal;
* every status the vendor declares is declared by us; for each status both declare, the
  vendor's response headers exist in ours with the same ``required`` flag, and the JSON
  schema is compatible: every property the vendor declares exists in ours with a JSON type
  that accepts the vendor's (``integer`` is accepted by ``number``), recursively, and each
  of our ``required`` properties is present upstream (declared in the vendor schema or
  shown in the vendor's example).

A deliberate difference is allowed only where our spec records it with
``x-upstream-difference: "<why>"``:

* on the differing node itself: a parameter, header, response or schema (property) of
  ours — e.g. an extra status is allowed when its response object carries the record, an
  extra schema property when the property schema carries it, a type difference (which
  stops the comparison below that node) or vendor properties missing beneath a schema node
  when that node carries it; a request-body constraint that differs, when the property or
  a schema node above it in the same body carries it;
* on the operation, for what has no node of ours to carry it: something the vendor
  declares that we leave out, or a different security requirement.

A record that no check needs (a stale record) fails ``test_no_stale_upstream_difference``.
Summaries, descriptions, tags, ``operationId``s and examples are not compared.
"""

from __future__ import annotations

import copy
import functools
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).resolve()
OUR_SPEC_DEFAULT = HERE.parents[2] / "openapi" / "nuweb.yaml"
UPSTREAM_DEFAULT = HERE.parents[2] / "openapi" / "upstream" / "nuweb-openapi.json"
RECORD = "x-upstream-difference"
# Keywords that decide whether a request is valid without changing its JSON type; compared for
# parameters and request bodies (a response constraint of ours only makes the mock stricter).
CONSTRAINTS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def our_spec_path() -> Path:
    return Path(os.environ.get("NUWEB_SPEC") or OUR_SPEC_DEFAULT)


def upstream_spec_path() -> Path:
    return Path(os.environ.get("NUWEB_UPSTREAM_SPEC") or UPSTREAM_DEFAULT)


@functools.cache
def _load_ours(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@functools.cache
def _load_upstream(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def load_ours() -> dict[str, Any]:
    return _load_ours(our_spec_path())


def load_upstream() -> dict[str, Any]:
    path = upstream_spec_path()
    if not path.is_file():
        pytest.fail(
            f"Vendor OpenAPI document not found at {path}. It is expected at "
            f"<repo>/../shared/reference/upstream/nuweb-openapi.json (a copy of "
            f"api-reference/openapi.json from the public GitHub repository Nutickets/docs); "
            f"set NUWEB_UPSTREAM_SPEC to point elsewhere.",
            pytrace=False,
        )
    return _load_upstream(path)


# --------------------------------------------------------------------------- resolving


def _escape(part: Any) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def join(ptr: str, *parts: Any) -> str:
    return ptr + "".join("/" + _escape(p) for p in parts)


@dataclass
class Node:
    """A node of a document with its ``$ref`` chain resolved.

    ``value`` is the target merged with any siblings of ``$ref`` (allowed on 3.1 Schema
    Objects); ``ptrs`` lists the JSON pointers visited, the referencing node first.
    ``record`` is the first ``x-upstream-difference`` met along the chain.
    """

    value: Any
    ptrs: list[str]
    record: tuple[str, str] | None = None  # (pointer, why)

    @property
    def ptr(self) -> str:
        return self.ptrs[-1]


class Doc:
    def __init__(self, data: dict[str, Any], label: str) -> None:
        self.data = data
        self.label = label

    def pointer(self, ptr: str) -> Any:
        cur: Any = self.data
        if ptr in ("", "#"):
            return cur
        for raw in ptr.lstrip("#").lstrip("/").split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            cur = cur[int(part)] if isinstance(cur, list) else cur[part]
        return cur

    def resolve(self, value: Any, ptr: str) -> Node:
        ptrs = [ptr]
        record = None
        merged: dict[str, Any] = {}
        seen: set[str] = set()
        while True:
            if isinstance(value, dict) and RECORD in value and record is None:
                record = (ptrs[-1], value[RECORD])
            if not (isinstance(value, dict) and "$ref" in value):
                break
            ref = value["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise AssertionError(f"{self.label}: only local $refs are supported: {ref!r} at {ptrs[-1]}")
            if ref in seen:
                raise AssertionError(f"{self.label}: $ref cycle at {ref}")
            seen.add(ref)
            for key, sub in value.items():
                if key != "$ref":
                    merged.setdefault(key, sub)
            target_ptr = ref[1:]
            value = self.pointer(target_ptr)
            ptrs.append(target_ptr)
        if merged and isinstance(value, dict):
            value = {**value, **merged}
        return Node(value, ptrs, record)

    def operations(self) -> Iterable[tuple[str, str, dict[str, Any]]]:
        for path, item in self.data.get("paths", {}).items():
            for method in METHODS:
                if method in item:
                    yield path, method, item[method]


# --------------------------------------------------------------------------- schema helpers


def _value_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


@dataclass
class Flat:
    """A schema node with ``allOf`` merged; ``types`` is None when unconstrained."""

    types: set[str] | None
    properties: dict[str, tuple[Any, str]] | None  # name -> (raw schema, pointer)
    required: set[str] = field(default_factory=set)
    items: tuple[Any, str] | None = None
    examples: list[Any] = field(default_factory=list)
    records: list[tuple[str, str]] = field(default_factory=list)


def flatten(doc: Doc, value: Any, ptr: str) -> Flat:
    node = doc.resolve(value, ptr)
    schema = node.value if isinstance(node.value, dict) else {}
    flat = Flat(types=None, properties=None)
    if node.record:
        flat.records.append(node.record)
    raw_type = schema.get("type")
    if raw_type is not None:
        flat.types = {raw_type} if isinstance(raw_type, str) else set(raw_type)
    elif "const" in schema:
        flat.types = {_value_type(schema["const"])}
    elif "enum" in schema:
        flat.types = {_value_type(v) for v in schema["enum"]}
    else:
        alternatives = schema.get("anyOf") or schema.get("oneOf")
        if alternatives:
            union: set[str] | None = set()
            for i, sub in enumerate(alternatives):
                key = "anyOf" if "anyOf" in schema else "oneOf"
                sub_types = flatten(doc, sub, join(node.ptr, key, i)).types
                union = None if sub_types is None or union is None else union | sub_types
            flat.types = union
    if "properties" in schema:
        flat.properties = {
            name: (sub, join(node.ptr, "properties", name)) for name, sub in schema["properties"].items()
        }
    flat.required = set(schema.get("required", []))
    if "items" in schema and isinstance(schema["items"], dict):
        flat.items = (schema["items"], join(node.ptr, "items"))
    if "example" in schema:
        flat.examples.append(schema["example"])
    flat.examples.extend(schema.get("examples", []) if isinstance(schema.get("examples"), list) else [])
    for i, sub in enumerate(schema.get("allOf", [])):
        part = flatten(doc, sub, join(node.ptr, "allOf", i))
        if part.types is not None:
            flat.types = part.types if flat.types is None else flat.types & part.types
        if part.properties is not None:
            flat.properties = {**(flat.properties or {}), **part.properties}
        flat.required |= part.required
        flat.items = flat.items or part.items
        flat.examples.extend(part.examples)
        flat.records.extend(part.records)
    return flat


def _accepts(wider: set[str] | None, narrower: set[str] | None) -> bool:
    """True when every JSON type in ``narrower`` is allowed by ``wider``."""
    if wider is None:
        return True
    if narrower is None:
        return False
    return all(t in wider or (t == "integer" and "number" in wider) for t in narrower)


def _fmt(types: set[str] | None) -> str:
    return "any" if types is None else "|".join(sorted(types))


def _constraints(doc: Doc, value: Any, ptr: str) -> dict[str, Any]:
    schema = doc.resolve(value, ptr).value
    return {key: schema[key] for key in CONSTRAINTS if isinstance(schema, dict) and key in schema}


# --------------------------------------------------------------------------- the checker


class OperationCheck:
    """Compares one operation of ours with the vendor's and collects problems.

    Every ``x-upstream-difference`` that excuses a difference is added to ``consumed``.
    """

    def __init__(self, ours: Doc, upstream: Doc, path: str, method: str) -> None:
        self.ours = ours
        self.up = upstream
        self.path = path
        self.method = method
        self.op_ptr = join("", "paths", path, method)
        self.op = ours.pointer(self.op_ptr)
        self.problems: list[str] = []
        self.consumed: set[str] = set()
        op_record = self.op.get(RECORD)
        self.op_record = (self.op_ptr, op_record) if op_record is not None else None

    # -- recording helpers
    def _excused(self, *records: tuple[str, str] | None) -> bool:
        for record in records:
            if record is not None:
                self.consumed.add(record[0])
                return True
        return False

    def _problem(self, where: str, message: str, *records: tuple[str, str] | None) -> None:
        if not self._excused(*records):
            self.problems.append(f"{where}: {message} (no {RECORD} recorded)")

    def _absent(self, where: str, message: str) -> None:
        """Something the vendor declares is missing from ours: only an operation-level record excuses it."""
        self._problem(where, message, self.op_record)

    # -- entry point
    def run(self) -> list[str]:
        up_item = self.up.data.get("paths", {}).get(self.path)
        if up_item is None or self.method not in up_item:
            methods = sorted(up_item or {})
            self.problems.append(
                f"{self.method.upper()} {self.path} does not exist in the vendor document "
                f"(vendor methods on this path: {methods or 'none, path unknown'})"
            )
            return self.problems
        self.up_ptr = join("", "paths", self.path, self.method)
        self.up_op = up_item[self.method]
        self.up_item = up_item
        self.check_security()
        self.check_parameters()
        self.check_request_body()
        self.check_responses()
        return self.problems

    # -- security
    def check_security(self) -> None:
        def normal(requirements: list[dict[str, list[str]]] | None) -> set[frozenset[str]]:
            return {frozenset(req) for req in (requirements or [])}

        ours = normal(self.op.get("security", self.ours.data.get("security")))
        ups = normal(self.up_op.get("security", self.up.data.get("security")))
        # An empty requirement object ({}) means "anonymous allowed"; treat [] and [{}] alike.
        ours.discard(frozenset())
        ups.discard(frozenset())
        if ours != ups:
            self._problem(
                "security",
                f"ours {sorted(map(sorted, ours))} vs vendor {sorted(map(sorted, ups))}",
                self.op_record,
            )

    # -- parameters
    def _params(self, doc: Doc, item: dict[str, Any], op: dict[str, Any], item_ptr: str, op_ptr: str) -> dict:
        result: dict[tuple[str, str], Node] = {}
        for container, base in ((item, item_ptr), (op, op_ptr)):  # operation-level wins
            for i, raw in enumerate(container.get("parameters", [])):
                node = doc.resolve(raw, join(base, "parameters", i))
                name, where = node.value["name"], node.value["in"]
                result[(name.lower() if where == "header" else name, where)] = node
        return result

    def check_parameters(self) -> None:
        ours = self._params(
            self.ours,
            self.ours.pointer(join("", "paths", self.path)),
            self.op,
            join("", "paths", self.path),
            self.op_ptr,
        )
        ups = self._params(self.up, self.up_item, self.up_op, join("", "paths", self.path), self.up_ptr)
        for key, up_node in ups.items():
            label = f"parameter {key[1]}.{up_node.value['name']}"
            if key not in ours:
                self._absent(label, "declared by the vendor but missing from ours")
                continue
            our_node = ours[key]
            our_req, up_req = bool(our_node.value.get("required")), bool(up_node.value.get("required"))
            if our_req != up_req:
                self._problem(label, f"required={our_req} in ours vs {up_req} upstream", our_node.record)
            our_schema = our_node.value.get("schema")
            up_schema = up_node.value.get("schema")
            if our_schema is not None and up_schema is not None:
                our_t = flatten(self.ours, our_schema, join(our_node.ptr, "schema")).types
                up_t = flatten(self.up, up_schema, join(up_node.ptr, "schema")).types
                if not _accepts(up_t, our_t):
                    self._problem(
                        label,
                        f"type {_fmt(our_t)} in ours is not accepted by vendor type {_fmt(up_t)}",
                        our_node.record,
                    )
                self._compare_constraints(
                    label,
                    (up_schema, join(up_node.ptr, "schema")),
                    (our_schema, join(our_node.ptr, "schema")),
                    our_node.record,
                )
        for key, our_node in ours.items():
            if key not in ups:
                self._problem(
                    f"parameter {key[1]}.{our_node.value['name']}",
                    "declared in ours but not by the vendor",
                    our_node.record,
                )

    # -- request body
    def check_request_body(self) -> None:
        our_raw, up_raw = self.op.get("requestBody"), self.up_op.get("requestBody")
        if up_raw is None and our_raw is None:
            return
        if our_raw is None:
            self._absent("requestBody", "declared by the vendor but missing from ours")
            return
        our_node = self.ours.resolve(our_raw, join(self.op_ptr, "requestBody"))
        if up_raw is None:
            self._problem("requestBody", "declared in ours but not by the vendor", our_node.record)
            return
        up_node = self.up.resolve(up_raw, join(self.up_ptr, "requestBody"))
        our_req, up_req = bool(our_node.value.get("required")), bool(up_node.value.get("required"))
        if our_req != up_req:
            self._problem("requestBody", f"required={our_req} in ours vs {up_req} upstream", our_node.record)
        self._compare_content("requestBody", up_node, our_node, direction="request", parent_record=our_node.record)

    # -- responses
    def check_responses(self) -> None:
        ours = self.op.get("responses", {})
        ups = self.up_op.get("responses", {})
        for status in ups:
            if str(status) not in {str(s) for s in ours}:
                self._absent(f"response {status}", "declared by the vendor but missing from ours")
        for status, raw in ours.items():
            our_node = self.ours.resolve(raw, join(self.op_ptr, "responses", status))
            up_raw = ups.get(status, ups.get(str(status)))
            where = f"response {status}"
            if up_raw is None:
                self._problem(where, "declared in ours but not by the vendor", our_node.record)
                continue
            up_node = self.up.resolve(up_raw, join(self.up_ptr, "responses", status))
            self._compare_headers(where, up_node, our_node)
            self._compare_content(where, up_node, our_node, direction="response", parent_record=our_node.record)

    def _compare_headers(self, where: str, up_node: Node, our_node: Node) -> None:
        def headers(doc: Doc, node: Node) -> dict[str, Node]:
            return {
                name.lower(): doc.resolve(h, join(node.ptr, "headers", name))
                for name, h in (node.value.get("headers") or {}).items()
            }

        ours, ups = headers(self.ours, our_node), headers(self.up, up_node)
        for name, up_h in ups.items():
            if name not in ours:
                self._absent(f"{where} header {name}", "declared by the vendor but missing from ours")
                continue
            our_req, up_req = bool(ours[name].value.get("required")), bool(up_h.value.get("required"))
            if our_req != up_req:
                self._problem(
                    f"{where} header {name}",
                    f"required={our_req} in ours vs {up_req} upstream",
                    ours[name].record,
                )
        for name, our_h in ours.items():
            if name not in ups:
                self._problem(f"{where} header {name}", "declared in ours but not by the vendor", our_h.record)

    def _compare_content(
        self,
        where: str,
        up_node: Node,
        our_node: Node,
        *,
        direction: str,
        parent_record: tuple[str, str] | None,
    ) -> None:
        our_content = our_node.value.get("content") or {}
        up_content = up_node.value.get("content") or {}
        for media_type, up_media in up_content.items():
            if media_type not in our_content:
                self._absent(f"{where} {media_type}", "vendor media type missing from ours")
                continue
            our_media = our_content[media_type]
            if "schema" not in up_media:
                continue
            if "schema" not in our_media:
                self._absent(f"{where} {media_type}", "vendor declares a schema, ours none")
                continue
            examples = []
            if "example" in up_media:
                examples.append(up_media["example"])
            examples.extend(
                self.up.resolve(ex, "").value.get("value") for ex in (up_media.get("examples") or {}).values()
            )
            self.compare_schema(
                f"{where} {media_type} body",
                (up_media["schema"], join(up_node.ptr, "content", media_type, "schema")),
                (our_media["schema"], join(our_node.ptr, "content", media_type, "schema")),
                direction=direction,
                examples=examples,
            )
        for media_type in our_content:
            if media_type not in up_content:
                self._problem(f"{where} {media_type}", "media type not declared by the vendor", parent_record)

    def _compare_constraints(
        self, where: str, up_schema: tuple[Any, str], our_schema: tuple[Any, str], *records: tuple[str, str] | None
    ) -> None:
        up, ours = _constraints(self.up, *up_schema), _constraints(self.ours, *our_schema)
        for key in sorted(up.keys() | ours.keys()):
            if up.get(key) != ours.get(key):
                mine, theirs = ours.get(key, "none"), up.get(key, "none")
                self._problem(where, f"{key} {mine!r} in ours vs {theirs!r} upstream", *records)

    # -- schemas
    def compare_schema(
        self,
        where: str,
        up_schema: tuple[Any, str],
        our_schema: tuple[Any, str],
        *,
        direction: str,
        examples: list[Any],
        enclosing: tuple[str, str] | None = None,
    ) -> None:
        """Compare a vendor schema with ours; both given as (raw schema, JSON pointer).

        ``enclosing`` is the nearest record above this node in the same body; it excuses a
        differing request constraint here.
        """
        up = flatten(self.up, *up_schema)
        ours = flatten(self.ours, *our_schema)
        record = ours.records[0] if ours.records else None
        examples = [*examples, *up.examples]

        if direction == "response":
            ok = _accepts(ours.types, up.types)
            message = f"type {_fmt(ours.types)} in ours does not accept vendor type {_fmt(up.types)}"
        else:
            ok = _accepts(up.types, ours.types)
            message = f"type {_fmt(ours.types)} in ours is not accepted by vendor type {_fmt(up.types)}"
        if not ok:
            self._problem(where, message, record)
            return
        if direction == "request":
            self._compare_constraints(where, up_schema, our_schema, record, enclosing)
        example_objects = [e for e in examples if isinstance(e, dict)]
        our_props = ours.properties or {}
        if up.properties is not None:
            for name, (up_sub, up_sub_ptr) in up.properties.items():
                if name not in our_props:
                    self._problem(f"{where}.{name}", "vendor property missing from ours", record)
                    continue
                self.compare_schema(
                    f"{where}.{name}",
                    (up_sub, up_sub_ptr),
                    our_props[name],
                    direction=direction,
                    examples=[e[name] for e in example_objects if name in e],
                    enclosing=record or enclosing,
                )
            for name, (our_sub, our_sub_ptr) in our_props.items():
                if name not in up.properties:
                    sub_record = self.ours.resolve(our_sub, our_sub_ptr).record
                    self._problem(f"{where}.{name}", "property not declared by the vendor", sub_record)

        def prop_record(name: str) -> tuple[str, str] | None:
            if name in our_props:
                return self.ours.resolve(*our_props[name]).record
            return None

        if direction == "response":
            present = set(up.properties or {}) | {k for e in example_objects for k in e}
            for name in sorted(ours.required - present):
                self._problem(
                    f"{where}.{name}",
                    "required in ours but neither declared nor shown by the vendor",
                    prop_record(name),
                )
        else:
            for name in sorted(ours.required ^ up.required):
                state = "required in ours only" if name in ours.required else "required by the vendor only"
                self._problem(f"{where}.{name}", state, prop_record(name), record)

        if up.items is not None and ours.items is not None:
            item_examples = [item for e in examples if isinstance(e, list) for item in e]
            self.compare_schema(
                f"{where}[]",
                up.items,
                ours.items,
                direction=direction,
                examples=item_examples,
                enclosing=record or enclosing,
            )


# --------------------------------------------------------------------------- tests


def _our_operations() -> list[tuple[str, str, str]]:
    doc = Doc(load_ours(), "ours")
    return [(op.get("operationId", f"{m} {p}"), p, m) for p, m, op in doc.operations()]


def _all_checks() -> dict[str, OperationCheck]:
    ours, ups = Doc(load_ours(), "ours"), Doc(load_upstream(), "vendor")
    checks = {}
    for op_id, path, method in _our_operations():
        check = OperationCheck(ours, ups, path, method)
        check.run()
        checks[op_id] = check
    return checks


def _records(node: Any, ptr: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {}
    if isinstance(node, dict):
        for key, sub in node.items():
            if key == RECORD:
                found[ptr] = sub
            else:
                found.update(_records(sub, join(ptr, key)))
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            found.update(_records(sub, join(ptr, i)))
    return found


OPERATIONS = _our_operations()


@pytest.mark.parametrize(("operation_id", "path", "method"), OPERATIONS, ids=[o[0] for o in OPERATIONS])
def test_operation_agrees_with_vendor(operation_id: str, path: str, method: str) -> None:
    check = OperationCheck(Doc(load_ours(), "ours"), Doc(load_upstream(), "vendor"), path, method)
    problems = check.run()
    assert not problems, (
        f"{operation_id} ({method.upper()} {path}) differs from the vendor document "
        f"{upstream_spec_path()}:\n  - " + "\n  - ".join(problems)
    )


def test_upstream_difference_records_are_explained() -> None:
    records = _records(load_ours())
    bad = {ptr: why for ptr, why in records.items() if not (isinstance(why, str) and why.strip())}
    assert not bad, f"{RECORD} must be a non-empty string saying why: {bad}"


def test_no_stale_upstream_difference() -> None:
    recorded = set(_records(load_ours()))
    consumed: set[str] = set()
    for check in _all_checks().values():
        consumed |= check.consumed
    stale = sorted(recorded - consumed)
    assert not stale, (
        f"{RECORD} recorded where no difference from the vendor document exists "
        f"(remove it, or it will hide a future change): {stale}"
    )


def test_every_vendor_company_user_operation_is_covered() -> None:
    ups = Doc(load_upstream(), "vendor")
    ours = {(p, m) for _, p, m in _our_operations()}
    vendor = {(p, m) for p, m, op in ups.operations() if "Company users" in op.get("tags", [])}
    vendor.add(("/login", "post"))
    missing = sorted(vendor - ours)
    assert not missing, f"vendor operations not described in {our_spec_path()}: {missing}"


def test_an_unrecorded_request_constraint_is_reported() -> None:
    ours = copy.deepcopy(load_ours())
    del ours["components"]["parameters"]["Page"][RECORD]
    del ours["components"]["schemas"]["CreateCompanyUserRequest"][RECORD]
    upstream = Doc(load_upstream(), "vendor")
    listing = OperationCheck(Doc(ours, "ours"), upstream, "/company/users", "get").run()
    assert any("parameter query.page: minimum 1 in ours vs 'none' upstream" in p for p in listing), listing
    create = OperationCheck(Doc(ours, "ours"), upstream, "/company/users", "post").run()
    assert any(".name: maxLength 255 in ours vs 'none' upstream" in p for p in create), create
