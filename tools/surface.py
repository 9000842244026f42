"""The client surface of one API: resources, methods and arguments, ready for the templates.

openapi-python-client parses the spec into typed properties (models, enums,
lists, unions) but drops every `x-...` extension on the way. This module joins
its parse with the raw document: it reads the `x-sdk-*` extensions described in
openapi/CONVENTIONS.md (names, resources, pagination, downloads, idempotency
keys, client-level parameters, overlay hooks, the request quota) and describes each method in
plain data the Jinja templates render: its Python signature, the checker of
each argument, the request it builds and the answers it parses.
"""

from __future__ import annotations

import dataclasses
import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client import strings
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import (
    AnyProperty,
    BooleanProperty,
    ConstProperty,
    DateProperty,
    DateTimeProperty,
    EnumProperty,
    FloatProperty,
    IntProperty,
    ListProperty,
    ModelProperty,
    NoneProperty,
    StringProperty,
    UnionProperty,
    UuidProperty,
)

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
RETRY_SAFE = {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}
SHARED_ERRORS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # an HTTP token (RFC 9110)
TYPE_WORDS = {"None", "Any", "str", "int", "float", "bool", "list", "dict", "tuple", "Sequence", "Mapping"}


class SurfaceError(Exception):
    """The spec asks for something the generator cannot make (a name clash, an unknown hook form)."""


def raw(value: Any) -> str:
    """The plain text of an openapi-python-client string wrapper (our own specs are trusted input)."""
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    if getter is not None:
        return str(getter())
    code = getattr(value, "as_unembedded_code", None)
    return str(code()) if code is not None else str(value)


def doc_text(value: Any) -> str:
    """Text safe inside a generated docstring."""
    return strings.safe_for_docstring(raw(value)).strip()


def identifier(name: str) -> str:
    text = strings.snake_case(name)
    return text + "_" if keyword.iskeyword(text) or text in {"self", "property"} else text


def pascal(name: str) -> str:
    return strings.pascal_case(name)


# --- the raw document --------------------------------------------------------------------------------
class Document:
    """The spec as parsed JSON, with local `$ref`s followed on demand."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node and seen < 32:
            ref = str(node["$ref"])
            if not ref.startswith("#/"):
                raise SurfaceError(f"only local $refs are supported, not {ref}")
            target: Any = self.data
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
        return node

    def operation(self, method: str, path: str) -> tuple[dict[str, Any], dict[str, Any]]:
        item = self.data["paths"][path]
        return item[method], item

    def find(self, method: str, operation_id: str) -> str:
        """The raw path of the operation (the generator rewrites path parameter names)."""
        for path, item in (self.data.get("paths") or {}).items():
            operation = item.get(method)
            if isinstance(operation, Mapping) and operation.get("operationId") == operation_id:
                return str(path)
        raise SurfaceError(f"no {method.upper()} operation {operation_id!r} in the document")

    def parameters(self, method: str, path: str) -> dict[tuple[str, str], dict[str, Any]]:
        """Path-level then operation-level parameters (later ones win), by (in, name)."""
        operation, item = self.operation(method, path)
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for param in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            resolved = self.resolve(param)
            found[(resolved["in"], resolved["name"])] = resolved
        return found

    def schema_of(self, node: Any) -> dict[str, Any]:
        resolved = self.resolve(node) or {}
        return dict(resolved) if isinstance(resolved, Mapping) else {}

    def security(self, operation: Mapping[str, Any]) -> list[Any]:
        return list(operation.get("security", self.data.get("security") or []))


# --- what the templates render -------------------------------------------------------------------------
@dataclass
class Check:
    """How one value is checked and converted: the Python type users pass and the checker call."""

    annotation: str
    template: str  # a Python expression with {value} and {label} placeholders

    def call(self, value: str, label: str) -> str:
        return self.template.format(value=value, label=repr(label))


@dataclass
class Arg:
    python: str
    wire: str
    location: str  # path | query | header | body
    check: Check
    required: bool
    nullable: bool = False
    description: str = ""
    default: str | None = None  # Python source of a client-side default sent when the caller gives none
    explode: bool = True
    client_parameter: str | None = None
    secret: bool = False
    positional: bool = False  # `x-sdk-positional`: passed by position, after the path parameters

    @property
    def annotation(self) -> str:
        """The type in the method's signature (optional ones also take their default)."""
        if self.required:
            return f"{self.check.annotation} | None" if self.nullable else self.check.annotation
        if self.nullable:
            return f"{self.check.annotation} | None | Unset"
        return f"{self.check.annotation} | None"

    @property
    def has_default(self) -> bool:
        return not self.required or self.default is not None

    @property
    def default_source(self) -> str:
        if self.default is not None:
            return self.default
        if self.required:
            return ""
        return "UNSET" if self.nullable else "None"

    @property
    def omitted(self) -> str:
        """The test for 'not given' in generated code."""
        return f"{self.python} is UNSET" if self.nullable else f"{self.python} is None"


@dataclass
class Variant:
    """One alternative of a `oneOf` body: the fields it needs and the fields it takes."""

    title: str
    required: tuple[str, ...]
    fields: tuple[Arg, ...]


@dataclass
class Body:
    kind: str  # "object" (fields are arguments), "variants" (oneOf of objects), "value" (one `body` argument)
    required: bool
    fields: list[Arg] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)
    extra_fields: bool = False  # the schema allows undeclared fields: `**fields` is accepted
    value: Arg | None = None


@dataclass
class Answer:
    status: int
    prop: Any  # the generator's property for the body, None for an empty answer
    source: str  # Python expression giving the decoded body


@dataclass
class Paging:
    style: str  # "offset" | "page"
    rules: str  # Python source building the clientkit paging rules
    page_type: str
    item_type: str
    page_param: str  # python name of the argument that selects a page


@dataclass
class Hook:
    function: str
    type: str
    item_type: str | None = None


@dataclass
class Method:
    name: str
    resource: str
    operation_id: str
    module: str  # the endpoint module's name under api/<tag>/
    tag: str
    http_method: str
    path: str
    summary: str
    description: str
    args: list[Arg]
    body: Body | None
    answers: list[Answer]
    returns: str  # what parse_response returns
    errors: list[tuple[str, str]]  # (status, error class) documented for the operation
    sends_credentials: bool = True
    sensitive: bool = False
    idempotency_header: str | None = None
    paging: Paging | None = None
    download_accept: str | None = None
    download_types: tuple[str, ...] = ()
    download_link_field: str | None = None
    result: Hook | None = None
    before: str | None = None
    any_of: list[tuple[str, ...]] = field(default_factory=list)  # groups of argument names, one must be given
    deprecated: bool = False
    inferred: bool = False

    @property
    def path_args(self) -> list[Arg]:
        return [a for a in self.args if a.location == "path"]

    @property
    def _own(self) -> list[Arg]:
        """Arguments users pass other than path parameters (client-level parameters come from the client)."""
        own = [a for a in self.args if a.location != "path" and a.client_parameter is None]
        return own + self.body_args

    @property
    def positional(self) -> list[Arg]:
        marked = [a for a in self._own if a.positional]
        return self.path_args + sorted(marked, key=lambda a: a.has_default)

    @property
    def keyword(self) -> list[Arg]:
        """Keyword-only arguments, required ones first (order kept otherwise)."""
        return sorted((a for a in self._own if not a.positional), key=lambda a: a.has_default)

    @property
    def body_args(self) -> list[Arg]:
        if self.body is None:
            return []
        if self.body.kind == "object":
            return list(self.body.fields)
        if self.body.kind == "variants":  # every field is optional: the ones given pick the variant
            seen: dict[str, Arg] = {}
            for variant in self.body.variants:
                for arg in variant.fields:
                    seen.setdefault(arg.python, dataclasses.replace(arg, required=False, nullable=False))
            return list(seen.values())
        return [self.body.value] if self.body.value is not None else []

    @property
    def client_args(self) -> list[Arg]:
        return [a for a in self.args if a.client_parameter is not None]

    @property
    def query(self) -> list[Arg]:
        return [a for a in self.args if a.location == "query"]

    @property
    def headers(self) -> list[Arg]:
        return [a for a in self.args if a.location == "header"]

    @property
    def result_type(self) -> str:
        if self.download_accept is not None:
            return "Path"
        return self.result.type if self.result is not None else self.returns

    @property
    def retry_safe(self) -> bool:
        return self.http_method.upper() in RETRY_SAFE

    @property
    def secret_names(self) -> list[str]:
        return [a.python for a in self.body_args if a.secret]


@dataclass
class Resource:
    attribute: str
    class_name: str
    description: str
    methods: list[Method] = field(default_factory=list)


@dataclass
class ClientParameterSpec:
    name: str
    wire: str
    location: str
    check: Check
    env: str | None
    required: bool
    description: str


@dataclass
class RateLimitSpec:
    """`x-sdk-rate-limit` at the document root: the API's documented request quota."""

    requests: int
    window: float
    remaining_header: str | None
    retry_in_header: str | None


@dataclass
class Surface:
    title: str
    version: str
    description: str
    servers: list[str]
    credential: dict[str, str] | None
    parameters: list[ClientParameterSpec]
    resources: list[Resource]
    hook_imports: dict[str, set[str]]  # module -> names
    rate_limit: RateLimitSpec | None = None

    def methods(self) -> Iterator[Method]:
        for resource in self.resources:
            yield from resource.methods


# --- building it -----------------------------------------------------------------------------------------
class SurfaceBuilder:
    """Builds the `Surface` of one API from the generator's parse and the raw document."""

    def __init__(self, data: GeneratorData, document: Mapping[str, Any], *, env_prefix: str, hooks: str | None) -> None:
        self.data = data
        self.doc = Document(document)
        self.env_prefix = env_prefix
        self.hooks = hooks
        self.hook_imports: dict[str, set[str]] = {}
        self.client_parameters: dict[str, ClientParameterSpec] = {}
        self.models = {raw(m.class_info.name): m for m in data.models}  # fully processed (properties filled)

    # names ------------------------------------------------------------------------------------------
    def tag_info(self, tag: str) -> dict[str, Any]:
        for entry in self.doc.data.get("tags") or []:
            if entry.get("name") == tag:
                return dict(entry)
        return {"name": tag}

    def resource_name(self, operation: Mapping[str, Any]) -> str:
        if "x-sdk-resource" in operation:
            return str(operation["x-sdk-resource"])
        tag = (operation.get("tags") or ["default"])[0]
        return str(self.tag_info(tag).get("x-sdk-resource") or identifier(tag))

    @staticmethod
    def method_name(operation: Mapping[str, Any], resource: str, tag: str) -> str:
        """`x-sdk-name`, else the operationId without the words naming the resource (`list_users` -> `list`)."""
        if "x-sdk-name" in operation:
            return str(operation["x-sdk-name"])
        words = identifier(str(operation["operationId"])).split("_")
        nouns = set()
        for word in [*resource.split("_"), *identifier(tag).split("_")]:
            nouns |= {word, word.rstrip("s"), word + "s"}
        kept = [w for w in words if w not in nouns] or words[:1]
        name = "_".join(kept)
        return name + "_" if keyword.iskeyword(name) else name

    # checks -------------------------------------------------------------------------------------------
    def check_for(self, prop: Any, schema: Mapping[str, Any], *, location: str, required: bool) -> Check:
        """The checker of one value, from the generator's property and the raw schema's constraints."""
        schema = self.doc.schema_of(schema)
        secret = schema.get("format") == "password" or bool(schema.get("x-sdk-secret"))
        if isinstance(prop, UnionProperty):
            inner = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
            options = self._union_schemas(schema)
            if len(inner) == 1:
                return self.check_for(inner[0], options[0] if options else schema, location=location, required=required)
            checks = [
                self.check_for(p, options[i] if i < len(options) else {}, location=location, required=required)
                for i, p in enumerate(inner)
            ]
            lambdas = ", ".join(f"lambda v, n: {c.template.format(value='v', label='n')}" for c in checks)
            annotation = " | ".join(dict.fromkeys(c.annotation for c in checks))
            return Check(annotation, "_args.one_of({value}, {label}, " + lambdas + ")")
        if isinstance(prop, UuidProperty):
            return Check("UUID | str", "_args.uuid({value}, {label})")
        if isinstance(prop, EnumProperty):
            name = raw(prop.class_info.name)
            return Check(f"{name} | str", "_args.enum({value}, " + name + ", {label})")
        if isinstance(prop, StringProperty):
            return self._string_check(schema, location=location, required=required, secret=secret)
        if isinstance(prop, IntProperty):
            if self._is_id(prop):  # ids often arrive as strings (JSON:API): digits are accepted too
                return Check("int | str", "_args.integer({value}, {label}" + self._bounds(schema) + ", digits=True)")
            return Check("int", "_args.integer({value}, {label}" + self._bounds(schema) + ")")
        if isinstance(prop, FloatProperty):
            return Check("float", "_args.number({value}, {label}" + self._bounds(schema) + ")")
        if isinstance(prop, BooleanProperty):
            return Check("bool", "_args.boolean({value}, {label})")
        if isinstance(prop, DateTimeProperty):
            return Check("datetime.datetime | str", "_args.datetime({value}, {label})")
        if isinstance(prop, DateProperty):
            return Check("datetime.date | str", "_args.date({value}, {label})")
        if isinstance(prop, ConstProperty):
            return Check(
                "Any",
                "_args.const({value}, "
                + repr(prop.value.python_code if hasattr(prop.value, "python_code") else prop.value)
                + ", {label})",
            )
        if isinstance(prop, ModelProperty):
            name = raw(prop.class_info.name)
            return Check(f"{name} | Mapping[str, Any]", "_args.model({value}, " + name + ", {label})")
        if isinstance(prop, ListProperty):
            item = self.check_for(prop.inner_property, schema.get("items") or {}, location="item", required=True)
            single = location == "query"
            bounds = ""
            if "minItems" in schema:
                bounds += f", min_items={int(schema['minItems'])}"
            if "maxItems" in schema:
                bounds += f", max_items={int(schema['maxItems'])}"
            if single:
                bounds += ", single=True"
            annotation = f"Sequence[{item.annotation}]"
            if single:
                annotation = f"{item.annotation} | {annotation}"
            item_lambda = "lambda v, n: " + item.template.format(value="v", label="n")
            return Check(annotation, "_args.array({value}, {label}, " + item_lambda + bounds + ")")
        if isinstance(prop, AnyProperty):
            return Check("Any", "_args.any({value}, {label})")
        raise SurfaceError(f"no argument checker for {type(prop).__name__} ({raw(prop.name)})")

    @staticmethod
    def _is_id(prop: Any) -> bool:
        name = raw(prop.python_name)
        return name == "id" or name.endswith("_id") or raw(prop.name).endswith("Id")

    def _union_schemas(self, schema: Mapping[str, Any]) -> list[dict[str, Any]]:
        options = schema.get("oneOf") or schema.get("anyOf") or []
        resolved = [self.doc.schema_of(o) for o in options]
        return [o for o in resolved if o.get("type") != "null"]

    def _string_check(self, schema: Mapping[str, Any], *, location: str, required: bool, secret: bool) -> Check:
        fmt = schema.get("format")
        if location == "path":
            return Check("str", "_args.path_segment({value}, {label})")
        if location == "header":
            return Check("str", "_args.header_value({value}, {label}" + (", secret=True" if secret else "") + ")")
        if fmt == "uri":
            return Check("str", "_args.uri({value}, {label})")
        options = []
        min_length = schema.get("minLength", 1 if required and location != "item" else None)
        if min_length is not None:
            options.append(f"min_length={int(min_length)}")
        if "maxLength" in schema:
            options.append(f"max_length={int(schema['maxLength'])}")
        pattern = schema.get("pattern", schema.get("x-sdk-pattern"))
        if pattern is not None:
            options.append(f"pattern={pattern!r}")
            if "x-sdk-pattern-hint" in schema:
                options.append(f"hint={str(schema['x-sdk-pattern-hint'])!r}")
        if secret:
            options.append("secret=True")
        extra = "".join(", " + o for o in options)
        return Check("str | Secret" if secret else "str", "_args.string({value}, {label}" + extra + ")")

    @staticmethod
    def _bounds(schema: Mapping[str, Any]) -> str:
        """The schema's bounds, or the client's own (`x-sdk-minimum`) where the API states none."""
        found = ""
        if "minimum" in schema or "x-sdk-minimum" in schema:
            found += f", minimum={schema.get('minimum', schema.get('x-sdk-minimum'))!r}"
        if "exclusiveMinimum" in schema and isinstance(schema["exclusiveMinimum"], int | float):
            found += f", minimum={schema['exclusiveMinimum'] + 1!r}"
        if "maximum" in schema:
            found += f", maximum={schema['maximum']!r}"
        return found

    # arguments ----------------------------------------------------------------------------------------
    def parameter_arg(self, prop: Any, raw_param: Mapping[str, Any], location: str) -> Arg | None:
        """One path/query/header parameter, or None when it is the idempotency key (a per-call option)."""
        if raw_param.get("x-sdk-idempotency-key"):
            return None
        schema = self.doc.schema_of(raw_param.get("schema") or {})
        required = bool(raw_param.get("required")) or location == "path"
        python = str(raw_param.get("x-sdk-name") or raw(prop.python_name))
        check = self.check_for(prop, schema, location=location, required=required)
        nullable = isinstance(prop, UnionProperty) and any(isinstance(p, NoneProperty) for p in prop.inner_properties)
        arg = Arg(
            python=python,
            wire=str(raw_param["name"]),
            location=location,
            check=check,
            required=required,
            nullable=nullable and location == "body",
            description=str(raw_param.get("description") or "").strip(),
            default=_default_source(raw_param),
            explode=bool(raw_param.get("explode", raw_param.get("style", "form") == "form")),
            secret=bool(schema.get("format") == "password" or raw_param.get("x-sdk-secret")),
            positional=bool(raw_param.get("x-sdk-positional")),
        )
        client = raw_param.get("x-sdk-client-parameter")
        if client:
            self._client_parameter(arg, client, schema, prop)
        return arg

    def _client_parameter(self, arg: Arg, spec: Any, schema: Mapping[str, Any], prop: Any) -> None:
        options = spec if isinstance(spec, Mapping) else {}
        name = str(options.get("name") or arg.python)
        arg.client_parameter = name
        if name not in self.client_parameters:
            check = self.check_for(prop, schema, location="client", required=True)
            self.client_parameters[name] = ClientParameterSpec(
                name=name,
                wire=arg.wire,
                location=arg.location,
                check=check,
                env=str(options["env"]) if options.get("env") else None,
                required=bool(options.get("required", False)),
                description=arg.description,
            )

    def body_fields(self, model: ModelProperty, schema: Mapping[str, Any], *, label: str = "") -> list[Arg]:
        schema = self.doc.schema_of(schema)
        props = schema.get("properties") or {}
        model = self.models.get(raw(model.class_info.name), model)
        fields = []
        for prop in [*model.required_properties, *model.optional_properties]:
            wire = raw(prop.name)
            prop_schema = self.doc.schema_of(props.get(wire) or {})
            raw_prop = props.get(wire) or {}
            python = str(raw_prop.get("x-sdk-name") or prop_schema.get("x-sdk-name") or raw(prop.python_name))
            nullable = isinstance(prop, UnionProperty) and any(
                isinstance(p, NoneProperty) for p in prop.inner_properties
            )
            fields.append(
                Arg(
                    python=python,
                    wire=wire,
                    location="body",
                    check=self.check_for(prop, prop_schema, location="body", required=prop.required),
                    required=bool(prop.required),
                    nullable=nullable,
                    description=str(prop_schema.get("description") or "").strip(),
                    secret=prop_schema.get("format") == "password" or bool(prop_schema.get("x-sdk-secret")),
                    default=_default_source(raw_prop) or _default_source(prop_schema),
                    positional=bool(raw_prop.get("x-sdk-positional") or prop_schema.get("x-sdk-positional")),
                )
            )
        return fields

    def body(self, endpoint: Any, operation: Mapping[str, Any]) -> Body | None:
        if not endpoint.bodies:
            return None
        json_bodies = [b for b in endpoint.bodies if raw(b.body_type) == "json" or str(b.body_type) == "json"]
        if not json_bodies:
            raise SurfaceError(f"{operation['operationId']}: only JSON request bodies are supported")
        body = json_bodies[0]
        request = self.doc.resolve(operation.get("requestBody") or {})
        schema = self.doc.schema_of(((request.get("content") or {}).get(raw(body.content_type)) or {}).get("schema"))
        required = bool(request.get("required"))
        prop = body.prop
        if isinstance(prop, ModelProperty):
            # `**fields` only for an open object that declares no field at all; otherwise a misspelt
            # argument is an error, and undeclared fields go through `extra_body=`.
            is_open = schema.get("additionalProperties") is True or isinstance(schema.get("additionalProperties"), dict)
            fields = self.body_fields(prop, schema)
            return Body("object", required, fields=fields, extra_fields=is_open and not fields)
        if isinstance(prop, UnionProperty) and all(isinstance(p, ModelProperty) for p in prop.inner_properties):
            options = self._union_schemas(schema)
            variants = []
            for i, inner in enumerate(prop.inner_properties):
                option = options[i] if i < len(options) else {}
                fields = self.body_fields(inner, option)
                variants.append(
                    Variant(
                        title=raw(inner.class_info.name),
                        required=tuple(f.python for f in fields if f.required),
                        fields=tuple(fields),
                    )
                )
            return Body("variants", required, variants=variants)
        check = self.check_for(prop, schema, location="body", required=required)
        value = Arg("body", "body", "body", check, required, description=str(schema.get("description") or ""))
        return Body("value", required, value=value)

    # answers ------------------------------------------------------------------------------------------
    def answers(self, endpoint: Any) -> list[Answer]:
        found = []
        for response in endpoint.responses.patterns:
            low, high = response.status_code.range
            if not 200 <= low < 400 or low != high:
                continue
            attribute = response.source["attribute"]
            source = {"response.json()": "json_body(response)"}.get(attribute, attribute)
            prop = None if attribute == "None" else response.prop
            found.append(Answer(low, prop, source))
        return found

    @staticmethod
    def answer_type(answers: list[Answer]) -> str:
        types = []
        for answer in answers:
            text = "None" if answer.prop is None else raw(answer.prop.get_type_string())
            if text not in types:
                types.append(text)
        return " | ".join(types) or "None"

    def errors(self, operation: Mapping[str, Any]) -> list[tuple[str, str]]:
        found = []
        for status in operation.get("responses") or {}:
            code = str(status)
            if code.isdigit() and int(code) >= 400:
                name = "InternalServerError" if int(code) >= 500 else SHARED_ERRORS.get(int(code), "APIStatusError")
                found.append((code, name))
        return found

    # extensions -----------------------------------------------------------------------------------------
    def hook(self, name: str, *types: str | None) -> None:
        if self.hooks is None:
            raise SurfaceError(f"hook {name!r} is named in the spec, but generator-config.yaml sets no hooks module")
        names = self.hook_imports.setdefault(self.hooks, set())
        names.add(name)
        for text in types:
            for word in re.findall(r"[A-Za-z_]\w*", text or ""):
                if word not in TYPE_WORDS:
                    names.add(word)

    def result_hook(self, operation: Mapping[str, Any]) -> Hook | None:
        spec = operation.get("x-sdk-result")
        if spec is None:
            return None
        if not isinstance(spec, Mapping) or "hook" not in spec or "type" not in spec:
            raise SurfaceError(f"{operation['operationId']}: x-sdk-result needs `hook` and `type`")
        hook = Hook(str(spec["hook"]), str(spec["type"]), str(spec["item"]) if spec.get("item") else None)
        self.hook(hook.function, hook.type, hook.item_type)
        return hook

    def paging(self, operation: Mapping[str, Any], method: Method, response_prop: Any) -> Paging | None:
        spec = operation.get("x-sdk-pagination")
        if spec is None:
            return None
        if not isinstance(response_prop, ModelProperty):
            raise SurfaceError(f"{method.operation_id}: a paginated operation must answer with an object")
        names = {a.wire: a.python for a in method.args}

        def path(dotted: str) -> tuple[str, ...]:
            return tuple(self._python_path(response_prop, dotted, method.operation_id))

        items = path(str(spec.get("items", "items")))
        item_type = self._item_type(response_prop, str(spec.get("items", "items")))
        item_id = tuple(str(spec.get("item-id", "id")).split("."))
        style = str(spec.get("style"))
        if style == "offset":
            param = names[str(spec.get("offset-param", "offset"))]
            rules = (
                f"OffsetPaging(items_path={items!r}, has_more_path={path(str(spec['has-more']))!r}, "
                f"next_offset_path={path(str(spec['next-offset']))!r}, offset_param={param!r}, item_id={item_id!r})"
            )
        elif style == "page":
            param = names[str(spec.get("page-param", "page"))]
            optional = {
                "echoed_page_path": spec.get("echoed-page"),
                "total_pages_path": spec.get("total-pages"),
                "page_size_path": spec.get("page-size"),
                "total_path": spec.get("total"),
                "next_link_path": spec.get("next-link"),
            }
            extra = "".join(f", {key}={path(str(value))!r}" for key, value in optional.items() if value)
            rules = f"PageNumberPaging(items_path={items!r}, page_param={param!r}, item_id={item_id!r}{extra})"
        else:
            raise SurfaceError(f"{method.operation_id}: unknown x-sdk-pagination style {style!r}")
        page_type = raw(response_prop.get_type_string())
        if method.result is not None:
            page_type = method.result.type
            item_type = method.result.item_type or "Any"
        return Paging(style, rules, page_type, item_type, param)

    def _python_path(self, model: ModelProperty, dotted: str, where: str) -> list[str]:
        found: list[str] = []
        current: Any = model
        for wire in dotted.split("."):
            if not isinstance(current, ModelProperty):
                raise SurfaceError(f"{where}: cannot follow {dotted!r} (not an object at {wire!r})")
            match = next(
                (p for p in [*current.required_properties, *current.optional_properties] if raw(p.name) == wire), None
            )
            if match is None:
                raise SurfaceError(f"{where}: {raw(current.class_info.name)} has no field {wire!r} (from {dotted!r})")
            found.append(raw(match.python_name))
            current = match
            if isinstance(current, UnionProperty):
                inner = [p for p in current.inner_properties if not isinstance(p, NoneProperty)]
                current = inner[0] if len(inner) == 1 else current
        return found

    def _item_type(self, model: ModelProperty, dotted: str) -> str:
        current: Any = model
        for wire in dotted.split("."):
            props = [*current.required_properties, *current.optional_properties]
            current = next(p for p in props if raw(p.name) == wire)
            if isinstance(current, UnionProperty):
                inner = [p for p in current.inner_properties if not isinstance(p, NoneProperty)]
                current = inner[0]
        if isinstance(current, ListProperty):
            return raw(current.inner_property.get_type_string(no_optional=True))
        return "Any"

    def download(self, operation: Mapping[str, Any]) -> tuple[tuple[str, ...] | None, str | None]:
        """(the file's media types, JSON link field) when an answer is a binary file."""
        for status, response in (operation.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            content = (self.doc.resolve(response) or {}).get("content") or {}
            binary = [
                kind
                for kind, media in content.items()
                if self.doc.schema_of(media.get("schema")).get("format") == "binary"
                or self.doc.schema_of(media.get("schema")).get("contentMediaType")
            ]
            if binary:
                spec = operation.get("x-sdk-download") or {}
                link = spec.get("link-field") if isinstance(spec, Mapping) else None
                return tuple(binary), str(link) if link else None
        return None, None

    # the whole surface ------------------------------------------------------------------------------------
    def method(self, endpoint: Any) -> Method:
        http_method = str(endpoint.method).lower()
        path = self.doc.find(http_method, raw(endpoint.name))
        operation, _ = self.doc.operation(http_method, path)
        tag = (operation.get("tags") or ["default"])[0]
        resource = self.resource_name(operation)
        raw_params = self.doc.parameters(http_method, path)
        args: list[Arg] = []
        idempotency_header = None
        for location, props in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        ):
            for prop in props:
                raw_param = raw_params[(location, raw(prop.name))]
                arg = self.parameter_arg(prop, raw_param, location)
                if arg is None:
                    idempotency_header = str(raw_param["name"])
                    continue
                args.append(arg)
        answers = self.answers(endpoint)
        download_types, link_field = self.download(operation)
        download_accept = None
        if download_types is not None:
            answers = []
            download_accept = ", ".join(download_types + (("application/json;q=0.5",) if link_field else ()))
        method = Method(
            name=self.method_name(operation, resource, tag),
            resource=resource,
            operation_id=str(operation["operationId"]),
            module=raw(strings.PythonIdentifier(raw(endpoint.name), "")),
            tag=raw(strings.PythonIdentifier(tag, "tag")),
            http_method=http_method.upper(),
            path=path,
            summary=str(operation.get("summary") or "").strip(),
            description=str(operation.get("description") or "").strip(),
            args=args,
            body=self.body(endpoint, operation),
            answers=answers,
            returns=self.answer_type(answers),
            errors=self.errors(operation),
            sends_credentials=bool(self.doc.security(operation)),
            idempotency_header=idempotency_header,
            download_accept=download_accept,
            download_types=download_types or (),
            download_link_field=link_field,
            deprecated=bool(operation.get("deprecated")),
            inferred=bool(operation.get("x-inferred")),
        )
        method.sensitive = bool(method.secret_names)
        by_wire = {a.wire: a.python for a in args}
        for group in operation.get("x-any-of-parameters") or []:
            method.any_of.append(tuple(by_wire[str(name)] for name in group))
        method.result = self.result_hook(operation)
        if operation.get("x-sdk-before"):
            method.before = str(operation["x-sdk-before"])
            self.hook(method.before)
        success = [a.prop for a in answers if a.prop is not None]
        method.paging = self.paging(operation, method, success[0] if success else None)
        self._check_names(method)
        return method

    @staticmethod
    def _check_names(method: Method) -> None:
        reserved = {"extra_headers", "extra_query", "extra_body", "timeout", "idempotency_key", "max_pages"}
        reserved |= {"dedupe", "prefetch", "path", "progress", "fields", "self"}
        names = [a.python for a in method.positional + method.keyword]
        clash = {n for n in names if names.count(n) > 1} | (set(names) & reserved)
        if clash:
            raise SurfaceError(
                f"{method.operation_id}: argument name(s) {', '.join(sorted(clash))} clash; "
                "rename with x-sdk-name on the parameter or property"
            )

    def build(self) -> Surface:
        resources: dict[str, Resource] = {}
        for collection in self.data.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                method = self.method(endpoint)
                if method.resource not in resources:
                    operation, _ = self.doc.operation(method.http_method.lower(), method.path)
                    tag = (operation.get("tags") or ["default"])[0]
                    info = self.tag_info(tag) if self.resource_name({"tags": [tag]}) == method.resource else {}
                    resources[method.resource] = Resource(
                        attribute=method.resource,
                        class_name=pascal(method.resource),
                        description=str(info.get("description") or "").strip(),
                    )
                existing = {m.name for m in resources[method.resource].methods}
                if method.name in existing or (method.paging and f"{method.name}_page" in existing):
                    raise SurfaceError(
                        f"{method.operation_id}: method name {method.resource}.{method.name} is taken; set x-sdk-name"
                    )
                resources[method.resource].methods.append(method)
        info = self.doc.data.get("info") or {}
        return Surface(
            title=str(info.get("title") or raw(self.data.title)),
            version=str(info.get("version") or ""),
            description=str(info.get("description") or "").strip(),
            servers=[_server_url(s) for s in self.doc.data.get("servers") or [] if s.get("url")],
            credential=self.credential(),
            parameters=list(self.client_parameters.values()),
            resources=sorted(resources.values(), key=lambda r: r.attribute),
            hook_imports=self.hook_imports,
            rate_limit=self.rate_limit(),
        )

    def rate_limit(self) -> RateLimitSpec | None:
        """The root's `x-sdk-rate-limit`, checked: `requests` per `window-seconds` (default 60), and the
        answer headers giving the requests left and the seconds to hold once none are left."""
        spec = self.doc.data.get("x-sdk-rate-limit")
        if spec is None:
            return None
        if not isinstance(spec, Mapping):
            raise SurfaceError("x-sdk-rate-limit must be an object (requests, window-seconds, ...)")
        known = {"requests", "window-seconds", "remaining-header", "retry-in-header", "description"}
        unknown = sorted(str(k) for k in spec if k not in known and not str(k).startswith("x-"))
        if unknown:
            raise SurfaceError(f"x-sdk-rate-limit: unknown key(s) {', '.join(unknown)}")
        requests, window = spec.get("requests"), spec.get("window-seconds", 60)
        if not isinstance(requests, int) or isinstance(requests, bool) or requests < 1:
            raise SurfaceError(f"x-sdk-rate-limit: requests must be a whole number >= 1, not {requests!r}")
        if not isinstance(window, int | float) or isinstance(window, bool) or not 0 < window < float("inf"):
            raise SurfaceError(f"x-sdk-rate-limit: window-seconds must be a positive number, not {window!r}")
        headers = {key: spec.get(key) for key in ("remaining-header", "retry-in-header")}
        for key, value in headers.items():
            if value is not None and not (isinstance(value, str) and HEADER_NAME.fullmatch(value)):
                raise SurfaceError(f"x-sdk-rate-limit: {key} must be a header name, not {value!r}")
        if headers["retry-in-header"] and not headers["remaining-header"]:
            raise SurfaceError("x-sdk-rate-limit: retry-in-header is read only with remaining-header")
        return RateLimitSpec(requests, float(window), headers["remaining-header"], headers["retry-in-header"])

    def credential(self) -> dict[str, str] | None:
        """The client's credential argument, from the security scheme the operations use."""
        schemes = (self.doc.data.get("components") or {}).get("securitySchemes") or {}
        used = {name for op in self._operations() for req in self.doc.security(op) for name in req}
        if not used:
            return None
        name = sorted(used)[0]
        scheme = self.doc.resolve(schemes.get(name) or {})
        override = scheme.get("x-sdk-credential") or {}
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            found = {"argument": "api_key", "header": str(scheme["name"]), "prefix": "", "what": "API key"}
        elif scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            found = {"argument": "token", "header": "Authorization", "prefix": "Bearer ", "what": "token"}
        else:
            raise SurfaceError(f"security scheme {name!r} ({scheme.get('type')}) is not supported")
        found.update({k: str(v) for k, v in override.items()})
        found.setdefault("env", f"{self.env_prefix}_{found['argument'].upper()}")
        return found

    def _operations(self) -> Iterator[Mapping[str, Any]]:
        for item in (self.doc.data.get("paths") or {}).values():
            for method in METHODS:
                if method in item:
                    yield item[method]


def _server_url(server: Mapping[str, Any]) -> str:
    """A server's URL with each `{variable}` replaced by its default."""
    url = str(server["url"])
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str((variable or {}).get("default", "")))
    return url


def _default_source(node: Mapping[str, Any]) -> str | None:
    """Python source of the node's `x-sdk-default`, if it has one (`null` too; lists become tuples:
    a default must not be mutable)."""
    if "x-sdk-default" not in node:
        return None
    value = node["x-sdk-default"]
    return repr(tuple(value)) if isinstance(value, list) else repr(value)
