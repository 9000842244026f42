"""Report what changed in an API spec since a git ref, classified breaking or compatible for client code.

    python -m tools.spec_diff --api cubicasa [--base REF] [--format text|markdown|json]
    python -m tools.spec_diff --all --check-changelog

Each API of generator-config.yaml is compared with its spec at a git ref (default ``HEAD``): operations,
parameters, request bodies, response statuses and types, model fields (added, removed, retyped, made required or
optional), enum values, security requirements and schemes, and the client surface the ``x-sdk-*`` extensions
shape (method names and resources, positional arguments, pagination, client options). A spec that does not exist
at the ref yet is reported as entirely added.

Every change names what user code touches, as ``make generate`` writes it (tools/spec_diff_client.py builds the
generator's own surface model for both versions): the call (``client.users.list()``, ``client.orders.combined_pdf(
order_id, path)``) and the Python names, sync and async (``CubiCasa.users.list``, ``AsyncCubiCasa.users.list``,
``CubiCasa.users.list(limit=...)``), client options (``NuWeb(company_id=...)``) and model attributes
(``cubicasa.models.User.email_confirmed``, named as openapi-python-client names them: tools/spec_diff_surface.py).

Classification, from the side of code that uses the generated client:

* breaking: an operation, parameter, request body, success response, model, field, enum value, security scheme
  or client option removed; a method renamed (operationId or ``x-sdk-name``) or moved to another resource (tag or
  ``x-sdk-resource``); a positional argument moved or made keyword-only; pagination, a download or an
  ``x-sdk-result`` type added or removed; an argument renamed (``x-sdk-name``) or turned into a client option; a
  required parameter, a required request field, a required request body or a required client option added (an
  argument with a client-side ``x-sdk-default`` is not required of callers); a request field/parameter made
  required; a response field made optional; a type changed, except a request type that only widens (accepts more)
  or a response type that only narrows; security that old credentials no longer satisfy; the client's credential
  argument or environment variables renamed.
* compatible: anything added that the client need not send (operations, optional parameters and fields, response
  fields, success responses, enum values - our generated enums are tolerant of unknown values, idempotency keys -
  the client sends its own), requirements relaxed in requests, response types that only narrow, a moved path, the
  client-side rate limit (``x-sdk-rate-limit``) added, removed or changed (calls hold or not; no code breaks), and
  error responses (4xx/5xx) added, removed or retyped: the client raises its status errors by status code whatever
  the spec documents.
* A model's direction comes from the operations that use it: sent (request bodies, parameters, webhook replies),
  received (responses, webhook payloads) or both. A model no operation uses is treated as both.

CHANGELOG convention (``--check-changelog``): every breaking change has a stable id, ``<api>: <summary>``, for
example ``cubicasa: removed response field User.email_confirmed``. The check passes when each breaking change's
id appears in backticks in the ``## Unreleased`` section of CHANGELOG.md, e.g.

    - `cubicasa: removed response field User.email_confirmed` (`cubicasa.models.User.email_confirmed`): ...

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

So this is a focused differ over the parsed documents: ``$ref`` resolution with ``referencing``, model names with
openapi-python-client's own ``strings`` helpers, the client surface with our generator's ``SurfaceBuilder``, and
rules written for generated-client code.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml

from tools.spec_diff_client import ArgName, ClientNames, MethodNames, accepted, client_names
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
from tools.surface import SHARED_ERRORS

if TYPE_CHECKING:
    from tools.generate import ApiEntry

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
    entry: ApiEntry  # as tools.generate reads it: client class, public package, hooks module...


@dataclass(frozen=True)
class Config:
    root: Path
    apis: tuple[ApiSpec, ...]
    naming: NamingOptions
    options: dict[str, object] = field(default_factory=dict)  # the generator's options

    def api(self, name: str) -> ApiSpec:
        for api in self.apis:
            if api.name == name:
                return api
        known = ", ".join(a.name for a in self.apis)
        raise SpecDiffError(f"unknown API {name!r} (generator-config.yaml has: {known})")


def api_entry(raw: Mapping[str, Any], root: Path = ROOT) -> ApiEntry:
    """An API of generator-config.yaml as `make generate` reads it (defaults filled in)."""
    from tools.generate import _entry  # noqa: PLC0415 -- one reading of the config, shared with the generator

    return _entry(dict(raw), root)


def load_config(root: Path = ROOT) -> Config:
    path = root / CONFIG_NAME
    try:
        raw = yaml.safe_load(path.read_text())
        options = dict((raw.get("generator") or {}).get("options") or {})
        apis = tuple(
            ApiSpec(str(a["name"]), Path(str(a["spec"])), str(a["package"]), api_entry(a, root)) for a in raw["apis"]
        )
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise SpecDiffError(f"{path}: cannot read the API list ({exc})") from None
    naming = NamingOptions(
        field_prefix=str(options.get("field_prefix", "field_")),
        use_path_prefixes_for_title_model_names=bool(options.get("use_path_prefixes_for_title_model_names", True)),
    )
    return Config(root=root, apis=apis, naming=naming, options=options)


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
    python: tuple[str, ...]  # affected Python names: methods (sync, then async), arguments, client options, models
    why: str = ""
    operations: tuple[str, ...] = ()  # operations using the changed model, for context
    calls: tuple[str, ...] = ()  # how user code calls what changed, e.g. `client.users.list(limit=...)`

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
            "calls": list(self.calls),
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
    notes: list[str] = field(default_factory=list)  # what the generator could not name (see spec_diff_client)

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
            "notes": list(self.notes),
        }


def _fmt_security(alternatives: frozenset[frozenset[str]]) -> str:
    if not alternatives:
        return "none"
    parts = sorted(" + ".join(sorted(alt)) if alt else "anonymous" for alt in alternatives)
    return " or ".join(parts)


def _fmt_value(value: object) -> str:
    return value if isinstance(value, str) else repr(value)


def _is_success(status: str) -> bool:
    return status[:1] in ("1", "2", "3")


def _status_error(status: str) -> str:
    """The error class the client raises for an error status (by code, whatever the spec documents)."""
    if status.isdigit():
        code = int(status)
        return "InternalServerError" if code >= 500 else SHARED_ERRORS.get(code, "APIStatusError")
    return "InternalServerError" if status.upper() == "5XX" else "APIStatusError"


def _describe(arg: ArgName) -> str:
    if arg.role == "client":
        return f"client option {arg.python}"
    if arg.role == "idempotency":
        return "idempotency_key"
    return f"argument {arg.python}"


Named = tuple[tuple[str, ...], tuple[str, ...]]  # (Python names, calls)


class _Differ:
    def __init__(self, api: str, old: Surface, new: Surface, old_names: ClientNames, new_names: ClientNames) -> None:
        self.api = api
        self.old = old
        self.new = new
        self.old_names = old_names
        self.new_names = new_names
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
        calls: Iterable[str] = (),
    ) -> None:
        change = Change(self.api, kind, severity, summary, tuple(python), why, tuple(sorted(operations)), tuple(calls))
        self.changes.append(change)

    # -- helpers ----------------------------------------------------------------------------------------------

    def directions(self, class_name: str) -> frozenset[Direction]:
        found = self.old.directions(class_name) | self.new.directions(class_name)
        return frozenset(found) if found else BOTH

    def users(self, class_name: str, *, old: bool = True, new: bool = True) -> set[str]:
        """The operations using a model, each with its method: `GET /users/{id} (client.users.get)`."""
        found = set()
        for label in (self.old.users(class_name) if old else set()) | (self.new.users(class_name) if new else set()):
            method, _, path = label.partition(" ")
            side = self.new if (method, path) in self.new.operations else self.old
            op = side.operations.get((method, path))
            if op is None:  # a webhook
                found.add(label)
                continue
            names = self.new_names if side is self.new else self.old_names
            found.add(f"{label} (client.{names.method(op.method, op.path, op.function).where})")
        return found

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

    def old_method(self, op: OperationInfo) -> MethodNames:
        return self.old_names.method(op.method, op.path, op.function)

    def new_method(self, op: OperationInfo) -> MethodNames:
        return self.new_names.method(op.method, op.path, op.function)

    @staticmethod
    def named(names: ClientNames, method: MethodNames, arg: ArgName | None) -> Named:
        """The Python names and calls of one argument (the method's when the argument is not known)."""
        return names.named(method, arg)

    @staticmethod
    def whole(method: MethodNames) -> Named:
        return method.symbols(), method.calls()

    def client_has(self, option: str) -> bool:
        """Every client built before already has `option` (the old client refused to start without it)."""
        old = self.old_names.options.get(option)
        return old is not None and old.required

    # -- the whole document -----------------------------------------------------------------------------------

    def run(self) -> list[Change]:
        self.security_schemes()
        self.client()
        self.operations()
        self.classes()
        return sorted(self.changes, key=lambda c: 0 if c.breaking else 1)  # stable: keeps document order

    def credential_names(self, names: ClientNames) -> tuple[str, ...]:
        return names.constructor(names.credential) if names.credential else names.classes()

    def security_schemes(self) -> None:
        old, new = self.old.security_schemes, self.new.security_schemes
        for name in sorted(old.keys() - new.keys()):
            self.add(
                "security-scheme-removed",
                "breaking",
                f"removed security scheme {name}",
                self.credential_names(self.old_names),
                "credentials configured for this scheme are no longer accepted",
            )
        for name in sorted(new.keys() - old.keys()):
            self.add(
                "security-scheme-added",
                "compatible",
                f"added security scheme {name}",
                self.credential_names(self.new_names),
            )
        for name in sorted(old.keys() & new.keys()):
            if old[name] != new[name]:
                keys = sorted(old[name].keys() | new[name].keys())
                changed = [k for k in keys if old[name].get(k) != new[name].get(k)]
                diffs = ", ".join(f"{k}: {old[name].get(k, '-')} -> {new[name].get(k, '-')}" for k in changed)
                # The client sends the credential the way the scheme says: a new header name needs no new code.
                if set(changed) <= {"name", "bearerFormat"}:
                    severity: Severity = "compatible"
                    why = "the client sends the same credential the new way"
                else:
                    severity, why = "breaking", "clients need another kind of credential"
                self.add(
                    "security-scheme-changed",
                    severity,
                    f"changed security scheme {name} ({diffs})",
                    self.credential_names(self.new_names),
                    why,
                )

    # -- the client's constructor -----------------------------------------------------------------------------

    def rate_limit(self) -> None:
        """The client-side quota (x-sdk-rate-limit): no code breaks, but calls start or stop holding for a slot."""
        old, new = self.old_names.rate_limit, self.new_names.rate_limit
        if old == new:
            return
        if old is None:
            summary = f"added a client-side rate limit: {new}"
            why = "calls hold for a free slot instead of being sent at once"
        elif new is None:
            summary = f"removed a client-side rate limit ({old})"
            why = "calls are sent at once; the server's 429s decide"
        else:
            summary = f"changed the client-side rate limit: {old} -> {new}"
            why = "calls hold for a slot by the new quota"
        self.add("client-rate-limit-changed", "compatible", summary, self.new_names.classes(), why)

    def client(self) -> None:
        old, new = self.old_names, self.new_names
        cls = new.client
        if old.credential is not None and new.credential is None:
            self.add(
                "client-credential-removed",
                "breaking",
                f"removed the credential argument {old.credential} of {cls}",
                old.constructor(old.credential),
                f"{cls}({old.credential}=...) fails",
                calls=(f"{cls}({old.credential}=...)",),
            )
        elif old.credential is None and new.credential is not None:
            self.add(
                "client-credential-added",
                "compatible",
                f"added the credential argument {new.credential} to {cls}",
                new.constructor(new.credential),
                f"falls back to ${new.credential_env}" if new.credential_env else "",
                calls=(f"{cls}({new.credential}=...)",),
            )
        elif old.credential is not None and new.credential is not None:
            if old.credential != new.credential:
                self.add(
                    "client-credential-renamed",
                    "breaking",
                    f"renamed the credential argument of {cls} from {old.credential} to {new.credential}",
                    old.constructor(old.credential) + new.constructor(new.credential),
                    f"{cls}({old.credential}=...) fails",
                    calls=(f"{cls}({new.credential}=...)",),
                )
            if old.credential_env != new.credential_env:
                self.add(
                    "client-credential-env-changed",
                    "breaking",
                    f"changed the environment variable of {cls}'s credential: "
                    f"{old.credential_env} -> {new.credential_env}",
                    new.constructor(new.credential),
                    f"the client no longer reads ${old.credential_env}",
                )
        self.rate_limit()
        renamed: dict[str, str] = {}
        for name in sorted(old.options.keys() - new.options.keys()):
            o = old.options[name]
            match = next(
                (n for n in sorted(new.options.keys() - old.options.keys()) if new.options[n].wire == o.wire), None
            )
            if match is not None:
                renamed[match] = name
                self.add(
                    "client-option-renamed",
                    "breaking",
                    f"renamed the client option {name} ({o.wire}) to {match}",
                    old.constructor(name) + new.constructor(match),
                    f"{cls}({name}=...) fails",
                    calls=(f"{cls}({match}=...)",),
                )
                continue
            self.add(
                "client-option-removed",
                "breaking",
                f"removed the client option {name} ({o.wire})",
                old.constructor(name),
                f"{cls}({name}=...) fails",
                calls=(f"{cls}({name}=...)",),
            )
        for name, n in new.options.items():
            before = old.options.get(renamed.get(name, name))
            calls = (f"{cls}({name}=...)",)
            env = f" (or ${n.env})" if n.env else ""
            if before is None:
                if name in renamed:
                    continue
                if n.required:
                    self.add(
                        "client-option-added",
                        "breaking",
                        f"added the required client option {name} ({n.wire})",
                        new.constructor(name),
                        f"the client refuses to start without {name}{env}",
                        calls=calls,
                    )
                else:
                    self.add(
                        "client-option-added",
                        "compatible",
                        f"added the client option {name} ({n.wire})",
                        new.constructor(name),
                        calls=calls,
                    )
                continue
            if n.required and not before.required:
                self.add(
                    "client-option-required",
                    "breaking",
                    f"made the client option {name} required",
                    new.constructor(name),
                    f"the client refuses to start without {name}{env}",
                    calls=calls,
                )
            elif before.required and not n.required:
                self.add(
                    "client-option-optional",
                    "compatible",
                    f"made the client option {name} optional",
                    new.constructor(name),
                    calls=calls,
                )
            if before.env != n.env:
                severity: Severity = "compatible" if before.env is None else "breaking"
                why = f"the client no longer reads ${before.env}" if before.env else f"the client reads ${n.env}"
                self.add(
                    "client-option-env-changed",
                    severity,
                    f"changed the environment variable of the client option {name}: {before.env} -> {n.env}",
                    new.constructor(name),
                    why,
                )

    # -- operations -------------------------------------------------------------------------------------------

    def operations(self) -> None:
        old_ops, new_ops = self.old.operations, self.new.operations
        removed = [k for k in old_ops if k not in new_ops]
        added = [k for k in new_ops if k not in old_ops]
        pairs = [(old_ops[k], new_ops[k]) for k in old_ops if k in new_ops]
        # One operation at another path or method: the same operationId, or the same method of the client.
        for rkey in list(removed):
            o = old_ops[rkey]
            op_id = o.operation_id
            match = next((a for a in added if op_id is not None and new_ops[a].operation_id == op_id), None)
            where = self.old_method(o).where
            if match is None:
                match = next((a for a in added if self.new_method(new_ops[a]).where == where), None)
            if match is not None:
                removed.remove(rkey)
                added.remove(match)
                n = new_ops[match]
                what = f"operation {op_id}" if op_id is not None and n.operation_id == op_id else f"client.{where}"
                self.add(
                    "operation-path-changed",
                    "compatible",
                    f"moved {what} from {o.label} to {n.label}",
                    self.new_method(n).symbols(),
                    "the same method now calls the new path",
                    calls=self.new_method(n).calls(),
                )
                pairs.append((o, n))
        for key in removed:
            o = old_ops[key]
            python, calls = self.whole(self.old_method(o))
            self.add(
                "operation-removed",
                "breaking",
                f"removed operation {o.label}",
                python,
                "the method is gone",
                calls=calls,
            )
        for key in added:
            n = new_ops[key]
            python, calls = self.whole(self.new_method(n))
            self.add("operation-added", "compatible", f"added operation {n.label}", python, calls=calls)
        for o, n in sorted(pairs, key=lambda p: (p[1].path, p[1].method)):
            self.operation(o, n)

    def operation(self, o: OperationInfo, n: OperationInfo) -> None:
        om, nm = self.old_method(o), self.new_method(n)
        self.method(n, om, nm)
        self.parameters(o, n, om, nm)
        self.positional(n, om, nm)
        self.body_arguments(n, om, nm)
        self.request_body(o, n, om, nm)
        self.responses(o, n, nm)
        self.security(o, n, nm)

    def method(self, n: OperationInfo, om: MethodNames, nm: MethodNames) -> None:
        """The method itself: its name and resource, pagination, download, x-sdk-result type."""
        label = n.label
        python, calls = self.whole(nm)
        if om.where != nm.where:
            moved = om.resource != nm.resource
            self.add(
                "method-moved" if moved else "method-renamed",
                "breaking",
                f"{'moved' if moved else 'renamed'} the method of {label} from {om.where} to {nm.where}",
                om.symbols() + python,
                f"calls of client.{om.where}() fail; call client.{nm.where}()",
                calls=calls,
            )
        if om.paginated != nm.paginated:
            if nm.paginated:
                why = f"client.{nm.where}() now returns a paginator over the items; client.{nm.where}_page() one page"
                summary, names = f"added pagination to {label}", python
            else:
                why = f"client.{nm.where}() now returns what the API answers; client.{om.where}_page() is gone"
                summary, names = f"removed pagination from {label}", om.symbols()
            self.add("method-pagination-changed", "breaking", summary, names, why, calls=calls)
        if not (om.built and nm.built):
            return
        if om.download != nm.download:
            if nm.download:
                summary, why = (
                    f"made {label} a download",
                    "the method now saves the file to `path` and returns its Path",
                )
            else:
                summary, why = (
                    f"made {label} no longer a download",
                    "the method no longer takes `path` nor saves a file",
                )
            self.add("method-download-changed", "breaking", summary, python, why, calls=calls)
        if om.hook_type != nm.hook_type and om.returns != nm.returns:
            self.add(
                "method-result-changed",
                "breaking",
                f"changed what {label} returns (x-sdk-result): {om.returns} -> {nm.returns}",
                python,
                "code using the result gets another type",
                calls=calls,
            )

    def parameters(self, o: OperationInfo, n: OperationInfo, om: MethodNames, nm: MethodNames) -> None:
        label = n.label
        for key, p in o.params.items():
            if key not in n.params:
                self.parameter_removed(f"parameter {p.name} ({p.location}) of {label}", om.args.get(key), om, nm)
        for key, p in n.params.items():
            b = nm.args.get(key)
            what = f"parameter {p.name} ({p.location}) of {label}"
            python, calls = self.named(self.new_names, nm, b)
            if key not in o.params:
                self.parameter_added(what, p.required, b, om, (python, calls))
                continue
            before = o.params[key]
            a = om.args.get(key)
            if a is not None and b is not None and a.role != b.role:
                self.parameter_passing(what, a, b, om, nm)
            elif a is not None and b is not None and a.python != b.python:
                if a.role == "client":
                    severity: Severity = "breaking" if b.required and not self.client_has(b.python) else "compatible"
                    why = f"the method sends the client's {b.python} instead of its {a.python}"
                    summary = f"changed the client option of {what} from {a.python} to {b.python}"
                    self.add("parameter-client-option-changed", severity, summary, python, why, calls=calls)
                else:
                    old_python, _ = self.named(self.old_names, om, a)
                    self.add(
                        "parameter-renamed",
                        "breaking",
                        f"renamed the argument of {what} to {b.python}",
                        old_python + python,
                        "calls using the old keyword fail",
                        calls=calls,
                    )
            if p.required and not before.required:
                if b is not None and b.role == "client":
                    severity, why = self.client_option_needed(b)
                elif b is not None and b.role == "idempotency":
                    severity, why = "compatible", "the client sends a key with every call"
                elif b is not None and b.default is not None:
                    severity, why = "compatible", f"the method sends {b.default} when it is not given"
                else:
                    severity, why = "breaking", "existing calls may lack the argument"
                self.add("parameter-required", severity, f"made {what} required", python, why, calls=calls)
            elif before.required and not p.required:
                self.add("parameter-optional", "compatible", f"made {what} optional", python, calls=calls)
            if before.type != p.type:
                severity, why = self.retype(before.type, p.type, ["request"])
                if a is not None and b is not None and a.accepts is not None and b.accepts is not None:
                    # What callers pass is the argument's annotation (a query list also takes one value).
                    if accepted(a.accepts) == accepted(b.accepts):
                        severity, why = "compatible", f"the argument still takes {b.accepts}"
                    else:
                        severity, why = self.retype(accepted(a.accepts), accepted(b.accepts), ["request"])
                        why = why.replace("Python type", "the argument's type", 1)
                summary = f"retyped {what}: {render_type(before.type)} -> {render_type(p.type)}"
                self.add("parameter-retyped", severity, summary, python, why, calls=calls)

    def client_option_needed(self, arg: ArgName) -> tuple[Severity, str]:
        """A method now needs the client option `arg`: breaking unless every client already has it."""
        if self.client_has(arg.python):
            return "compatible", f"every client is created with {arg.python}"
        option = self.new_names.options.get(arg.python)
        env = f" (or ${option.env})" if option is not None and option.env else ""
        return "breaking", f"clients created without {arg.python}{env} now fail on this method"

    def parameter_removed(self, what: str, a: ArgName | None, om: MethodNames, nm: MethodNames) -> None:
        python, calls = self.named(self.old_names, om, a)
        if a is not None and a.role == "client":
            why = f"the method no longer sends the client's {a.python}"
            self.add("parameter-removed", "compatible", f"removed {what}", python, why, calls=calls)
        elif a is not None and a.role == "idempotency" and nm.idempotency_header is not None:
            why = f"the method sends its idempotency key as {nm.idempotency_header}"
            self.add("parameter-removed", "compatible", f"removed {what}", nm.symbols(a), why, calls=nm.calls(a))
        else:
            why = "calls passing this argument fail"
            if a is not None and a.role == "idempotency":
                why = "calls passing idempotency_key= fail"
            self.add("parameter-removed", "breaking", f"removed {what}", python, why, calls=calls)

    def parameter_added(self, what: str, required: bool, b: ArgName | None, om: MethodNames, named: Named) -> None:
        python, calls = named
        if b is not None and b.role == "client":
            severity, why = self.client_option_needed(b) if required else ("compatible", "")
            if not why:
                why = f"the method sends the client's {b.python} when it is set"
        elif b is not None and b.role == "idempotency":
            severity = "compatible"
            why = "the client sends a new key with every call; idempotency_key= chooses it"
            if om.idempotency_header is not None:
                why = f"the method sends its idempotency key as {b.wire} instead of {om.idempotency_header}"
        elif required and not (b is not None and b.default is not None):
            severity, why = "breaking", "existing calls lack the new required argument"
        elif required:
            assert b is not None
            severity, why = "compatible", f"the method sends {b.default} when it is not given"
        else:
            severity, why = "compatible", ""
        kind = "required" if required else "optional"
        self.add("parameter-added", severity, f"added {kind} {what}", python, why, calls=calls)

    def parameter_passing(self, what: str, a: ArgName, b: ArgName, om: MethodNames, nm: MethodNames) -> None:
        """The same parameter, passed another way (an argument, a client option, the idempotency key)."""
        old_python, _ = self.named(self.old_names, om, a)
        python, calls = self.named(self.new_names, nm, b)
        severity: Severity = "compatible"
        if a.role == "argument":
            severity, why = "breaking", f"calls passing {a.python}= fail"
            if b.role == "client":
                why += f"; set it on the client: {self.new_names.client}({b.python}=...)"
            elif b.role == "idempotency":
                why += "; pass idempotency_key= instead"
        elif b.must_pass:
            severity, why = "breaking", f"calls must now pass {b.python}"
        elif b.role == "client" and b.required:
            severity, why = self.client_option_needed(b)
        else:
            why = f"it is now the {_describe(b)}"
        summary = f"changed how {what} is passed: {_describe(a)} -> {_describe(b)}"
        self.add("parameter-passing-changed", severity, summary, old_python + python, why, calls=calls)

    def positional(self, n: OperationInfo, om: MethodNames, nm: MethodNames) -> None:
        """Arguments passed by position must keep their place (x-sdk-positional, path parameters)."""
        if not (om.built and nm.built):
            return
        common = om.args.keys() & nm.args.keys()
        old_seq = [k for k in om.positional if k in common]
        new_seq = [k for k in nm.positional if k in common]
        if new_seq[: len(old_seq)] == old_seq:  # more arguments by position: calls by keyword still work
            return
        before = ", ".join(om.args[k].python for k in om.positional)
        after = ", ".join(nm.args[k].python for k in nm.positional)
        self.add(
            "method-positional-changed",
            "breaking",
            f"changed the positional arguments of {n.label}: ({before}) -> ({after})",
            nm.symbols(),
            "calls passing arguments by position pass them to other parameters, or fail",
            calls=nm.calls(),
        )

    def body_arguments(self, n: OperationInfo, om: MethodNames, nm: MethodNames) -> None:
        """Request fields passed as arguments, renamed without their model attribute (x-sdk-name)."""
        for key in sorted(om.args.keys() & nm.args.keys()):
            a, b = om.args[key], nm.args[key]
            if key[0] != "body" or a.python == b.python:
                continue
            attrs = [
                (self.old.classes[c].fields[key[1]].attr, self.new.classes[c].fields[key[1]].attr)
                for c in nm.body_classes
                if c in self.old.classes and c in self.new.classes
                and key[1] in self.old.classes[c].fields and key[1] in self.new.classes[c].fields
            ]  # fmt: skip
            if (a.python, b.python) in attrs:  # the model's attribute was renamed too: reported with the model
                continue
            self.add(
                "argument-renamed",
                "breaking",
                f"renamed the argument of request field {key[1]} of {n.label} to {b.python}",
                om.symbols(a) + nm.symbols(b),
                "calls using the old keyword fail",
                calls=nm.calls(b),
            )

    def request_body(self, o: OperationInfo, n: OperationInfo, om: MethodNames, nm: MethodNames) -> None:
        label = n.label
        if o.body is None and n.body is None:
            return
        old_arg = om.args.get(("body", "body")) if om.body_value else None
        new_arg = nm.args.get(("body", "body")) if nm.body_value else None
        python, calls = self.named(self.new_names, nm, new_arg)
        if o.body is None and n.body is not None:
            if n.body.required:
                self.add(
                    "request-body-added",
                    "breaking",
                    f"added required request body to {label}",
                    python,
                    "existing calls lack the new required body",
                    calls=calls,
                )
            else:
                summary = f"added optional request body to {label}"
                self.add("request-body-added", "compatible", summary, python, calls=calls)
            return
        if o.body is not None and n.body is None:
            old_python, old_calls = self.named(self.old_names, om, old_arg)
            self.add(
                "request-body-removed",
                "breaking",
                f"removed request body of {label}",
                old_python,
                "calls passing the body's arguments fail",
                calls=old_calls,
            )
            return
        assert o.body is not None and n.body is not None
        if n.body.required and not o.body.required:
            self.add(
                "request-body-required",
                "breaking",
                f"made request body of {label} required",
                python,
                "calls without the body fail",
                calls=calls,
            )
        elif o.body.required and not n.body.required:
            summary = f"made request body of {label} optional"
            self.add("request-body-optional", "compatible", summary, python, calls=calls)
        for media in sorted(o.body.media.keys() - n.body.media.keys()):
            self.add(
                "request-media-type-removed",
                "breaking",
                f"removed request content type {media} of {label}",
                python,
                "bodies of that content type can no longer be sent",
                calls=calls,
            )
        for media in sorted(n.body.media.keys() - o.body.media.keys()):
            summary = f"added request content type {media} of {label}"
            self.add("request-media-type-added", "compatible", summary, python, calls=calls)
        for media in sorted(o.body.media.keys() & n.body.media.keys()):
            before, after = o.body.media[media], n.body.media[media]
            if before != after:
                severity, why = self.retype(before, after, ["request"])
                summary = f"retyped request body ({media}) of {label}: {render_type(before)} -> {render_type(after)}"
                self.add("request-body-retyped", severity, summary, python, why, calls=calls)

    def responses(self, o: OperationInfo, n: OperationInfo, nm: MethodNames) -> None:
        label = n.label
        python, calls = self.whole(nm)
        for status in sorted(o.responses.keys() - n.responses.keys()):
            summary = f"removed response {status} of {label}"
            if _is_success(status):
                why = (
                    f"the method no longer returns {render_type(o.responses[status])} for {status}; "
                    "such an answer now raises UnexpectedStatusError"
                )
                self.add("response-status-removed", "breaking", summary, python, why, calls=calls)
            else:
                why = f"the client still raises {_status_error(status)} for {status}; only the documentation changes"
                self.add("response-status-removed", "compatible", summary, python, why, calls=calls)
        for status in sorted(n.responses.keys() - o.responses.keys()):
            if _is_success(status):
                why = f"the method's return type may include {render_type(n.responses[status])}"
            else:
                why = f"raised as {_status_error(status)}"
            self.add("response-status-added", "compatible", f"added response {status} of {label}", python, why,
                     calls=calls)  # fmt: skip
        for status in sorted(o.responses.keys() & n.responses.keys()):
            before, after = o.responses[status], n.responses[status]
            if before == after:
                continue
            summary = f"retyped response {status} of {label}: {render_type(before)} -> {render_type(after)}"
            if _is_success(status):
                severity, why = self.retype(before, after, ["response"])
            else:
                severity, why = "compatible", f"error answers are raised as {_status_error(status)}, not returned"
            self.add("response-retyped", severity, summary, python, why, calls=calls)

    def security(self, o: OperationInfo, n: OperationInfo, nm: MethodNames) -> None:
        if o.security == n.security:
            return
        # No requirement at all is the same as one anonymous alternative; old credentials still work when the
        # new requirements accept anonymous calls or keep every old alternative.
        old_alts = o.security or frozenset({frozenset()})
        new_alts = n.security or frozenset({frozenset()})
        still_ok = frozenset() in new_alts or old_alts <= new_alts
        severity: Severity = "compatible" if still_ok else "breaking"
        why = "" if still_ok else "credentials the client used before no longer satisfy it"
        summary = f"changed security of {n.label}: {_fmt_security(o.security)} -> {_fmt_security(n.security)}"
        self.add("security-changed", severity, summary, nm.symbols(), why, calls=nm.calls())

    # -- models and enums -------------------------------------------------------------------------------------

    def class_path(self, name: str) -> str:
        return self.new.class_path(name)

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
                operations=self.users(name, new=False),
            )
        for name in sorted(new_c.keys() - old_c.keys()):
            c = new_c[name]
            self.add(
                f"{c.kind}-added",
                "compatible",
                f"added {c.kind} {name}",
                [self.new.class_path(name)],
                operations=self.users(name, old=False),
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

    def field_names(self, class_name: str, prop: str, attr: str, *, old: bool = False) -> tuple[Named, str]:
        """The model attribute, then the argument of every method whose flattened body the model is; and how
        calls pass that argument (`office_id=...`, empty when no method takes it)."""
        names = self.old_names if old else self.new_names
        python = [f"{(self.old if old else self.new).class_path(class_name)}.{attr}"]
        calls: list[str] = []
        passed: list[str] = []
        for method in names.body_users(class_name):
            arg = method.args.get(("body", prop))
            if arg is not None:
                python += method.symbols(arg)
                calls += method.calls(arg)
                passed.append(arg.text())
        return (tuple(python), tuple(calls)), " or ".join(dict.fromkeys(passed))

    def model(self, o: ClassInfo, n: ClassInfo) -> None:
        name = n.name
        dirs = self.directions(name)
        users = self.users(name)
        qual = "request field" if dirs == {"request"} else "response field" if dirs == {"response"} else "field"
        for prop, f in o.fields.items():
            if prop not in n.fields:
                (python, calls), passed = self.field_names(name, prop, f.attr, old=True)
                self.add(
                    "field-removed",
                    "breaking",
                    f"removed {qual} {name}.{prop}",
                    python,
                    "the attribute and constructor argument are gone from the generated model"
                    + (f"; calls passing {passed} fail" if passed else ""),
                    operations=users,
                    calls=calls,
                )
        for prop, f in n.fields.items():
            (python, calls), passed = self.field_names(name, prop, f.attr)
            if prop not in o.fields:
                if f.required and "request" in dirs:
                    self.add(
                        "field-added",
                        "breaking",
                        f"added required {qual} {name}.{prop}",
                        python,
                        "the model's constructor needs a new argument the client must send"
                        + (f"; calls must pass {passed}" if passed else ""),
                        operations=users,
                        calls=calls,
                    )
                else:
                    kind = "required" if f.required else "optional"
                    self.add(
                        "field-added",
                        "compatible",
                        f"added {kind} {qual} {name}.{prop}",
                        python,
                        "",
                        operations=users,
                        calls=calls,
                    )
                continue
            before = o.fields[prop]
            if before.attr != f.attr:
                (old_python, _), _ = self.field_names(name, prop, before.attr, old=True)
                self.add(
                    "field-renamed",
                    "breaking",
                    f"renamed the attribute of {name}.{prop} to {f.attr}",
                    old_python + python,
                    "code using the old attribute fails",
                    operations=users,
                    calls=calls,
                )
            if f.required and not before.required:
                if "request" in dirs:
                    self.add(
                        "field-required",
                        "breaking",
                        f"made {qual} {name}.{prop} required",
                        python,
                        "code building the model without it fails" + (f"; calls must pass {passed}" if passed else ""),
                        operations=users,
                        calls=calls,
                    )
                else:
                    self.add(
                        "field-required",
                        "compatible",
                        f"made {qual} {name}.{prop} required",
                        python,
                        "",
                        operations=users,
                        calls=calls,
                    )
            elif before.required and not f.required:
                if "response" in dirs:
                    self.add(
                        "field-optional",
                        "breaking",
                        f"made {qual} {name}.{prop} optional",
                        python,
                        "the attribute may now be UNSET; code reading it must check",
                        operations=users,
                        calls=calls,
                    )
                else:
                    self.add(
                        "field-optional",
                        "compatible",
                        f"made {qual} {name}.{prop} optional",
                        python,
                        "",
                        operations=users,
                        calls=calls,
                    )
            if before.type != f.type:
                severity, why = self.retype(before.type, f.type, dirs)
                summary = f"retyped {qual} {name}.{prop}: {render_type(before.type)} -> {render_type(f.type)}"
                self.add("field-retyped", severity, summary, python, why, operations=users, calls=calls)

    def enum(self, o: ClassInfo, n: ClassInfo) -> None:
        name = n.name
        dirs = self.directions(name)
        users = self.users(name)
        where = self.new.class_path(name)
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


def compare_documents(
    api: ApiEntry,
    old_doc: dict[str, Any] | None,
    new_doc: dict[str, Any],
    naming: NamingOptions | None = None,
    options: Mapping[str, object] | None = None,
) -> tuple[list[Change], list[str]]:
    """All changes from `old_doc` (None: the API is new) to `new_doc`, breaking ones first, and notes on what
    the generator could not name."""
    try:
        old = empty_surface(api.public) if old_doc is None else extract_surface(old_doc, api.public, naming)
    except SurfaceError as exc:
        raise SpecDiffError(f"{api.name}: base spec: {exc}") from None
    try:
        new = extract_surface(new_doc, api.public, naming)
    except SurfaceError as exc:
        raise SpecDiffError(f"{api.name}: current spec: {exc}") from None
    old_names = ClientNames.empty(api) if old_doc is None else client_names(api, old_doc, options)
    new_names = client_names(api, new_doc, options)
    notes = [f"current spec: {p}" for p in new_names.problems]
    notes += [f"base spec: {p}" for p in old_names.problems if p not in new_names.problems]
    if notes:
        notes.append("operations the generator cannot build are named by their method only")
    return _Differ(api.name, old, new, old_names, new_names).run(), notes


def diff_documents(
    api: ApiEntry,
    old_doc: dict[str, Any] | None,
    new_doc: dict[str, Any],
    naming: NamingOptions | None = None,
    options: Mapping[str, object] | None = None,
) -> list[Change]:
    """All changes from `old_doc` (None: the API is new) to `new_doc`, breaking ones first."""
    return compare_documents(api, old_doc, new_doc, naming, options)[0]


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
    changes, notes = compare_documents(api.entry, old_doc, new_doc, config.naming, config.options)
    return Report(
        api=api.name,
        package=api.package,
        spec=api.spec.as_posix() if spec_file is None else str(spec_file),
        base=base_label,
        base_commit=commit,
        new_at_base=old_doc is None,
        changes=changes,
        notes=notes,
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
        out += [f"  note: {note}" for note in report.notes]
        for c in report.changes:
            out.append(f"  {'BREAKING' if c.breaking else 'compatible':<10}  {c.summary}")
            pad = " " * 14
            if c.calls:
                out.append(f"{pad}call: {', '.join(c.calls)}")
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
        out += [f"\n> {_md(note)}" for note in report.notes]
        if report.changes:
            out += ["", "| | Change | Python | Why |", "|---|---|---|---|"]
            for c in report.changes:
                severity = "**breaking**" if c.breaking else "compatible"
                python = "<br>".join(f"`{p}`" for p in (*c.calls, *c.python))
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
