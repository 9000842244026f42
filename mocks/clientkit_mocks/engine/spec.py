"""Load an OpenAPI 3.x document and index what the mock needs from it.

Everything is resolved once at start-up (parameters, bodies, responses,
security) so that serving a request never walks the document. Schemas are not
inlined: they are kept as JSON pointers into the document, and the validation
layer compiles them against a registry holding the whole document, which keeps
recursive schemas working.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def escape_pointer_token(token: str) -> str:
    """Escape one JSON-pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer_to_fragment(pointer: str) -> str:
    """Turn a JSON pointer into a URI fragment (braces etc. percent-encoded)."""
    return "#" + quote(pointer, safe="/~-._!$&'()*+,;=:@")


@dataclass(frozen=True)
class Parameter:
    """One request parameter with its schema location and serialization."""

    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: dict[str, Any]  # top-level schema, $ref followed (for coercion hints)
    pointer: str | None  # JSON pointer of the schema, for the validator
    style: str
    explode: bool

    @property
    def key(self) -> str:
        """Lookup key: header and cookie names are case-insensitive."""
        return self.name.lower() if self.location == "header" else self.name


@dataclass(frozen=True)
class ResponseSpec:
    """Documented response: media type -> schema pointer, plus headers."""

    status: str
    content: dict[str, str | None]
    required_headers: tuple[str, ...]


@dataclass(frozen=True)
class SecurityScheme:
    """A security scheme, reduced to where its credential is found."""

    name: str
    type: str  # apiKey | http | oauth2 | openIdConnect | mutualTLS
    location: str  # header | query | cookie
    param_name: str  # header/query/cookie name
    scheme: str  # http scheme (bearer, basic) or ''


@dataclass(frozen=True)
class Operation:
    """One operation, with everything needed to validate and answer it."""

    operation_id: str
    method: str  # upper case
    path: str  # template, e.g. /orders/{id}
    parameters: tuple[Parameter, ...]
    body_required: bool
    body_content: dict[str, str | None]  # media type -> schema pointer
    responses: dict[str, ResponseSpec]
    security: tuple[dict[str, list[str]], ...]  # alternatives; () = anonymous
    idempotency_header: str | None  # lower-case header name if declared

    @property
    def is_write(self) -> bool:
        """Unsafe methods change state and are counted as writes."""
        return self.method not in SAFE_METHODS

    def response_for(self, status: int) -> ResponseSpec | None:
        """The documented response for ``status`` (exact, then ``NXX``, then default)."""
        return (
            self.responses.get(str(status)) or self.responses.get(f"{status // 100}XX") or self.responses.get("default")
        )


@dataclass(frozen=True)
class WebhookSpec:
    """An outbound webhook declared under the 3.1 ``webhooks`` key."""

    name: str
    method: str
    body_content: dict[str, str | None]


@dataclass
class Spec:
    """An indexed OpenAPI document."""

    document: dict[str, Any]
    source: Path | None
    operations: list[Operation] = field(default_factory=list)
    security_schemes: dict[str, SecurityScheme] = field(default_factory=dict)
    webhooks: dict[str, WebhookSpec] = field(default_factory=dict)

    @property
    def by_id(self) -> dict[str, Operation]:
        """Operations keyed by ``operationId``."""
        return {op.operation_id: op for op in self.operations}

    def deref(self, node: Any) -> Any:
        """Follow local ``$ref``s from ``node`` to the object they name."""
        return _Resolver(self.document).follow(node, "")[0]

    def paths(self) -> dict[str, dict[str, Operation]]:
        """Operations grouped by path template, then by upper-case method."""
        grouped: dict[str, dict[str, Operation]] = {}
        for op in self.operations:
            grouped.setdefault(op.path, {})[op.method] = op
        return grouped


class SpecError(ValueError):
    """The document cannot be served (unsupported or broken construct)."""


class _Resolver:
    """Follows local ``$ref``s and remembers where each object lives."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def lookup(self, pointer: str) -> Any:
        node: Any = self.document
        if pointer in ("", "/"):
            return node
        for raw in pointer.lstrip("/").split("/"):
            token = raw.replace("~1", "/").replace("~0", "~")
            try:
                node = node[int(token)] if isinstance(node, list) else node[token]
            except (KeyError, IndexError, ValueError) as exc:
                raise SpecError(f"dangling reference to {pointer!r}") from exc
        return node

    def follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow ``$ref`` chains from ``node`` (found at ``pointer``)."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if not ref.startswith("#"):
                raise SpecError(f"only local $ref is supported, got {ref!r}")
            if ref in seen:
                raise SpecError(f"$ref cycle at {ref!r}")
            seen.add(ref)
            pointer = ref[1:]
            node = self.lookup(pointer)
        return node, pointer


def load_spec(path: str | Path) -> Spec:
    """Read a YAML/JSON OpenAPI file and index it."""
    source = Path(path)
    with source.open(encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    if not isinstance(document, dict) or "paths" not in document:
        raise SpecError(f"{source} is not an OpenAPI document")
    return index_spec(document, source)


def index_spec(document: dict[str, Any], source: Path | None = None) -> Spec:
    """Index an already-parsed OpenAPI document."""
    resolver = _Resolver(document)
    spec = Spec(document=document, source=source)
    components = document.get("components", {}) or {}
    for name, raw in (components.get("securitySchemes", {}) or {}).items():
        scheme, _ = resolver.follow(raw, f"/components/securitySchemes/{escape_pointer_token(name)}")
        spec.security_schemes[name] = _security_scheme(name, scheme)
    root_security = document.get("security", [])
    for path, raw_item in (document.get("paths") or {}).items():
        item, item_pointer = resolver.follow(raw_item, f"/paths/{escape_pointer_token(path)}")
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op_pointer = f"{item_pointer}/{method}"
            spec.operations.append(
                _operation(
                    resolver,
                    path=path,
                    method=method,
                    raw=item[method],
                    op_pointer=op_pointer,
                    shared=shared,
                    item_pointer=item_pointer,
                    root_security=root_security,
                )
            )
    for name, raw_hook in (document.get("webhooks") or {}).items():
        item, pointer = resolver.follow(raw_hook, f"/webhooks/{escape_pointer_token(name)}")
        for method in HTTP_METHODS:
            if method in item:
                _, content = _request_body(resolver, item[method], f"{pointer}/{method}")
                spec.webhooks[name] = WebhookSpec(name=name, method=method.upper(), body_content=content)
    return spec


def _security_scheme(name: str, raw: dict[str, Any]) -> SecurityScheme:
    kind = raw.get("type", "")
    if kind == "apiKey":
        return SecurityScheme(name, kind, raw.get("in", "header"), raw.get("name", ""), "")
    if kind == "http":
        return SecurityScheme(name, kind, "header", "authorization", str(raw.get("scheme", "bearer")).lower())
    # oauth2 / openIdConnect: the credential is a bearer token.
    return SecurityScheme(name, kind, "header", "authorization", "bearer")


def _parameters(resolver: _Resolver, raw: list[Any], pointer: str) -> dict[tuple[str, str], Parameter]:
    found: dict[tuple[str, str], Parameter] = {}
    for index, entry in enumerate(raw):
        param, param_pointer = resolver.follow(entry, f"{pointer}/{index}")
        location = param["in"]
        schema_pointer: str | None = None
        schema: dict[str, Any] = {}
        if "schema" in param:
            schema_pointer = f"{param_pointer}/schema"
            schema, _ = resolver.follow(param["schema"], schema_pointer)
        elif "content" in param:
            media, media_obj = next(iter(param["content"].items()))
            schema_pointer = f"{param_pointer}/content/{escape_pointer_token(media)}/schema"
            schema, _ = resolver.follow(media_obj.get("schema", {}), schema_pointer)
        default_style = {"query": "form", "cookie": "form"}.get(location, "simple")
        style = param.get("style", default_style)
        found[(param["name"], location)] = Parameter(
            name=param["name"],
            location=location,
            required=bool(param.get("required", location == "path")),
            schema=schema if isinstance(schema, dict) else {},
            pointer=schema_pointer,
            style=style,
            explode=bool(param.get("explode", style == "form")),
        )
    return found


def _request_body(
    resolver: _Resolver, operation: dict[str, Any], op_pointer: str
) -> tuple[bool, dict[str, str | None]]:
    if "requestBody" not in operation:
        return False, {}
    body, pointer = resolver.follow(operation["requestBody"], f"{op_pointer}/requestBody")
    content: dict[str, str | None] = {}
    for media, media_obj in (body.get("content") or {}).items():
        has_schema = isinstance(media_obj, dict) and "schema" in media_obj
        content[media.lower()] = f"{pointer}/content/{escape_pointer_token(media)}/schema" if has_schema else None
    return bool(body.get("required", False)), content


def _responses(resolver: _Resolver, operation: dict[str, Any], op_pointer: str) -> dict[str, ResponseSpec]:
    result: dict[str, ResponseSpec] = {}
    for status, raw in (operation.get("responses") or {}).items():
        response, pointer = resolver.follow(raw, f"{op_pointer}/responses/{escape_pointer_token(str(status))}")
        content: dict[str, str | None] = {}
        for media, media_obj in (response.get("content") or {}).items():
            has_schema = isinstance(media_obj, dict) and "schema" in media_obj
            content[media.lower()] = f"{pointer}/content/{escape_pointer_token(media)}/schema" if has_schema else None
        required_headers = []
        for header_name, header_raw in (response.get("headers") or {}).items():
            header, _ = resolver.follow(header_raw, f"{pointer}/headers/{escape_pointer_token(header_name)}")
            if header.get("required") and header_name.lower() != "content-type":
                required_headers.append(header_name.lower())
        key = str(status).upper() if str(status).lower() != "default" else "default"
        result[key] = ResponseSpec(status=key, content=content, required_headers=tuple(required_headers))
    return result


def _operation(
    resolver: _Resolver,
    *,
    path: str,
    method: str,
    raw: dict[str, Any],
    op_pointer: str,
    shared: list[Any],
    item_pointer: str,
    root_security: list[dict[str, list[str]]],
) -> Operation:
    operation_id = raw.get("operationId")
    if not operation_id:
        raise SpecError(f"{method.upper()} {path} has no operationId")
    params = _parameters(resolver, shared, f"{item_pointer}/parameters")
    params.update(_parameters(resolver, raw.get("parameters", []), f"{op_pointer}/parameters"))
    body_required, body_content = _request_body(resolver, raw, op_pointer)
    security = raw.get("security", root_security) or []
    idempotency = next(
        (p.name.lower() for p in params.values() if p.location == "header" and p.name.lower() == "idempotency-key"),
        None,
    )
    return Operation(
        operation_id=operation_id,
        method=method.upper(),
        path=path,
        parameters=tuple(params.values()),
        body_required=body_required,
        body_content=body_content,
        responses=_responses(resolver, raw, op_pointer),
        security=tuple(dict(alt) for alt in security),
        idempotency_header=idempotency,
    )


def packaged_spec(package: str) -> Path:
    """The OpenAPI document a generated client package ships (``<package>/openapi.yaml``).

    Mocks serve the document the installed client was generated from, in a checkout and from
    the wheel alike (``make check-generated`` keeps it equal to ``openapi/``). The package is
    located, not imported.
    """
    found = importlib.util.find_spec(package)
    if found is None or not found.submodule_search_locations:
        raise LookupError(f"no installed package {package!r} to read openapi.yaml from")
    return Path(next(iter(found.submodule_search_locations))) / "openapi.yaml"
