"""Report what changed in an API spec since a git ref, classified breaking or compatible for client code.

    python -m tools.spec_diff --api cubicasa [--base REF] [--format text|markdown|json]
    python -m tools.spec_diff --all --check-changelog

Each API of generator-config.yaml is compared with its spec at a git ref (default ``HEAD``): operations,
parameters, request bodies, response statuses and types, model fields (added, removed, retyped, made required or
optional), enum values, security requirements and schemes. Every change names the Python symbols it touches in the
generated package (``cubicasa_client.api.users.list_users``, ``cubicasa_client.models.User.email_confirmed``),
computed as openapi-python-client names them (see tools/spec_diff_surface.py). A spec that does not exist at the
ref yet is reported as entirely added.

Classification, from the side of code that uses the generated client:

* breaking: an operation, parameter, request body, response status, model, field, enum value or security
  scheme removed; a function moved to another module; a required parameter, a required request field or a
  required request body added; a request field/parameter made required; a response field made optional; a type
  changed, except a request type that only widens (accepts more) or a response type that only narrows; security
  that old credentials no longer satisfy.
* compatible: anything added that the client need not send (operations, optional parameters and fields, response
  fields, response statuses, enum values - our generated enums are tolerant of unknown values), requirements
  relaxed in requests, response types that only narrow.
* A model's direction comes from the operations that use it: sent (request bodies, parameters, webhook replies),
  received (responses, webhook payloads) or both. A model no operation uses is treated as both.

CHANGELOG convention (``--check-changelog``): every breaking change has a stable id, ``<api>: <summary>``, for
example ``cubicasa: removed response field User.email_confirmed``. The check passes when each breaking change's
id appears in backticks in the ``## Unreleased`` section of CHANGELOG.md, e.g.

    - `cubicasa: removed response field User.email_confirmed` (`cubicasa_client.models.User.email_confirmed`): ...

On failure it prints the exact lines to add, naming the Python symbols affected. Exit status: 0 fine, 1 breaking
changes not recorded, 2 usage or input error.

Tool evaluation (2026-11, on this machine, offline registries only):

* npm ``@pb33f/openapi-changes`` 0.0.67: install fails - its postinstall downloads the Go binary from GitHub
  releases, which cannot be reached here (``getaddrinfo ENOTFOUND github.com``).
* npm ``api-smart-diff`` 1.0.6: installs (pure JS) and reads 3.1, but classifies from the server's side
  (a removed response field is "non-breaking"), repeats a model change once per path that reaches it, knows
  nothing of the generated Python names, and would add a Node runtime to a Python toolchain.
* PyPI ``api-schema-diff`` 1.0.4, ``api-diff-sentinel`` 1.0.2, ``openapi-lens`` 1.0.5: tiny single-author
  packages; ``api-schema-diff`` (the most complete) missed an enum value removal and a nullable-to-non-null
  retype on the test edit, and none knows component or Python names.

So this is a focused differ over the parsed documents: ``$ref`` resolution with ``referencing``, names with
openapi-python-client's own ``strings`` helpers, and rules written for generated-client code.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from tools.spec_diff_surface import (
    ClassInfo,
    Direction,
    NamingOptions,
    OperationInfo,
    Surface,
    SurfaceError,
    TypeSig,
    extract_surface,
    render_type,
)

ROOT = Path(__file__).resolve().parent.parent
CONFIG_NAME = "generator-config.yaml"
CHANGELOG_NAME = "CHANGELOG.md"
UNRELEASED_RE = re.compile(r"^##\s+Unreleased\b", re.IGNORECASE)
Severity = Literal["breaking", "compatible"]
BOTH: frozenset[Direction] = frozenset({"request", "response"})


class SpecDiffError(Exception):
    """A problem with the input (unknown API or ref, unreadable spec); printed without a traceback."""


# -- configuration and inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApiSpec:
    name: str
    spec: Path  # relative to the root
    package: str


@dataclass(frozen=True)
class Config:
    root: Path
    apis: tuple[ApiSpec, ...]
    naming: NamingOptions

    def api(self, name: str) -> ApiSpec:
        for api in self.apis:
            if api.name == name:
                return api
        known = ", ".join(a.name for a in self.apis)
        raise SpecDiffError(f"unknown API {name!r} (generator-config.yaml has: {known})")


def load_config(root: Path = ROOT) -> Config:
    path = root / CONFIG_NAME
    try:
        raw = yaml.safe_load(path.read_text())
        options = (raw.get("generator") or {}).get("options") or {}
        apis = tuple(ApiSpec(str(a["name"]), Path(str(a["spec"])), str(a["package"])) for a in raw["apis"])
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise SpecDiffError(f"{path}: cannot read the API list ({exc})") from None
    naming = NamingOptions(
        field_prefix=str(options.get("field_prefix", "field_")),
        use_path_prefixes_for_title_model_names=bool(options.get("use_path_prefixes_for_title_model_names", True)),
    )
    return Config(root=root, apis=apis, naming=naming)


def parse_spec(text: str, origin: str) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        doc = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise SpecDiffError(f"{origin}: not valid YAML ({exc})") from None
    if not isinstance(doc, dict):
        raise SpecDiffError(f"{origin}: not an OpenAPI document")
    return doc


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise SpecDiffError(f"cannot run git: {exc}") from None


def resolve_ref(root: Path, ref: str) -> str:
    proc = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if proc.returncode != 0:
        raise SpecDiffError(f"unknown git ref {ref!r} in {root}")
    return proc.stdout.strip()


def spec_at(root: Path, commit: str, spec: Path) -> str | None:
    """The spec's text at `commit`, or None when the file did not exist there."""
    top = _git(root, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise SpecDiffError(f"{root} is not inside a git repository")
    rel = (root / spec).resolve().relative_to(Path(top.stdout.strip()).resolve()).as_posix()
    if _git(root, "cat-file", "-e", f"{commit}:{rel}").returncode != 0:
        return None
    proc = _git(root, "show", f"{commit}:{rel}")
    if proc.returncode != 0:
        raise SpecDiffError(f"git show {commit[:12]}:{rel} failed: {proc.stderr.strip()}")
    return proc.stdout


# -- changes ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    api: str
    kind: str  # e.g. "field-removed"
    severity: Severity
    summary: str  # deterministic from the two specs; with the API name it is the change's id
    python: tuple[str, ...]  # affected Python names in the generated package
    why: str = ""
    operations: tuple[str, ...] = ()  # operations using the changed model, for context

    @property
    def id(self) -> str:
        return f"{self.api}: {self.summary}"

    @property
    def breaking(self) -> bool:
        return self.severity == "breaking"

    def changelog_line(self) -> str:
        names = ", ".join(f"`{p}`" for p in self.python)
        return f"- `{self.id}` ({names}): <what users of the client must change>"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "summary": self.summary,
            "python": list(self.python),
            "why": self.why,
            "operations": list(self.operations),
        }


@dataclass
class Report:
    api: str
    package: str
    spec: str
    base: str
    base_commit: str | None
    new_at_base: bool
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def compatible(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking]

    def to_json(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "package": self.package,
            "spec": self.spec,
            "base": self.base,
            "base_commit": self.base_commit,
            "new_at_base": self.new_at_base,
            "breaking": len(self.breaking),
            "compatible": len(self.compatible),
            "changes": [c.to_json() for c in self.changes],
        }


def _fmt_security(alternatives: frozenset[frozenset[str]]) -> str:
    if not alternatives:
        return "none"
    parts = sorted(" + ".join(sorted(alt)) if alt else "anonymous" for alt in alternatives)
    return " or ".join(parts)


def _fmt_value(value: object) -> str:
    return value if isinstance(value, str) else repr(value)


class _Differ:
    def __init__(self, api: str, old: Surface, new: Surface) -> None:
        self.api = api
        self.old = old
        self.new = new
        self.pkg = new.package
        self.changes: list[Change] = []

    def add(
        self,
        kind: str,
        severity: Severity,
        summary: str,
        python: Iterable[str],
        why: str = "",
        *,
        operations: Iterable[str] = (),
    ) -> None:
        self.changes.append(Change(self.api, kind, severity, summary, tuple(python), why, tuple(sorted(operations))))

    # -- helpers ----------------------------------------------------------------------------------------------

    def directions(self, class_name: str) -> frozenset[Direction]:
        found = self.old.directions(class_name) | self.new.directions(class_name)
        return frozenset(found) if found else BOTH

    def users(self, class_name: str) -> set[str]:
        return self.old.users(class_name) | self.new.users(class_name)

    @staticmethod
    def retype(old: TypeSig, new: TypeSig, directions: Iterable[Direction]) -> tuple[Severity, str]:
        reasons = []
        dirs = set(directions)
        if "request" in dirs and not new >= old:
            reasons.append("values the client sent before may no longer fit the new type")
        if "response" in dirs and not new <= old:
            reasons.append("the client may now receive values its code does not expect")
        change = f"Python type {render_type(old)} -> {render_type(new)}"
        if reasons:
            return "breaking", f"{change}; {'; '.join(reasons)}"
        return "compatible", f"{change} (only {'widens' if 'request' in dirs else 'narrows'})"

    # -- the whole document -----------------------------------------------------------------------------------

    def run(self) -> list[Change]:
        self.security_schemes()
        self.operations()
        self.classes()
        return sorted(self.changes, key=lambda c: 0 if c.breaking else 1)  # stable: keeps document order

    def security_schemes(self) -> None:
        client = f"{self.pkg}.client.AuthenticatedClient"
        old, new = self.old.security_schemes, self.new.security_schemes
        for name in sorted(old.keys() - new.keys()):
            self.add(
                "security-scheme-removed",
                "breaking",
                f"removed security scheme {name}",
                [client],
                "credentials configured for this scheme are no longer accepted",
            )
        for name in sorted(new.keys() - old.keys()):
            self.add("security-scheme-added", "compatible", f"added security scheme {name}", [client])
        for name in sorted(old.keys() & new.keys()):
            if old[name] != new[name]:
                keys = sorted(old[name].keys() | new[name].keys())
                diffs = ", ".join(
                    f"{k}: {old[name].get(k, '-')} -> {new[name].get(k, '-')}"
                    for k in keys
                    if old[name].get(k) != new[name].get(k)
                )
                self.add(
                    "security-scheme-changed",
                    "breaking",
                    f"changed security scheme {name} ({diffs})",
                    [client],
                    "clients must send their credentials differently",
                )

    # -- operations -------------------------------------------------------------------------------------------

    def operations(self) -> None:
        old_ops, new_ops = self.old.operations, self.new.operations
        removed = [k for k in old_ops if k not in new_ops]
        added = [k for k in new_ops if k not in old_ops]
        pairs = [(old_ops[k], new_ops[k]) for k in old_ops if k in new_ops]
        # Same operationId at another path or method: the same generated function, now calling elsewhere.
        for rkey in list(removed):
            op_id = old_ops[rkey].operation_id
            match = next((a for a in added if op_id is not None and new_ops[a].operation_id == op_id), None)
            if match is not None:
                removed.remove(rkey)
                added.remove(match)
                o, n = old_ops[rkey], new_ops[match]
                self.add(
                    "operation-path-changed",
                    "compatible",
                    f"moved operation {op_id} from {o.label} to {n.label}",
                    [self.new.module_of(n)],
                    "the same generated function now calls the new path",
                )
                pairs.append((o, n))
        for key in removed:
            o = old_ops[key]
            self.add(
                "operation-removed",
                "breaking",
                f"removed operation {o.label}",
                [self.old.module_of(o)],
                "the generated function module is gone",
            )
        for key in added:
            n = new_ops[key]
            self.add("operation-added", "compatible", f"added operation {n.label}", [self.new.module_of(n)])
        for o, n in sorted(pairs, key=lambda p: (p[1].path, p[1].method)):
            self.operation(o, n)

    def operation(self, o: OperationInfo, n: OperationInfo) -> None:
        label = n.label
        module = self.new.module_of(n)
        old_module = self.old.module_of(o)
        if old_module != module:
            self.add(
                "operation-module-changed",
                "breaking",
                f"moved the function of {label} to api.{n.tag}.{n.function}",
                [old_module, module],
                "imports of the old module fail (operationId or first tag changed)",
            )
        self.parameters(o, n, module)
        self.request_body(o, n, module)
        self.responses(o, n, module)
        self.security(o, n, module)

    def parameters(self, o: OperationInfo, n: OperationInfo, module: str) -> None:
        label = n.label
        for key, p in o.params.items():
            if key not in n.params:
                self.add(
                    "parameter-removed",
                    "breaking",
                    f"removed parameter {p.name} ({p.location}) of {label}",
                    [f"{module}({p.python_name}=...)"],
                    "calls passing this argument fail",
                )
        for key, p in n.params.items():
            what = f"parameter {p.name} ({p.location}) of {label}"
            arg = f"{module}({p.python_name}=...)"
            if key not in o.params:
                if p.required:
                    self.add(
                        "parameter-added",
                        "breaking",
                        f"added required {what}",
                        [arg],
                        "existing calls lack the new required argument",
                    )
                else:
                    self.add("parameter-added", "compatible", f"added optional {what}", [arg])
                continue
            before = o.params[key]
            if before.python_name != p.python_name:
                self.add(
                    "parameter-renamed",
                    "breaking",
                    f"renamed the argument of {what} to {p.python_name}",
                    [f"{module}({before.python_name}=...)", arg],
                    "calls using the old keyword fail",
                )
            if p.required and not before.required:
                self.add(
                    "parameter-required",
                    "breaking",
                    f"made {what} required",
                    [arg],
                    "existing calls may lack the argument",
                )
            elif before.required and not p.required:
                self.add("parameter-optional", "compatible", f"made {what} optional", [arg])
            if before.type != p.type:
                severity, why = self.retype(before.type, p.type, ["request"])
                summary = f"retyped {what}: {render_type(before.type)} -> {render_type(p.type)}"
                self.add("parameter-retyped", severity, summary, [arg], why)

    def request_body(self, o: OperationInfo, n: OperationInfo, module: str) -> None:
        label = n.label
        arg = f"{module}(body=...)"
        if o.body is None and n.body is None:
            return
        if o.body is None and n.body is not None:
            if n.body.required:
                self.add(
                    "request-body-added",
                    "breaking",
                    f"added required request body to {label}",
                    [arg],
                    "existing calls lack the new required body",
                )
            else:
                self.add("request-body-added", "compatible", f"added optional request body to {label}", [arg])
            return
        if o.body is not None and n.body is None:
            self.add(
                "request-body-removed",
                "breaking",
                f"removed request body of {label}",
                [arg],
                "calls passing body= fail",
            )
            return
        assert o.body is not None and n.body is not None
        if n.body.required and not o.body.required:
            self.add(
                "request-body-required",
                "breaking",
                f"made request body of {label} required",
                [arg],
                "calls without body= fail",
            )
        elif o.body.required and not n.body.required:
            self.add("request-body-optional", "compatible", f"made request body of {label} optional", [arg])
        for media in sorted(o.body.media.keys() - n.body.media.keys()):
            self.add(
                "request-media-type-removed",
                "breaking",
                f"removed request content type {media} of {label}",
                [arg],
                "bodies of that content type can no longer be sent",
            )
        for media in sorted(n.body.media.keys() - o.body.media.keys()):
            self.add("request-media-type-added", "compatible", f"added request content type {media} of {label}", [arg])
        for media in sorted(o.body.media.keys() & n.body.media.keys()):
            before, after = o.body.media[media], n.body.media[media]
            if before != after:
                severity, why = self.retype(before, after, ["request"])
                summary = f"retyped request body ({media}) of {label}: {render_type(before)} -> {render_type(after)}"
                self.add("request-body-retyped", severity, summary, [arg], why)

    def responses(self, o: OperationInfo, n: OperationInfo, module: str) -> None:
        label = n.label
        for status in sorted(o.responses.keys() - n.responses.keys()):
            self.add(
                "response-status-removed",
                "breaking",
                f"removed response {status} of {label}",
                [module],
                f"the function no longer parses {status} into {render_type(o.responses[status])}; "
                "code handling it gets None or errors.UnexpectedStatus",
            )
        for status in sorted(n.responses.keys() - o.responses.keys()):
            self.add(
                "response-status-added",
                "compatible",
                f"added response {status} of {label}",
                [module],
                f"the function's return type may include {render_type(n.responses[status])}",
            )
        for status in sorted(o.responses.keys() & n.responses.keys()):
            before, after = o.responses[status], n.responses[status]
            if before != after:
                severity, why = self.retype(before, after, ["response"])
                summary = f"retyped response {status} of {label}: {render_type(before)} -> {render_type(after)}"
                self.add("response-retyped", severity, summary, [module], why)

    def security(self, o: OperationInfo, n: OperationInfo, module: str) -> None:
        if o.security == n.security and o.requires_auth_client == n.requires_auth_client:
            return
        # No requirement at all is the same as one anonymous alternative; old credentials still work when the
        # new requirements accept anonymous calls or keep every old alternative.
        old_alts = o.security or frozenset({frozenset()})
        new_alts = n.security or frozenset({frozenset()})
        still_ok = frozenset() in new_alts or old_alts <= new_alts
        needs_auth_client = n.requires_auth_client and not o.requires_auth_client
        severity: Severity = "breaking" if (not still_ok or needs_auth_client) else "compatible"
        reasons = []
        if not still_ok:
            reasons.append("credentials the client used before no longer satisfy it")
        if needs_auth_client:
            reasons.append("the function now takes client: AuthenticatedClient (a plain Client no longer fits)")
        summary = f"changed security of {n.label}: {_fmt_security(o.security)} -> {_fmt_security(n.security)}"
        self.add("security-changed", severity, summary, [module], "; ".join(reasons))

    # -- models and enums -------------------------------------------------------------------------------------

    def classes(self) -> None:
        old_c, new_c = self.old.classes, self.new.classes
        for name in sorted(old_c.keys() - new_c.keys()):
            c = old_c[name]
            self.add(
                f"{c.kind}-removed",
                "breaking",
                f"removed {c.kind} {name}",
                [self.old.class_path(name)],
                "imports of the class fail",
                operations=self.old.users(name),
            )
        for name in sorted(new_c.keys() - old_c.keys()):
            c = new_c[name]
            self.add(
                f"{c.kind}-added",
                "compatible",
                f"added {c.kind} {name}",
                [self.new.class_path(name)],
                operations=self.new.users(name),
            )
        for name in sorted(old_c.keys() & new_c.keys()):
            o, n = old_c[name], new_c[name]
            if o.kind != n.kind:
                self.add(
                    "class-kind-changed",
                    "breaking",
                    f"changed {name} from {o.kind} to {n.kind}",
                    [self.new.class_path(name)],
                    "the class's API is different",
                    operations=self.users(name),
                )
            elif n.kind == "model":
                self.model(o, n)
            else:
                self.enum(o, n)

    def model(self, o: ClassInfo, n: ClassInfo) -> None:
        name = n.name
        dirs = self.directions(name)
        users = self.users(name)
        qual = "request field" if dirs == {"request"} else "response field" if dirs == {"response"} else "field"
        where = f"{self.pkg}.models.{name}"
        for prop, f in o.fields.items():
            if prop not in n.fields:
                self.add(
                    "field-removed",
                    "breaking",
                    f"removed {qual} {name}.{prop}",
                    [f"{where}.{f.attr}"],
                    "the attribute and constructor argument are gone from the generated model",
                    operations=users,
                )
        for prop, f in n.fields.items():
            attr = f"{where}.{f.attr}"
            if prop not in o.fields:
                if f.required and "request" in dirs:
                    self.add(
                        "field-added",
                        "breaking",
                        f"added required {qual} {name}.{prop}",
                        [attr],
                        "the model's constructor needs a new argument the client must send",
                        operations=users,
                    )
                else:
                    kind = "required" if f.required else "optional"
                    self.add(
                        "field-added", "compatible", f"added {kind} {qual} {name}.{prop}", [attr], "", operations=users
                    )
                continue
            before = o.fields[prop]
            if before.attr != f.attr:
                self.add(
                    "field-renamed",
                    "breaking",
                    f"renamed the attribute of {name}.{prop} to {f.attr}",
                    [f"{where}.{before.attr}", attr],
                    "code using the old attribute fails",
                    operations=users,
                )
            if f.required and not before.required:
                if "request" in dirs:
                    self.add(
                        "field-required",
                        "breaking",
                        f"made {qual} {name}.{prop} required",
                        [attr],
                        "code building the model without it fails",
                        operations=users,
                    )
                else:
                    self.add(
                        "field-required",
                        "compatible",
                        f"made {qual} {name}.{prop} required",
                        [attr],
                        "",
                        operations=users,
                    )
            elif before.required and not f.required:
                if "response" in dirs:
                    self.add(
                        "field-optional",
                        "breaking",
                        f"made {qual} {name}.{prop} optional",
                        [attr],
                        "the attribute may now be UNSET; code reading it must check",
                        operations=users,
                    )
                else:
                    self.add(
                        "field-optional",
                        "compatible",
                        f"made {qual} {name}.{prop} optional",
                        [attr],
                        "",
                        operations=users,
                    )
            if before.type != f.type:
                severity, why = self.retype(before.type, f.type, dirs)
                summary = f"retyped {qual} {name}.{prop}: {render_type(before.type)} -> {render_type(f.type)}"
                self.add("field-retyped", severity, summary, [attr], why, operations=users)

    def enum(self, o: ClassInfo, n: ClassInfo) -> None:
        name = n.name
        dirs = self.directions(name)
        users = self.users(name)
        where = f"{self.pkg}.models.{name}"
        for value, member in o.enum_members.items():
            if value not in n.enum_members:
                why = f"code naming {name}.{member} fails"
                if "request" in dirs:
                    why = f"the client may send it and the API now rejects it; {why}"
                summary = f"removed enum value {_fmt_value(value)} from {name}"
                self.add("enum-value-removed", "breaking", summary, [f"{where}.{member}"], why, operations=users)
        for value, member in n.enum_members.items():
            if value not in o.enum_members:
                why = "received unknown values were already kept by the tolerant enum" if "response" in dirs else ""
                summary = f"added enum value {_fmt_value(value)} to {name}"
                self.add("enum-value-added", "compatible", summary, [f"{where}.{member}"], why, operations=users)
            elif o.enum_members[value] != member:
                old_member = o.enum_members[value]
                summary = f"renamed the member of enum value {_fmt_value(value)} of {name} to {member}"
                self.add(
                    "enum-member-renamed",
                    "breaking",
                    summary,
                    [f"{where}.{old_member}", f"{where}.{member}"],
                    "code naming the old member fails",
                    operations=users,
                )


def empty_surface(package: str) -> Surface:
    return Surface(package=package, classes={}, operations={}, usage={}, security_schemes={})


def diff_documents(
    api: str,
    package: str,
    old_doc: dict[str, Any] | None,
    new_doc: dict[str, Any],
    naming: NamingOptions | None = None,
) -> list[Change]:
    """All changes from `old_doc` (None: the API is new) to `new_doc`, breaking ones first."""
    try:
        old = empty_surface(package) if old_doc is None else extract_surface(old_doc, package, naming)
    except SurfaceError as exc:
        raise SpecDiffError(f"{api}: base spec: {exc}") from None
    try:
        new = extract_surface(new_doc, package, naming)
    except SurfaceError as exc:
        raise SpecDiffError(f"{api}: current spec: {exc}") from None
    return _Differ(api, old, new).run()


def build_report(
    config: Config,
    api_name: str,
    base: str = "HEAD",
    *,
    spec_file: Path | None = None,
    base_file: Path | None = None,
) -> Report:
    """Compare one API's spec (or `spec_file`) with its version at git `base` (or with `base_file`)."""
    api = config.api(api_name)
    current_path = spec_file or (config.root / api.spec)
    try:
        new_doc = parse_spec(current_path.read_text(), str(current_path))
    except OSError as exc:
        raise SpecDiffError(f"{api.name}: cannot read {current_path}: {exc}") from None
    commit: str | None = None
    if base_file is not None:
        try:
            old_text: str | None = base_file.read_text()
        except OSError as exc:
            raise SpecDiffError(f"{api.name}: cannot read {base_file}: {exc}") from None
        base_label = str(base_file)
    else:
        commit = resolve_ref(config.root, base)
        old_text = spec_at(config.root, commit, api.spec)
        base_label = base
    old_doc = None if old_text is None else parse_spec(old_text, f"{base_label}:{api.spec.as_posix()}")
    changes = diff_documents(api.name, api.package, old_doc, new_doc, config.naming)
    return Report(
        api=api.name,
        package=api.package,
        spec=api.spec.as_posix() if spec_file is None else str(spec_file),
        base=base_label,
        base_commit=commit,
        new_at_base=old_doc is None,
        changes=changes,
    )


# -- rendering ----------------------------------------------------------------------------------------------------


def _heading(report: Report) -> str:
    base = report.base + (f" ({report.base_commit[:7]})" if report.base_commit else "")
    new = "; not in the base yet, so everything is added" if report.new_at_base else ""
    return f"{report.api}: {report.spec} vs {base}{new}"


def _counts(report: Report) -> str:
    if not report.changes:
        return "no changes"
    return f"{len(report.breaking)} breaking, {len(report.compatible)} compatible"


def render_text(reports: Sequence[Report]) -> str:
    out: list[str] = []
    for report in reports:
        out.append(f"{_heading(report)}: {_counts(report)}")
        for c in report.changes:
            out.append(f"  {'BREAKING' if c.breaking else 'compatible':<10}  {c.summary}")
            pad = " " * 14
            out.append(f"{pad}python: {', '.join(c.python)}")
            if c.operations:
                out.append(f"{pad}used by: {', '.join(c.operations)}")
            if c.why:
                out.append(f"{pad}why: {c.why}")
    return "\n".join(out)


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(reports: Sequence[Report]) -> str:
    out: list[str] = []
    for report in reports:
        out.append(f"### {_md(_heading(report))}")
        out.append("")
        out.append(f"{_counts(report).capitalize()}.")
        if report.changes:
            out += ["", "| | Change | Python | Why |", "|---|---|---|---|"]
            for c in report.changes:
                severity = "**breaking**" if c.breaking else "compatible"
                python = "<br>".join(f"`{p}`" for p in c.python)
                why = " ".join([c.why, f"(used by {', '.join(c.operations)})" if c.operations else ""]).strip()
                out.append(f"| {severity} | {_md(c.summary)} | {_md(python)} | {_md(why)} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_json(reports: Sequence[Report]) -> str:
    return json.dumps({"reports": [r.to_json() for r in reports]}, indent=2)


RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}


# -- changelog ----------------------------------------------------------------------------------------------------


def unreleased_section(changelog: str) -> str | None:
    """The text between the `## Unreleased` heading and the next `## ` heading, or None without one."""
    lines = changelog.splitlines()
    for i, line in enumerate(lines):
        if UNRELEASED_RE.match(line):
            rest = lines[i + 1 :]
            end = next((j for j, other in enumerate(rest) if other.startswith("## ")), len(rest))
            return "\n".join(rest[:end])
    return None


def unrecorded(changes: Iterable[Change], changelog: str) -> list[Change]:
    """Breaking changes whose id does not appear in backticks under `## Unreleased`."""
    section = unreleased_section(changelog) or ""
    return [c for c in changes if c.breaking and f"`{c.id}`" not in section]


def changelog_problem(reports: Sequence[Report], changelog_path: Path) -> str | None:
    """None when every breaking change is recorded; otherwise the message telling what to add."""
    breaking = [c for r in reports for c in r.breaking]
    if not breaking:
        return None
    try:
        text = changelog_path.read_text()
    except OSError:
        text = ""
    missing = unrecorded(breaking, text)
    if not missing:
        return None
    where = changelog_path.name
    lines = [f"{len(missing)} breaking change(s) not recorded under '## Unreleased' in {where}:"]
    for c in missing:
        lines.append(f"  {c.id}")
        lines.append(f"      breaks: {', '.join(c.python)}")
    if unreleased_section(text) is None:
        lines.append(f"{where} has no '## Unreleased' section; add one below the introduction.")
    lines.append(f"Add these lines under '## Unreleased' in {where}, then describe the migration:")
    lines += [c.changelog_line() for c in missing]
    return "\n".join(lines)


# -- entry points -------------------------------------------------------------------------------------------------


def print_change_summary(api_names: Sequence[str], base: str = "HEAD", root: Path = ROOT) -> None:
    """For tools/generate.py: print each API's change report against `base`; never fails the caller."""
    try:
        config = load_config(root)
        reports = [build_report(config, name, base) for name in api_names]
    except SpecDiffError as exc:
        print(f"spec-diff: no change report ({exc})", file=sys.stderr)
        return
    except Exception as exc:  # the generation itself succeeded; a reporting bug must not fail it
        print(f"spec-diff: no change report (internal error: {exc!r})", file=sys.stderr)
        return
    print(render_text(reports))
    if any(r.breaking for r in reports):
        print("spec-diff: breaking changes above; record them in CHANGELOG.md (make check-breaking)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.spec_diff",
        description="Report API spec changes since a git ref, classified breaking or compatible for client code.",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--api", action="append", default=[], help="API name from generator-config.yaml (repeatable)")
    which.add_argument("--all", action="store_true", help="every API in generator-config.yaml (the default)")
    parser.add_argument("--base", default="HEAD", help="git ref to compare with (default: HEAD)")
    parser.add_argument("--format", choices=sorted(RENDERERS), default="text")
    parser.add_argument(
        "--check-changelog",
        action="store_true",
        help="exit 1 when a breaking change's id is not in CHANGELOG.md under '## Unreleased'",
    )
    parser.add_argument("--changelog", type=Path, help="changelog to check (default: CHANGELOG.md at the root)")
    parser.add_argument("--spec-file", type=Path, help="compare this file instead of the API's spec (one --api)")
    parser.add_argument("--base-file", type=Path, help="compare against this file instead of git (one --api)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()

    try:
        config = load_config(root)
        names = args.api or [a.name for a in config.apis]
        if (args.spec_file or args.base_file) and len(names) != 1:
            raise SpecDiffError("--spec-file and --base-file need exactly one --api")
        reports = [
            build_report(config, name, args.base, spec_file=args.spec_file, base_file=args.base_file) for name in names
        ]
    except SpecDiffError as exc:
        print(f"spec-diff: error: {exc}", file=sys.stderr)
        return 2

    print(RENDERERS[args.format](reports))
    if not args.check_changelog:
        return 0
    changelog = args.changelog or (root / CHANGELOG_NAME)
    problem = changelog_problem(reports, changelog)
    if problem is not None:
        print(f"spec-diff: {problem}", file=sys.stderr)
        return 1
    count = sum(len(r.breaking) for r in reports)
    print(
        f"spec-diff: changelog check passed ({count} breaking change(s), all recorded in {changelog.name})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
