"""The spec side of the change report: an OpenAPI 3.1 document's types and models, named as openapi-python-client
0.29.1 names them.

`extract_surface(doc, package)` turns a parsed spec into what the differ compares:

* operations, keyed by ``(METHOD, path)``, each with its operationId (and the function name openapi-python-client
  would give it, which names an operation without one), its parameters with their types, its request body and
  its responses (the Python type each status parses into);
* classes (models and enums) keyed by Python class name, with their attributes or members, importable from
  ``<package>.models`` (the public package, e.g. ``cubicasa.models``, re-exports the generated models);
* which classes each operation sends (``request``) and receives (``response``), so that a change can be
  classified from the client's side;
* the security requirements and schemes.

The methods and arguments users call come from our generator's surface model instead (tools/spec_diff_client.py).

Names are computed with openapi-python-client's own helpers (`openapi_python_client.strings`: `ClassName`,
`PythonIdentifier`, `pascal_case`), following the same dispatch as its `property_from_data`: component schemas
are named after their key (or `title`); inline objects and enums after their parent class plus the property name
(`Style3D.video` -> `Style3DVideo`); union members get `_type_<i>` (`AssetGroupType0`), list items `_item`;
request bodies are named `body` and responses `response_<status>` under the operation's name. A test checks every
name computed for the repository's specs against the checked-in `generated/` packages.

`$ref`s are resolved with `referencing` (the JSON Schema referencing library jsonschema itself uses).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

try:  # The generator's own naming helpers, so names match exactly (pinned to 0.29.1 by generator-config.yaml).
    from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case, snake_case

    NAMING_SOURCE = "openapi_python_client.strings"
except ImportError:  # pragma: no cover - only where the generator is not installed
    from tools.spec_diff_naming import (  # type: ignore[assignment]
        ClassName,
        PythonIdentifier,
        pascal_case,
        snake_case,
    )

    NAMING_SOURCE = "tools.spec_diff_naming"

Direction = Literal["request", "response"]
TypeSig = frozenset[str]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_URI = "urn:spec-diff:document"


class SurfaceError(Exception):
    """The document cannot be read as an OpenAPI description (bad $ref, wrong shape)."""


def render_type(sig: TypeSig) -> str:
    """`frozenset({'str', 'None'})` -> `'str | None'` (None last, otherwise sorted)."""
    members = sorted(m for m in sig if m != "None")
    if "None" in sig:
        members.append("None")
    return " | ".join(members) if members else "None"


@dataclass(frozen=True)
class NamingOptions:
    """The generator options that change names (from generator-config.yaml's `generator.options`)."""

    field_prefix: str = "field_"
    use_path_prefixes_for_title_model_names: bool = True


@dataclass
class FieldInfo:
    name: str  # as in the spec
    attr: str  # Python attribute of the model class
    required: bool
    type: TypeSig


@dataclass
class ClassInfo:
    name: str  # Python class name, importable from <package>.models
    module: str  # <package>/models/<module>.py
    kind: Literal["model", "enum"]
    source: str  # where it comes from in the spec, e.g. "#/components/schemas/User"
    fields: dict[str, FieldInfo] = field(default_factory=dict)
    enum_members: dict[str | int, str] = field(default_factory=dict)  # value -> member name


@dataclass
class ParamInfo:
    name: str
    location: str
    python_name: str
    required: bool
    type: TypeSig


@dataclass
class BodyInfo:
    required: bool
    media: dict[str, TypeSig]  # supported media type -> type of the `body` argument


@dataclass
class OperationInfo:
    method: str  # upper case
    path: str
    operation_id: str | None
    function: str  # openapi-python-client's function name (snake_case operationId)
    tag: str  # snake_case first tag
    params: dict[tuple[str, str], ParamInfo]  # (location, name) -> parameter
    body: BodyInfo | None
    responses: dict[str, TypeSig]  # status code ("200", "4XX", "default") -> parsed type
    security: frozenset[frozenset[str]]  # effective alternatives; empty = no auth; frozenset() inside = anonymous

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


@dataclass
class Surface:
    package: str
    classes: dict[str, ClassInfo]
    operations: dict[tuple[str, str], OperationInfo]
    usage: dict[str, dict[Direction, set[str]]]  # class -> direction -> labels of operations using it
    security_schemes: dict[str, dict[str, Any]]

    def class_path(self, class_name: str) -> str:
        return f"{self.package}.models.{class_name}"

    def directions(self, class_name: str) -> set[Direction]:
        return {d for d, ops in self.usage.get(class_name, {}).items() if ops}

    def users(self, class_name: str) -> set[str]:
        return {op for ops in self.usage.get(class_name, {}).values() for op in ops}


@dataclass(frozen=True)
class _Walked:
    type: TypeSig
    refs: frozenset[str]  # classes referenced directly (usage edges)


def _class_name(string: str, options: NamingOptions) -> str:
    # openapi-python-client's Class.from_string: drop any reference path, then ClassName.
    return str(ClassName(string.rsplit("/", maxsplit=1)[-1], options.field_prefix))


def _module_name(class_name: str, options: NamingOptions) -> str:
    return str(PythonIdentifier(class_name, options.field_prefix))


def python_identifier(value: str, options: NamingOptions, *, skip_snake_case: bool = False) -> str:
    return str(PythonIdentifier(value, options.field_prefix, skip_snake_case=skip_snake_case))


def enum_members(values: list[Any], var_names: list[str]) -> dict[str | int, str]:
    """Member names as EnumProperty.values_from_list gives them (`Manager` -> `MANAGER`, `3d` -> `VALUE_1`)."""
    out: dict[str | int, str] = {}
    use_var_names = len(var_names) == len(values)
    for i, value in enumerate(values):
        if isinstance(value, bool) or not isinstance(value, str | int):
            continue
        if isinstance(value, int):
            if use_var_names:
                out[value] = snake_case(str(var_names[i])).upper()
            else:
                out[value] = f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}"
            continue
        if use_var_names:
            key = str(var_names[i])
        elif value and value[0].isalpha():
            key = value.upper()
        else:
            key = f"VALUE_{i}"
        out[value] = snake_case(key).upper()
    return out


def _kind(schema: Mapping[str, Any]) -> str:
    """Which generator property type a schema becomes, in property_from_data's order."""
    if "$ref" in schema:
        return "ref"
    subs = [*schema.get("allOf", []), *schema.get("anyOf", []), *schema.get("oneOf", [])]
    if len(subs) == 1 and isinstance(subs[0], Mapping) and "$ref" in subs[0]:
        return "single-ref"
    type_ = schema.get("type")
    if type_ == "boolean":
        return "boolean"
    if schema.get("enum"):
        return "enum"
    if schema.get("anyOf") or schema.get("oneOf") or isinstance(type_, list):
        return "union"
    if schema.get("const") is not None:
        return "const"
    if type_ in ("string", "number", "integer", "null"):
        return str(type_)
    if type_ == "array":
        return "array"
    if type_ == "object" or schema.get("allOf") or (type_ is None and schema.get("properties")):
        return "model"
    return "any"


_STRING_FORMATS = {"date-time": "datetime.datetime", "date": "datetime.date", "binary": "File", "uuid": "UUID"}
_SIMPLE = {"number": "float", "integer": "int", "null": "None", "boolean": "bool"}


class _Extractor:
    def __init__(self, doc: Mapping[str, Any], package: str, options: NamingOptions) -> None:
        self.doc = doc
        self.package = package
        self.options = options
        resource: Resource[Any] = Resource.from_contents(doc, default_specification=DRAFT202012)
        self.resolver = Registry().with_resource(SPEC_URI, resource).resolver(base_uri=SPEC_URI)
        self.classes: dict[str, ClassInfo] = {}
        self.edges: dict[str, set[str]] = defaultdict(set)
        self.components: dict[str, Any] = dict((doc.get("components") or {}).get("schemas") or {})
        self._component_types: dict[str, _Walked] = {}
        self._in_progress: set[str] = set()
        self._lookups: dict[str, Any] = {}

    # -- references -------------------------------------------------------------------------------------------

    def resolve(self, node: Any, *, depth: int = 0) -> Any:
        """Follow `$ref`s (to components/parameters, responses, requestBodies, path items) until a real object."""
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#"):
                raise SurfaceError(f"only local $refs are supported, found {ref!r}")
            if ref not in self._lookups:
                try:
                    self._lookups[ref] = self.resolver.lookup(ref).contents
                except Unresolvable as exc:
                    raise SurfaceError(f"unresolvable $ref {ref!r}") from exc
            node = self._lookups[ref]
            depth += 1
            if depth > 50:
                raise SurfaceError(f"$ref cycle at {ref!r}")
        return node

    def _component_of(self, ref: str) -> str:
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix) or "/" in ref[len(prefix) :]:
            raise SurfaceError(f"schema $ref {ref!r} does not point at a component schema")
        name = ref[len(prefix) :].replace("~1", "/").replace("~0", "~")
        self.resolve({"$ref": ref})  # raises when it does not exist
        return name

    def component(self, name: str) -> _Walked:
        """The type that a `$ref` to components/schemas/<name> stands for (the generator reuses one property)."""
        if name in self._component_types:
            return self._component_types[name]
        if name in self._in_progress:  # a non-class component that refers to itself
            return _Walked(frozenset({"Any"}), frozenset())
        self._in_progress.add(name)
        schema = self.components.get(name)
        if not isinstance(schema, Mapping):
            raise SurfaceError(f"component schema {name!r} is not an object")
        walked = self.walk(schema, name, "", source=f"#/components/schemas/{name}")
        self._in_progress.discard(name)
        self._component_types[name] = walked
        return walked

    # -- schemas ------------------------------------------------------------------------------------------------

    def walk(self, schema: Any, name: str, parent: str, *, source: str) -> _Walked:
        """Type of a schema used under `name` inside `parent`, registering the classes it creates."""
        if not isinstance(schema, Mapping):
            return _Walked(frozenset({"Any"}), frozenset())
        kind = _kind(schema)
        if kind == "ref":
            return self.component(self._component_of(schema["$ref"]))
        if kind == "single-ref":
            sub = [*schema.get("allOf", []), *schema.get("anyOf", []), *schema.get("oneOf", [])][0]
            return self.component(self._component_of(sub["$ref"]))
        if kind == "boolean":
            return _Walked(frozenset({"bool"}), frozenset())
        if kind == "enum":
            return self._enum(schema, name, parent, source)
        if kind == "union":
            return self._union(schema, name, parent, source)
        if kind == "const":
            return _Walked(frozenset({f"Literal[{schema['const']!r}]"}), frozenset())
        if kind == "string":
            return _Walked(frozenset({_STRING_FORMATS.get(str(schema.get("format")), "str")}), frozenset())
        if kind in _SIMPLE:
            return _Walked(frozenset({_SIMPLE[kind]}), frozenset())
        if kind == "array":
            items = list(schema.get("prefixItems") or [])
            if "items" in schema and schema["items"] is not None:
                items.append(schema["items"])
            inner_schema: Any = items[0] if len(items) == 1 else {"anyOf": items}
            inner = self.walk(inner_schema, f"{name}_item", parent, source=f"{source} items")
            return _Walked(frozenset({f"list[{render_type(inner.type)}]"}), inner.refs)
        if kind == "model":
            return self._model(schema, name, parent, source)
        return _Walked(frozenset({"Any"}), frozenset())

    def _title_name(self, schema: Mapping[str, Any], name: str, parent: str, *, is_model: bool) -> str:
        title = schema.get("title")
        if is_model and not self.options.use_path_prefixes_for_title_model_names and title:
            return _class_name(str(title), self.options)
        base = str(title or name)
        string = f"{pascal_case(parent)}{pascal_case(base)}" if parent else base
        return _class_name(string, self.options)

    def _register(self, info: ClassInfo) -> None:
        existing = self.classes.get(info.name)
        if existing is not None and existing.source != info.source and existing.kind == "model":
            raise SurfaceError(f"two schemas would generate the class {info.name}: {existing.source} and {info.source}")
        self.classes.setdefault(info.name, info)

    def _enum(self, schema: Mapping[str, Any], name: str, parent: str, source: str) -> _Walked:
        values = [v for v in schema["enum"] if v is not None]
        if not values:
            return _Walked(frozenset({"None"}), frozenset())
        if len(values) < len(schema["enum"]):  # null among the values: a union of None and the enum
            rest = {k: v for k, v in schema.items() if k not in ("enum", "type")}
            union = {**rest, "oneOf": [{"type": "null"}, {**rest, "enum": values}]}
            return self._union(union, name, parent, source)
        class_name = self._title_name(schema, name, parent, is_model=False)
        var_names = list(schema.get("x-enum-varnames") or [])
        info = ClassInfo(
            name=class_name,
            module=_module_name(class_name, self.options),
            kind="enum",
            source=source,
            enum_members=enum_members(values, var_names),
        )
        self._register(info)
        return _Walked(frozenset({class_name}), frozenset({class_name}))

    def _union(self, schema: Mapping[str, Any], name: str, parent: str, source: str) -> _Walked:
        subs: list[Any] = [*schema.get("anyOf", []), *schema.get("oneOf", [])]
        if isinstance(schema.get("type"), list):
            base = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf", "default")}
            subs += [{**base, "type": t} for t in schema["type"]]
        members: set[str] = set()
        refs: set[str] = set()
        for i, sub in enumerate(subs):
            title = sub.get("title") if isinstance(sub, Mapping) and "$ref" not in sub else None
            subscript = str(title) if title is not None and title != schema.get("title") else f"type_{i}"
            walked = self.walk(sub, f"{name}_{subscript}", parent, source=f"{source} ({subscript})")
            members |= walked.type
            refs |= walked.refs
        return _Walked(frozenset(members), frozenset(refs))

    def _model(self, schema: Mapping[str, Any], name: str, parent: str, source: str) -> _Walked:
        class_name = self._title_name(schema, name, parent, is_model=True)
        if class_name in self.classes and self.classes[class_name].source == source:
            return _Walked(frozenset({class_name}), frozenset({class_name}))
        info = ClassInfo(name=class_name, module=_module_name(class_name, self.options), kind="model", source=source)
        self._register(info)
        if source.startswith("#/components/schemas/"):  # a $ref back to this model while its fields are walked
            self._component_types[source.rsplit("/", 1)[-1]] = _Walked(frozenset({class_name}), frozenset({class_name}))
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for sub in schema.get("allOf", []):
            sub_schema = self.resolve(sub)
            if isinstance(sub_schema, Mapping):
                properties.update(self._all_properties(sub_schema))
                required |= self._all_required(sub_schema)
        properties.update(schema.get("properties") or {})
        required |= set(schema.get("required") or [])
        for prop_name, prop_schema in properties.items():
            walked = self.walk(prop_schema, str(prop_name), class_name, source=f"{source}/properties/{prop_name}")
            info.fields[str(prop_name)] = FieldInfo(
                name=str(prop_name),
                attr=python_identifier(str(prop_name), self.options),
                required=prop_name in required,
                type=walked.type,
            )
            self.edges[class_name] |= walked.refs
        # _resolve_naming_conflict: properties whose snake_case names clash keep their raw spelling
        # (`phoneCode` and `phone_code` -> attributes `phoneCode` and `phone_code`).
        by_attr: dict[str, list[FieldInfo]] = defaultdict(list)
        for f in info.fields.values():
            by_attr[f.attr].append(f)
        for clashing in by_attr.values():
            if len(clashing) > 1:
                for f in clashing:
                    f.attr = python_identifier(f.name, self.options, skip_snake_case=True)
        return _Walked(frozenset({class_name}), frozenset({class_name}))

    def _all_properties(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        props: dict[str, Any] = {}
        for sub in schema.get("allOf", []):
            resolved = self.resolve(sub)
            if isinstance(resolved, Mapping):
                props.update(self._all_properties(resolved))
        props.update(schema.get("properties") or {})
        return props

    def _all_required(self, schema: Mapping[str, Any]) -> set[str]:
        req = set(schema.get("required") or [])
        for sub in schema.get("allOf", []):
            resolved = self.resolve(sub)
            if isinstance(resolved, Mapping):
                req |= self._all_required(resolved)
        return req

    # -- operations ---------------------------------------------------------------------------------------------

    def security_of(self, op: Mapping[str, Any]) -> frozenset[frozenset[str]]:
        requirements = op["security"] if "security" in op else self.doc.get("security") or []
        alternatives = set()
        for requirement in requirements or []:
            items = set()
            for scheme, scopes in (requirement or {}).items():
                items.add(f"{scheme}[{','.join(sorted(scopes))}]" if scopes else str(scheme))
            alternatives.add(frozenset(items))
        return frozenset(alternatives)

    def operation(
        self, path: str, method: str, op: Mapping[str, Any], path_params: list[Any], roots: dict[Direction, set[str]]
    ) -> OperationInfo:
        op_id = op.get("operationId")
        if op_id is None:
            unsafe = path.replace("{", "").replace("}", "").replace("/", "_").strip("_")
            function = python_identifier(f"{method}_{unsafe}", self.options)
        else:
            function = python_identifier(str(op_id), self.options)
        tags = op.get("tags") or ["default"]
        tag = str(PythonIdentifier(str(tags[0]), "tag"))
        source = f"{method.upper()} {path}"

        params: dict[tuple[str, str], ParamInfo] = {}
        for raw in [*(op.get("parameters") or []), *path_params]:
            param = self.resolve(raw)
            if not isinstance(param, Mapping) or "schema" not in param:
                continue
            key = (str(param.get("in")), str(param.get("name")))
            if key in params:  # operation-level parameters win over path-level ones
                continue
            walked = self.walk(param["schema"], key[1], function, source=f"{source} parameter {key[1]}")
            roots["request"] |= walked.refs
            params[key] = ParamInfo(
                name=key[1],
                location=key[0],
                python_name=python_identifier(key[1], self.options),
                required=bool(param.get("required", False)),
                type=walked.type,
            )
        self._fix_param_conflicts(params)

        body: BodyInfo | None = None
        raw_body = self.resolve(op["requestBody"]) if "requestBody" in op else None
        if isinstance(raw_body, Mapping):
            content = raw_body.get("content") or {}
            media: dict[str, TypeSig] = {}
            for media_type, media_obj in content.items():
                body_type = _body_type(str(media_type))
                if body_type is None or not isinstance(media_obj, Mapping) or "schema" not in media_obj:
                    continue
                parent = f"{function}_{body_type}" if len(content) > 1 else function
                walked = self.walk(media_obj["schema"], "body", parent, source=f"{source} request body {media_type}")
                roots["request"] |= walked.refs
                media[str(media_type)] = walked.type
            body = BodyInfo(required=bool(raw_body.get("required", False)), media=media)

        responses = self.responses(op, function, source, roots)

        return OperationInfo(
            method=method.upper(),
            path=path,
            operation_id=str(op_id) if op_id is not None else None,
            function=function,
            tag=tag,
            params=params,
            body=body,
            responses=responses,
            security=self.security_of(op),
        )

    def responses(
        self, op: Mapping[str, Any], function: str, source: str, roots: dict[Direction, set[str]]
    ) -> dict[str, TypeSig]:
        """Status code -> type of the parsed answer (`File` for a binary download, `None` for no body)."""
        responses: dict[str, TypeSig] = {}
        for status, raw_response in (op.get("responses") or {}).items():
            response = self.resolve(raw_response)
            if not isinstance(response, Mapping):
                continue
            content = response.get("content") or {}
            if not content:
                responses[str(status)] = frozenset({"None"})
                continue
            for media_type, media_obj in content.items():
                if not _response_supported(str(media_type)):
                    if _is_file(self.resolve(media_obj.get("schema")) if isinstance(media_obj, Mapping) else None):
                        responses[str(status)] = frozenset({"File"})  # a download (the client saves it)
                    continue
                if not isinstance(media_obj, Mapping) or "schema" not in media_obj:
                    responses[str(status)] = frozenset({"None"})
                    break
                walked = self.walk(
                    media_obj["schema"], f"response_{status}", function, source=f"{source} response {status}"
                )
                roots["response"] |= walked.refs
                responses[str(status)] = walked.type
                break
        return responses

    def _fix_param_conflicts(self, params: dict[tuple[str, str], ParamInfo]) -> None:
        """Endpoint._check_parameters_for_conflicts, for the cases that occur in practice."""
        for p in params.values():
            if p.python_name in ("client", "url"):
                p.python_name = python_identifier(f"{p.python_name}_{p.location}", self.options)
        by_name: dict[str, list[ParamInfo]] = defaultdict(list)
        for p in params.values():
            by_name[p.python_name].append(p)
        for clashing in by_name.values():
            if len(clashing) < 2:
                continue
            if len({p.location for p in clashing}) == len(clashing):
                for p in clashing:
                    p.python_name = python_identifier(f"{p.python_name}_{p.location}", self.options)
            else:
                for p in clashing:
                    p.python_name = python_identifier(p.name, self.options, skip_snake_case=True)

    def component_refs_in(self, node: Any, seen: set[int] | None = None) -> set[str]:
        """Classes of every component schema referenced anywhere under `node` (for webhooks)."""
        seen = seen if seen is not None else set()
        found: set[str] = set()
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref.startswith("#/components/schemas/") and "/" not in ref[len("#/components/schemas/") :]:
                    found |= self.component(self._component_of(ref)).refs
                elif id(node) not in seen:
                    seen.add(id(node))
                    found |= self.component_refs_in(self.resolve(node), seen)
            for value in node.values():
                found |= self.component_refs_in(value, seen)
        elif isinstance(node, list):
            for value in node:
                found |= self.component_refs_in(value, seen)
        return found


def _body_type(media_type: str) -> str | None:
    simple = media_type.split(";", 1)[0].strip().lower()
    if simple == "application/x-www-form-urlencoded":
        return "data"
    if simple == "multipart/form-data":
        return "files"
    if simple == "application/octet-stream":
        return "content"
    if simple == "application/json" or simple.endswith("+json"):
        return "json"
    return None


def _is_file(schema: Any) -> bool:
    return isinstance(schema, Mapping) and (schema.get("format") == "binary" or "contentMediaType" in schema)


def _response_supported(media_type: str) -> bool:
    simple = media_type.split(";", 1)[0].strip().lower()
    return (
        simple.startswith("text/")
        or simple in ("application/json", "application/octet-stream")
        or (simple.endswith("+json"))
    )


def _iter_operations(paths: Mapping[str, Any], extractor: _Extractor) -> Iterator[tuple[str, str, Any, list[Any]]]:
    for path, raw_item in paths.items():
        item = extractor.resolve(raw_item)
        if not isinstance(item, Mapping):
            continue
        path_params = list(item.get("parameters") or [])
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, Mapping):
                yield str(path), method, op, path_params


def _propagate(roots: Iterable[str], edges: Mapping[str, set[str]]) -> set[str]:
    reached: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in reached:
            continue
        reached.add(name)
        stack.extend(edges.get(name, ()))
    return reached


def extract_surface(doc: Mapping[str, Any], package: str, options: NamingOptions | None = None) -> Surface:
    """Everything generated client code can see of `doc`, named as openapi-python-client names it."""
    if not isinstance(doc, Mapping):
        raise SurfaceError("the document is not a mapping")
    ex = _Extractor(doc, package, options or NamingOptions())
    # Component schemas first, as the generator does: every object/enum component is a class even if unused.
    for name in ex.components:
        ex.component(str(name))

    operations: dict[tuple[str, str], OperationInfo] = {}
    usage: dict[str, dict[Direction, set[str]]] = defaultdict(lambda: {"request": set(), "response": set()})
    for path, method, op, path_params in _iter_operations(doc.get("paths") or {}, ex):
        roots: dict[Direction, set[str]] = {"request": set(), "response": set()}
        info = ex.operation(path, method, op, path_params, roots)
        operations[(info.method, info.path)] = info
        for direction, names in roots.items():
            for class_name in _propagate(names, ex.edges):
                usage[class_name][direction].add(info.label)

    # Webhooks generate no functions, but the client receives their request bodies (like responses) and sends
    # their responses back: that decides how changes to the component models they use are classified.
    for hook_name, raw_item in (doc.get("webhooks") or {}).items():
        item = ex.resolve(raw_item)
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            label = f"webhook {hook_name}"
            inbound = ex.component_refs_in(op.get("requestBody"))
            outbound = ex.component_refs_in(op.get("responses"))
            for class_name in _propagate(inbound, ex.edges):
                usage[class_name]["response"].add(label)
            for class_name in _propagate(outbound, ex.edges):
                usage[class_name]["request"].add(label)

    schemes = {}
    for name, raw_scheme in ((doc.get("components") or {}).get("securitySchemes") or {}).items():
        scheme = ex.resolve(raw_scheme)
        if isinstance(scheme, Mapping):
            schemes[str(name)] = {
                k: scheme[k]
                for k in ("type", "in", "name", "scheme", "bearerFormat", "flows", "openIdConnectUrl")
                if k in scheme
            }
    return Surface(
        package=package,
        classes=dict(sorted(ex.classes.items())),
        operations=dict(sorted(operations.items(), key=lambda kv: (kv[0][1], kv[0][0]))),
        usage={k: dict(v) for k, v in usage.items()},
        security_schemes=schemes,
    )
