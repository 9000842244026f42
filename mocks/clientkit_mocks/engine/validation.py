"""Request and response validation against the indexed spec.

Validators are compiled once per schema pointer (``jsonschema_rs``, Draft
2020-12, formats checked) against a registry holding the whole document, so
``$ref``s, including recursive ones, resolve without inlining. Problems are
collected as :class:`Issue` lists; each API module renders them in its own
documented error shape.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any, NamedTuple
from urllib.parse import parse_qsl

import jsonschema_rs

from clientkit_mocks.engine.spec import Operation, Parameter, Spec, pointer_to_fragment

_BASE_URI = "urn:mock-spec"
_INT_RE = re.compile(r"^-?\d+$")
_NUMBER_RE = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


class Issue(NamedTuple):
    """One validation problem.

    ``loc`` starts with the request part (``path``, ``query``, ``header``,
    ``cookie``, ``body``) followed by the field path inside it.
    """

    loc: tuple[str | int, ...]
    msg: str
    kind: str  # jsonschema keyword ('type', 'required', ...) or 'parse', 'content_type', 'multiple'
    expected: tuple[str, ...] = ()  # expected JSON types for 'type' issues


class SchemaCache:
    """Compiled validators keyed by JSON pointer into one document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._registry = jsonschema_rs.Registry([(_BASE_URI, document)], draft=jsonschema_rs.Draft202012)
        self._cache: dict[str, jsonschema_rs.Validator] = {}

    def get(self, pointer: str) -> jsonschema_rs.Validator:
        """Compile (once) the schema found at ``pointer``."""
        validator = self._cache.get(pointer)
        if validator is None:
            validator = jsonschema_rs.Draft202012Validator(
                {"$ref": _BASE_URI + pointer_to_fragment(pointer)},
                registry=self._registry,
                validate_formats=True,
            )
            self._cache[pointer] = validator
        return validator


def schema_issues(validator: jsonschema_rs.Validator, instance: Any, prefix: tuple[str | int, ...]) -> list[Issue]:
    """Validate ``instance``; return issues located under ``prefix``."""
    if validator.is_valid(instance):
        return []
    issues: list[Issue] = []
    for error in validator.iter_errors(instance):
        loc = prefix + tuple(error.instance_path)
        kind = error.kind.name
        detail = error.kind.as_dict()
        if kind == "required":
            issues.append(Issue((*loc, str(detail.get("property", ""))), "field required", kind))
        elif kind == "additionalProperties":
            for name in detail.get("unexpected", []):
                issues.append(Issue((*loc, str(name)), "extra fields not permitted", kind))
        elif kind == "type":
            issues.append(Issue(loc, error.message, kind, tuple(str(t) for t in detail.get("types", []))))
        else:
            issues.append(Issue(loc, error.message, kind))
    return issues


def _json_types(schema: dict[str, Any], spec: Spec) -> set[str]:
    """The JSON types a (parameter) schema admits, for string coercion."""
    schema = spec.deref(schema)
    if not isinstance(schema, dict):
        return set()
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(t) for t in declared}
    values = schema.get("enum") or ([schema["const"]] if "const" in schema else [])
    types: set[str] = set()
    for value in values:
        if isinstance(value, bool):
            types.add("boolean")
        elif isinstance(value, int):
            types.add("integer")
        elif isinstance(value, float):
            types.add("number")
        elif isinstance(value, str):
            types.add("string")
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key, []) or []:
            types |= _json_types(sub, spec)
    return types


def coerce(text: str, types: set[str]) -> Any:
    """Turn a parameter string into the JSON value its schema most likely wants.

    Values that fit no declared type stay strings, so schema validation then
    reports the type mismatch with a useful message.
    """
    if "integer" in types and _INT_RE.match(text):
        return int(text)
    if "number" in types and _NUMBER_RE.match(text):
        number = float(text)
        return int(number) if number.is_integer() and "e" not in text.lower() and "." not in text else number
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    if "null" in types and text in ("", "null") and "string" not in types:
        return None
    return text


@dataclass(frozen=True)
class _ParamPlan:
    """Precomputed coercion/validation plan for one parameter."""

    param: Parameter
    is_array: bool
    types: frozenset[str]  # scalar (or item) types
    validator: jsonschema_rs.Validator | None


class Parsed(NamedTuple):
    """Coerced request parts, ready for a handler."""

    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    cookies: dict[str, Any]
    body: Any
    content_type: str | None


def media_type(content_type: str | None) -> str:
    """``application/json; charset=utf-8`` -> ``application/json``."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def is_json_media(media: str) -> bool:
    """True for ``application/json`` and ``*/*+json`` media types."""
    return media == "application/json" or media.endswith("+json")


def match_media(media: str, declared: Iterable[str]) -> str | None:
    """The declared media type (or range) that ``media`` satisfies, if any."""
    options = list(declared)
    if media in options:
        return media
    major = media.split("/", 1)[0]
    for option in options:
        if option in ("*/*", f"{major}/*"):
            return option
    return None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


class RequestValidator:
    """Validates and coerces requests for one operation."""

    def __init__(self, operation: Operation, spec: Spec, cache: SchemaCache, allow_unknown_query: bool = False) -> None:
        self.operation = operation
        self.allow_unknown_query = allow_unknown_query
        self._query_names = frozenset(p.name for p in operation.parameters if p.location == "query")
        plans: list[_ParamPlan] = []
        for param in operation.parameters:
            schema = param.schema
            is_array = "array" in _json_types(schema, spec)
            types = _json_types(spec.deref(schema.get("items", {})), spec) if is_array else _json_types(schema, spec)
            validator = cache.get(param.pointer) if param.pointer else None
            plans.append(_ParamPlan(param, is_array, frozenset(types), validator))
        self._plans = tuple(plans)
        self._body_validators = {
            media: cache.get(pointer) for media, pointer in operation.body_content.items() if pointer
        }

    def validate(
        self,
        path_params: dict[str, str],
        query_string: bytes,
        headers: dict[str, str],
        body: bytes,
    ) -> tuple[Parsed, list[Issue]]:
        """Coerce and check every declared parameter and the body."""
        issues: list[Issue] = []
        query_values: dict[str, list[str]] = {}
        if query_string:
            for key, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
                query_values.setdefault(key, []).append(value)
            if not self.allow_unknown_query:
                for key in query_values.keys() - self._query_names:
                    issues.append(Issue(("query", key), "extra fields not permitted", "additionalProperties"))
        cookie_values: dict[str, list[str]] = {}
        if "cookie" in headers:
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(headers["cookie"])
            except Exception:  # a broken Cookie header is just "no cookies"
                jar = SimpleCookie()
            cookie_values = {k: [m.value] for k, m in jar.items()}
        parts: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
        for plan in self._plans:
            param = plan.param
            raw = self._raw_values(param, path_params, query_values, headers, cookie_values)
            if raw is None:
                if param.required:
                    issues.append(Issue((param.location, param.name), "field required", "required"))
                continue
            value, problem = self._coerce(plan, raw)
            if problem is not None:
                issues.append(problem)
                continue
            if plan.validator is not None:
                issues.extend(schema_issues(plan.validator, value, (param.location, param.name)))
            parts[param.location][param.name] = value
        body_value, content_type, body_issues = self._body(headers.get("content-type"), body)
        issues.extend(body_issues)
        parsed = Parsed(parts["path"], parts["query"], parts["header"], parts["cookie"], body_value, content_type)
        return parsed, issues

    @staticmethod
    def _raw_values(
        param: Parameter,
        path_params: dict[str, str],
        query: dict[str, list[str]],
        headers: dict[str, str],
        cookies: dict[str, list[str]],
    ) -> list[str] | None:
        if param.location == "path":
            value = path_params.get(param.name)
            return None if value is None else [value]
        if param.location == "query":
            return query.get(param.name)
        if param.location == "header":
            header = headers.get(param.key)
            return None if header is None else [header]
        return cookies.get(param.name)

    @staticmethod
    def _coerce(plan: _ParamPlan, raw: list[str]) -> tuple[Any, Issue | None]:
        param = plan.param
        types = set(plan.types)
        if not plan.is_array:
            if len(raw) > 1:
                return None, Issue((param.location, param.name), "only one value allowed", "multiple")
            return coerce(raw[0], types), None
        if param.location == "query" and param.explode and param.style == "form":
            items = raw
        else:
            separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
            items = [piece for value in raw for piece in value.split(separator)] if raw != [""] else []
        return [coerce(item, types) for item in items], None

    def _body(self, content_type: str | None, raw: bytes) -> tuple[Any, str | None, list[Issue]]:
        op = self.operation
        if not op.body_content:
            return None, None, []
        if not raw:
            if op.body_required:
                return None, None, [Issue(("body",), "field required", "required")]
            return None, None, []
        media = media_type(content_type)
        declared = match_media(media, op.body_content) if media else None
        if declared is None:
            accepted = ", ".join(op.body_content)
            message = f"unsupported Content-Type {media or '(none)'!r}; expected {accepted}"
            return None, media or None, [Issue(("body",), message, "content_type")]
        if not is_json_media(media):
            return raw, media, []
        try:
            value = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
        except (UnicodeDecodeError, ValueError) as exc:
            return None, media, [Issue(("body",), f"Invalid JSON: {exc}", "parse")]
        except RecursionError:
            return None, media, [Issue(("body",), "Invalid JSON: nested too deeply", "parse")]
        validator = self._body_validators.get(declared)
        issues = schema_issues(validator, value, ("body",)) if validator is not None else []
        return value, media, issues


class ResponseValidator:
    """Checks that an answer matches what the spec documents (drift detection)."""

    def __init__(self, spec: Spec, cache: SchemaCache) -> None:
        self._cache = cache
        self._spec = spec

    def check(
        self, operation: Operation, status: int, content_type: str | None, body: Any, headers: dict[str, str]
    ) -> list[str]:
        """Return human-readable drift problems (empty when the answer conforms)."""
        documented = operation.response_for(status)
        where = f"{operation.method} {operation.path} ({operation.operation_id}) -> {status}"
        if documented is None:
            listed = ", ".join(operation.responses)
            return [f"{where}: status {status} is not documented (documented: {listed})"]
        problems = [
            f"{where}: documented header {name!r} missing"
            for name in documented.required_headers
            if name not in headers
        ]
        if not documented.content:
            if body not in (None, b"", ""):
                problems.append(f"{where}: a body was sent but the spec documents none")
            return problems
        media = media_type(content_type)
        declared = match_media(media, documented.content)
        if declared is None:
            listed = ", ".join(documented.content)
            problems.append(f"{where}: content type {media or '(none)'!r} not documented (documented: {listed})")
            return problems
        pointer = documented.content[declared]
        if pointer is None or not is_json_media(media):
            return problems
        for issue in schema_issues(self._cache.get(pointer), body, ()):
            path = "/".join(str(p) for p in issue.loc) or "(root)"
            problems.append(f"{where}: body at {path}: {issue.msg}")
        return problems

    def check_webhook(self, name: str, body: Any) -> list[str]:
        """Validate an outgoing webhook body against the spec's ``webhooks`` entry."""
        webhook = self._spec.webhooks.get(name)
        if webhook is None:
            return [f"webhook {name!r} is not declared under `webhooks`"]
        pointer = webhook.body_content.get("application/json")
        if pointer is None:
            return []
        return [
            f"webhook {name}: body at {'/'.join(str(p) for p in i.loc) or '(root)'}: {i.msg}"
            for i in schema_issues(self._cache.get(pointer), body, ())
        ]


def group_issues(issues: Sequence[Issue]) -> dict[str, list[Issue]]:
    """Group issues by request part (``path``, ``query``, ...)."""
    grouped: dict[str, list[Issue]] = {}
    for issue in issues:
        grouped.setdefault(str(issue.loc[0]), []).append(issue)
    return grouped
