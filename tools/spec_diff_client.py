"""What users of one API's generated client call, named by the generator's own surface model.

`client_names(api, document)` builds the surface `make generate` would render for `document` (as
`tools.surface_project.surface_of_document` does: openapi-python-client's parse, then `SurfaceBuilder`, which reads
the `x-sdk-*` extensions) and keeps, for every operation, the names user code writes:

* the method on its resource, sync and async (``CubiCasa.users.list`` / ``AsyncCubiCasa.users.list``); a
  paginated operation is two methods (``list`` and ``list_page``);
* each argument (``x-sdk-name``, ``x-sdk-positional``): path parameters and positional ones by position, the
  others by keyword, body fields as arguments of their own; a parameter marked ``x-sdk-client-parameter`` is an
  option of the client's constructor (``NuWeb(company_id=...)``) and one marked ``x-sdk-idempotency-key`` is the
  method's ``idempotency_key=`` option;
* the client's credential argument and options.

A document the generator cannot build whole (an old revision, a spec being edited) still gets names: each
operation the generator refuses is named by the same rules (``x-sdk-resource``, ``x-sdk-name``, the operationId),
without its arguments, and the reason is kept in `ClientNames.problems`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from tools.surface import METHODS, Document, Method, RateLimitSpec, SurfaceBuilder, SurfaceError, raw

if TYPE_CHECKING:
    from tools.generate import ApiEntry

Role = Literal["argument", "client", "idempotency"]
IDEMPOTENCY_KEY = "idempotency_key"


@dataclass(frozen=True)
class ArgName:
    """One thing an operation's request carries, as user code provides it."""

    python: str  # the argument (role "argument"), the client option ("client") or "idempotency_key"
    location: str  # path | query | header | body
    wire: str
    role: Role = "argument"
    positional: bool = False
    required: bool = False  # the operation needs it
    default: str | None = None  # the client-side default sent when the caller gives none
    accepts: str | None = None  # the annotation of the argument, e.g. `str | Sequence[str]`

    @property
    def must_pass(self) -> bool:
        """Calls without it fail (a required argument with no client-side default)."""
        return self.role == "argument" and self.required and self.default is None

    def text(self) -> str:
        """How a call passes it: `office_id` (by position) or `limit=...`."""
        return self.python if self.positional else f"{self.python}=..."


@dataclass(frozen=True)
class ClientOption:
    name: str
    wire: str
    env: str | None
    required: bool  # the client refuses to start without it


@dataclass
class MethodNames:
    """The method(s) of one operation and the arguments they take."""

    client: str  # the sync client class, e.g. CubiCasa
    resource: str
    name: str
    paginated: bool
    built: bool = True  # False: named by the rules only, the generator cannot build it (arguments unknown)
    download: bool = False
    args: dict[tuple[str, str], ArgName] = field(default_factory=dict)  # (location, wire) -> argument
    positional: tuple[tuple[str, str], ...] = ()  # keys of the arguments passed by position, in order
    idempotency_header: str | None = None
    hook_type: str | None = None  # the type an `x-sdk-result` hook returns
    returns: str | None = None  # what the method returns (the page type for a paginated one)
    body_classes: tuple[str, ...] = ()  # models whose fields are the method's arguments (flattened body)
    body_value: bool = False  # the body is one `body=` argument

    @property
    def where(self) -> str:
        return f"{self.resource}.{self.name}"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, f"{self.name}_page") if self.paginated else (self.name,)

    def symbols(self, arg: ArgName | None = None) -> tuple[str, ...]:
        """`CubiCasa.users.list`, ... for the sync then the async client (with `(limit=...)` for an argument)."""
        suffix = "" if arg is None else f"({arg.text()})"
        clients = (self.client, f"Async{self.client}")
        return tuple(f"{cls}.{self.resource}.{name}{suffix}" for cls in clients for name in self.names)

    def calls(self, arg: ArgName | None = None) -> tuple[str, ...]:
        """How user code calls it: `client.offices.get(office_id)`, with the given argument or the required ones."""
        if not self.built:  # the arguments are not known
            return tuple(f"client.{self.resource}.{name}(...)" for name in self.names)
        parts = [self.args[key].python for key in self.positional]
        if self.download:
            parts.append("path")
        if arg is None:
            parts += [a.text() for a in self.args.values() if a.must_pass and not a.positional]
        elif not arg.positional:
            parts.append(arg.text())
        inside = ", ".join(parts)
        return tuple(f"client.{self.resource}.{name}({inside})" for name in self.names)


@dataclass
class ClientNames:
    client: str  # CubiCasa (AsyncCubiCasa is the async twin)
    public: str  # the package users import, e.g. cubicasa
    methods: dict[tuple[str, str], MethodNames]  # (METHOD, raw path) -> method
    credential: str | None  # the constructor's credential argument (api_key, token)
    credential_env: str | None
    options: dict[str, ClientOption]  # client options from x-sdk-client-parameter, by name
    problems: list[str] = field(default_factory=list)
    rate_limit: str | None = None  # the spec's x-sdk-rate-limit, in words ("120 requests per 60 s")
    _raw: _RawNames | None = None

    @classmethod
    def empty(cls, api: ApiEntry) -> ClientNames:
        """The names of a client of no operations (an API not in the base yet)."""
        return cls(api.client_class, api.public, {}, None, None, {}, _raw=_RawNames({}))

    def method(self, method: str, path: str, operation_id: str | None = None) -> MethodNames:
        found = self.methods.get((method.upper(), path))
        if found is not None:
            return found
        # An operation the generator skipped entirely: name it by the rules (its fallback function name as id).
        assert self._raw is not None
        operation = dict((self._raw.doc.data.get("paths") or {}).get(path, {}).get(method.lower()) or {})
        operation.setdefault("operationId", operation_id or f"{method.lower()}_{path}")
        return self._raw.names(operation, self.client)

    def constructor(self, option: str) -> tuple[str, ...]:
        """`CubiCasa(company_id=...)` and its async twin."""
        return (f"{self.client}({option}=...)", f"Async{self.client}({option}=...)")

    def named(self, method: MethodNames, arg: ArgName | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(Python names, calls) of a method or of one of its arguments (a client option: the constructor's)."""
        if arg is None:
            return method.symbols(), method.calls()
        if arg.role == "client":
            return self.constructor(arg.python), (f"{self.client}({arg.python}=...)",)
        return method.symbols(arg), method.calls(arg)

    def classes(self) -> tuple[str, ...]:
        return (self.client, f"Async{self.client}")

    def body_users(self, class_name: str) -> list[MethodNames]:
        """Methods that take the fields of `class_name` as their own arguments."""
        return [m for m in self.methods.values() if class_name in m.body_classes]


# -- building -------------------------------------------------------------------------------------------------


class _RawNames(SurfaceBuilder):
    """The naming rules alone (resource and method names), over the raw document: no generator parse needed."""

    def __init__(self, document: Mapping[str, Any]) -> None:  # only the naming helpers are used: no parse
        self.doc = Document(document)

    def names(self, operation: Mapping[str, Any], client: str) -> MethodNames:
        tag = (operation.get("tags") or ["default"])[0]
        resource = self.resource_name(operation)
        return MethodNames(
            client=client,
            resource=resource,
            name=self.method_name(operation, resource, tag),
            paginated=operation.get("x-sdk-pagination") is not None,
            built=False,
        )

    def operations(self) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
        for path, item in (self.doc.data.get("paths") or {}).items():
            if not isinstance(item, Mapping):
                continue
            for method in METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping) and operation.get("operationId"):
                    yield method.upper(), str(path), operation


class _NamingBuilder(SurfaceBuilder):
    """`SurfaceBuilder` that also records which model each flattened request body comes from."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.body_classes: dict[str, str] = {}  # operationId -> model class whose fields are arguments

    def body(self, endpoint: Any, operation: Mapping[str, Any]) -> Any:
        body = super().body(endpoint, operation)
        if body is not None and body.kind == "object":
            json_body = next(b for b in endpoint.bodies if raw(b.body_type) == "json" or str(b.body_type) == "json")
            self.body_classes[str(operation["operationId"])] = raw(json_body.prop.class_info.name)
        return body

    def each_method(self, problems: list[str]) -> Iterator[Method]:
        """Every method the generator can build; the others are noted in `problems` (no `build()` checks)."""
        for collection in self.data.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                try:
                    yield self.method(endpoint)
                except (SurfaceError, KeyError) as exc:
                    message = _message(exc)
                    problems.append(
                        message if message.startswith(raw(endpoint.name)) else f"{raw(endpoint.name)}: {message}"
                    )

    def safe_credential(self, problems: list[str]) -> dict[str, str] | None:
        try:
            return self.credential()
        except SurfaceError as exc:
            problems.append(str(exc))
            return None


def accepted(annotation: str) -> frozenset[str]:
    """The alternatives of an annotation: `int | Sequence[int | str]` -> {`int`, `Sequence[int | str]`}."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(annotation[start:i])
            start = i + 1
    parts.append(annotation[start:])
    return frozenset(p.strip() for p in parts if p.strip())


def _message(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, SurfaceError) else f"{type(exc).__name__}: {exc}"


def _arg_names(method: Method) -> tuple[dict[tuple[str, str], ArgName], tuple[tuple[str, str], ...]]:
    """Every argument by (location, wire name); a body field is ("body", property), a whole body ("body", "body")."""
    args: dict[tuple[str, str], ArgName] = {}
    for a in [*method.args, *method.body_args]:
        role: Role = "client" if a.client_parameter is not None else "argument"
        python = a.client_parameter if a.client_parameter is not None else a.python
        positional = a in method.positional
        args[(a.location, a.wire)] = ArgName(
            python, a.location, a.wire, role, positional, a.required, a.default, a.check.annotation
        )
    if method.idempotency_header is not None:
        key = ("header", method.idempotency_header)
        args[key] = ArgName(IDEMPOTENCY_KEY, "header", method.idempotency_header, "idempotency")
    return args, tuple((a.location, a.wire) for a in method.positional)


def _method_names(method: Method, client: str, body_class: str | None) -> MethodNames:
    args, positional = _arg_names(method)
    classes: tuple[str, ...] = ()
    if method.body is not None and method.body.kind == "object" and body_class is not None:
        classes = (body_class,)
    elif method.body is not None and method.body.kind == "variants":
        classes = tuple(v.title for v in method.body.variants)
    return MethodNames(
        client=client,
        resource=method.resource,
        name=method.name,
        paginated=method.paging is not None,
        download=method.download_accept is not None,
        args=args,
        positional=positional,
        idempotency_header=method.idempotency_header,
        hook_type=method.result.type if method.result is not None else None,
        returns=method.result_type,
        body_classes=classes,
        body_value=method.body is not None and method.body.kind == "value",
    )


def client_names(
    api: ApiEntry, document: Mapping[str, Any], options: Mapping[str, object] | None = None
) -> ClientNames:
    """The names of `api`'s client generated from `document` (see the module docstring)."""
    from tools.surface_project import parse_document  # noqa: PLC0415 -- loads the generator only when used

    problems: list[str] = []
    names_only = _RawNames(document)
    methods: list[Method] = []
    builder: _NamingBuilder | None = None
    credential: dict[str, str] | None = None
    parameters: list[Any] = []
    rate_limit: str | None = None
    try:
        data = parse_document(api, document, options)
    except Exception as exc:  # whatever the generator cannot read, the naming rules still name
        problems.append(_message(exc))
    else:
        builder = _NamingBuilder(data, document, env_prefix=api.env_prefix, hooks=api.hooks)
        try:  # what `make generate` would render
            surface = builder.build()
            methods, credential, parameters = list(surface.methods()), surface.credential, surface.parameters
            rate_limit = _quota_in_words(surface.rate_limit)
        except (SurfaceError, KeyError) as whole:  # the generator refuses: name what it can, method by method
            builder = _NamingBuilder(data, document, env_prefix=api.env_prefix, hooks=api.hooks)
            methods = list(builder.each_method(problems))
            credential = builder.safe_credential(problems)
            parameters = list(builder.client_parameters.values())
            if not any(p.endswith(_message(whole)) for p in problems):  # a check across methods (a name taken twice)
                problems.insert(0, _message(whole))
    found: dict[tuple[str, str], MethodNames] = {}
    for method in methods:
        body_class = builder.body_classes.get(method.operation_id) if builder is not None else None
        found[(method.http_method.upper(), method.path)] = _method_names(method, api.client_class, body_class)
    for http_method, path, operation in names_only.operations():
        if (http_method, path) not in found:
            found[(http_method, path)] = names_only.names(operation, api.client_class)
    return ClientNames(
        client=api.client_class,
        public=api.public,
        methods=found,
        credential=credential["argument"] if credential else None,
        credential_env=credential.get("env") if credential else None,
        options={p.name: ClientOption(p.name, p.wire, p.env, p.required) for p in parameters},
        problems=problems,
        rate_limit=rate_limit,
        _raw=names_only,
    )


def _quota_in_words(quota: RateLimitSpec | None) -> str | None:
    """`x-sdk-rate-limit` as a report states it, headers included (they decide how long calls hold)."""
    if quota is None:
        return None
    words = f"{quota.requests} requests per {quota.window:g} s"
    headers = [h for h in (quota.remaining_header, quota.retry_in_header) if h]
    return words + (f" (reading {', '.join(headers)})" if headers else "")
