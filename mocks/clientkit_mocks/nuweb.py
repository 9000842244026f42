"""Stateful NU Web (Nutickets) Admin API mock: company users and login (``openapi/nuweb.yaml``).

State is seeded from ``options.seed``: company 1 (Bristol Tickets Ltd, 127 users, 4 of
them suspended; user 1 is the vendor's example John Doe), company 2 (Bath Festival Co,
21 users, 15 of them shared with company 1) and company 3 (Cardiff Trial Events, whose
trial has expired: every call against it is 403), with roles, visibility groups and
per-company memberships, sent as JSON:API ``included`` resources (``companyUsers``, and
``visibilityGroups`` of a create, spelled ``atributes`` as in the vendor's examples).

Tokens: ``demo-token`` (or ``options.api_key``; Super user of all three companies),
``readonly-token`` (company 1 only, 403 on writes), or a new one from ``POST /login`` with
``demo@example.com`` / ``demo-password`` or ``readonly@example.com`` / ``readonly-password``.
Write access follows the token user's roles: only Super users may write. ``X-NU-COMPANY-ID``
picks the company (default: the token user's selected one); an unknown company is 404, one
the user is not an active member of (or whose trial expired) 403.

Rate limit: **off** unless ``rate_limit_per_minute=N`` is given (the vendor's default is 60):
then each company gets N requests per rolling 60 s (``clock=`` injects the time source, a
``() -> float`` in seconds), answers carry ``X-Remaining-Requests`` and
``X-Available-In-Seconds`` (the window length, as the spec defines it), and the excess gets
429 with ``Retry-After`` (seconds until a request fits again). ``POST /__mock__/reset``
reseeds the data and empties every quota.
"""

from __future__ import annotations

import math
import random
import re
import string
import time
from collections import deque
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from clientkit_mocks.engine.api import JSON, Access, Handler, HttpError, MockApi, MockRequest, MockResponse
from clientkit_mocks.engine.fake import email_for, person
from clientkit_mocks.engine.spec import SecurityScheme, packaged_spec
from clientkit_mocks.engine.validation import Issue

SPEC = packaged_spec("nuweb_client")  # openapi/nuweb.yaml, as shipped with the client
SEED_EPOCH = 1_637_582_340.0  # 2021-11-22T11:59:00Z, the vendor's example timestamp
WINDOW_S = 60
DEFAULT_LIMIT, MAX_LIMIT = 25, 100
COMPANY_HEADER = "X-NU-COMPANY-ID"
DEMO_TOKEN, READONLY_TOKEN = "demo-token", "readonly-token"
LANGUAGES = ("en", "fr", "de", "es")
INCLUDES = ("companyUsers", "roles", "visibilityGroups")
ACCEPTED = {  # update flag -> membership attribute
    "acceptedTerms": "acceptedTermsAt",
    "acceptedPrivacy": "acceptedPrivacyAt",
    "acceptedEmailOptIn": "acceptedEmailOptInAt",
}
INVALID = "The given data was invalid."
ANY_OF = "x-any-of-parameters"  # the spec's "send at least one of these parameter groups" rule
NOT_BLANK = "\\S"  # the spec's pattern for "required, and not blank after trimming"
_LIMIT = re.compile(r"(\d+)")
_RULES = frozenset({"enum", "required", "pattern", "format", "minLength", "maxLength", "minimum", "maximum"})
_TYPE_WORDS = {"integer": "an integer", "number": "a number", "string": "a string", "array": "an array"}
_STOCK = {
    "Missing credentials.": "Unauthenticated.",
    "Invalid credentials.": "Unauthenticated.",
    "These credentials are read-only.": "This action is unauthorized.",
}
Trim = Callable[[str, dict[str, Any]], dict[str, Any]]


def _stamp(at: float | None) -> str | None:
    """The vendor's ISO 8601 form with microseconds: ``2021-11-22T11:59:00.000000Z``."""
    return None if at is None else datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _text(value: Any) -> str | None:
    """Laravel trims strings and turns empty ones into null."""
    return (value.strip() or None) if isinstance(value, str) else None


def _keep(kind: str, attributes: dict[str, Any]) -> dict[str, Any]:
    return attributes


class _ValidationError(Exception):
    """422 with Laravel's ``{message, errors: {field: [messages]}}``."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(INVALID)
        self.errors = errors


@dataclass
class Company:
    """A tenant; role and visibility-group ids are unique across companies, ``default_role`` goes to new users."""

    id: int
    name: str
    roles: dict[int, str]
    groups: dict[int, str]
    default_role: int | None = None
    trial_expired: bool = False


@dataclass
class User:
    """A platform account (e-mail unique across companies); ``selected_company`` is its default tenant."""

    id: int
    name: str
    email: str
    password: str | None
    created_at: float
    selected_company: int
    phone: str | None = None
    phone_code: str | None = None
    updated_at: float = 0.0


@dataclass
class Membership:
    """A ``companyUsers`` record: the user in one company; suspension lives here."""

    id: int
    user_id: int
    company_id: int
    roles: list[int]
    groups: list[int]
    created_at: float
    locale: str | None = None
    accepted: dict[str, float | None] = field(default_factory=lambda: dict.fromkeys(ACCEPTED.values()))
    updated_at: float = 0.0
    deleted_at: float | None = None


@dataclass
class Ctx:
    """Who calls, for which company (None only for ``/login``), in which language."""

    company: Company | None
    caller: User | None
    language: str

    @property
    def tenant(self) -> Company:
        assert self.company is not None, "only /login runs without a company"
        return self.company


def _names(value: Any) -> list[str]:
    """A comma-separated query list, as the engine parsed it (a list) or as raw text."""
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]


def _dotted(value: Any) -> dict[str, set[str]]:
    """``users.email,roles.title`` -> ``{"users": {"email"}, "roles": {"title"}}`` (bare names: users)."""
    found: dict[str, set[str]] = {}
    for part in _names(value):
        kind, _, name = part.strip().rpartition(".")
        if name:
            found.setdefault(kind or "users", set()).add(name)
    return found


def _fields(query: Mapping[str, Any]) -> Trim:
    """`only` first, then `except` (the vendor asks not to name one resource in both, and does not say what it does)."""
    only, skip = _dotted(query.get("only")), _dotted(query.get("except"))

    def trim(kind: str, attributes: dict[str, Any]) -> dict[str, Any]:
        if kind in only:
            attributes = {k: v for k, v in attributes.items() if k in only[kind]}
        return {k: v for k, v in attributes.items() if k not in skip.get(kind, ())}

    return trim


def _includes(query: Mapping[str, Any]) -> set[str]:
    """The names of `include` (the spec's enum admits only those of INCLUDES)."""
    return set(_names(query.get("include")))


def _language(accept: str | None) -> str:
    """The first supported language of ``Accept-Language``; the company fallback is English."""
    for part in (accept or "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in LANGUAGES:
            return tag
    return "en"


def _issue_message(field: str, issue: Issue) -> str:
    """Laravel's wording for a problem the engine found against the spec (`device_name` reads "device name")."""
    name, limit = field.replace("_", " "), _LIMIT.findall(issue.msg)
    if issue.kind == "required" or (issue.kind == "pattern" and NOT_BLANK in issue.msg):
        return f"The {name} field is required."
    if issue.kind == "pattern":
        return f"The {name} format is invalid."
    if issue.kind == "format" and "email" in issue.msg:
        return f"The {name} must be a valid email address."
    if issue.kind == "minLength" and limit:
        return f"The {name} must be at least {limit[-1]} characters."
    if issue.kind == "maxLength" and limit:
        return f"The {name} must not be greater than {limit[-1]} characters."
    if issue.kind == "minimum" and limit:
        return f"The {name} must be at least {limit[-1]}."
    if issue.kind == "type" and issue.expected == ("boolean",):
        return f"The {name} field must be true or false."
    if issue.kind == "type" and len(issue.expected) == 1 and issue.expected[0] in _TYPE_WORDS:
        return f"The {name} must be {_TYPE_WORDS[issue.expected[0]]}."
    if issue.kind == "enum":
        return f"The selected {name} is invalid."
    return issue.msg


class NuWebMock(MockApi):
    """In-memory NU Web platform: companies, users, memberships, tokens and per-company rate limits."""

    name = "nuweb"
    spec_path = SPEC

    # -- state --------------------------------------------------------------------------------
    def reset(self) -> None:
        rng = self.rng = random.Random(self.options.seed)
        self.clock: Callable[[], float] = self.options.extra.get("clock") or time.monotonic
        self.rate_limit = int(self.options.extra.get("rate_limit_per_minute") or 0)
        self.hits: dict[int, deque[float]] = {}
        titles = {1: "Super user", 2: "Box office", 3: "Event manager", 4: "Reporting"}  # ids are global
        bristol = Company(1, "Bristol Tickets Ltd", titles, {1: "Bristol Group", 2: "Bath Group", 3: "All venues"}, 2)
        bath = Company(2, "Bath Festival Co", {5: "Super user", 6: "Box office"}, {4: "Festival site"})
        cardiff = Company(3, "Cardiff Trial Events", {7: "Super user"}, {5: "Cardiff Arena"}, trial_expired=True)
        self.companies = {c.id: c for c in (bristol, bath, cardiff)}
        self.users: dict[int, User] = {}
        self.members: dict[tuple[int, int], Membership] = {}  # (company id, user id)
        john = self._add_user("John Doe", "john.doe@example.com", None, SEED_EPOCH, 1)  # the vendor's example
        john.phone, john.phone_code = "07123456789", "44"
        self._join(john, 1, [1], [1], SEED_EPOCH).accepted = dict.fromkeys(ACCEPTED.values(), SEED_EPOCH)
        demo = self._add_user("Demo Admin", "demo@example.com", "demo-password", SEED_EPOCH, 1)
        for company_id, role, group in ((1, 1, 3), (2, 5, 4), (3, 7, 5)):
            self._join(demo, company_id, [role], [group], SEED_EPOCH).locale = "en"
        readonly = self._add_user("Reed Only", "readonly@example.com", "readonly-password", SEED_EPOCH + 60, 1)
        self._join(readonly, 1, [4], [3], SEED_EPOCH + 60)
        taken = {john.email, demo.email, readonly.email}
        for index in range(130):
            company_id = 1 if index < 124 else 2
            first, last = person(rng)
            domain = "bristol-tickets.example" if company_id == 1 else "bath-festival.example"
            at = SEED_EPOCH + 3600.0 * (index + 1)
            user = self._add_user(f"{first} {last}", email_for(first, last, domain, taken), None, at, company_id)
            if rng.random() < 0.8:
                user.phone, user.phone_code = f"07{rng.randrange(10**9):09d}", "44"
            roles = [rng.choice((2, 2, 3, 3, 4, 1))] if company_id == 1 else [6]
            groups = sorted(rng.sample((1, 2, 3), rng.randint(1, 2))) if company_id == 1 else [4]
            member = self._join(user, company_id, roles, groups, at)
            member.locale = rng.choice(("en", "en", "fr", None))
            member.accepted = {key: at + 600.0 if rng.random() < 0.8 else None for key in ACCEPTED.values()}
            if company_id == 1 and index % 31 == 5:
                member.deleted_at = at + 86400.0
            if company_id == 1 and index % 9 == 0:  # also staff of the festival (one account, two companies)
                self._join(user, 2, [6], [4], at + 60.0)
        self.tokens = {self.options.api_key or DEMO_TOKEN: demo.id, READONLY_TOKEN: readonly.id}

    def _add_user(self, name: str, email: str, password: str | None, at: float, company_id: int) -> User:
        user = User(len(self.users) + 1, name, email, password, at, company_id, updated_at=at)
        self.users[user.id] = user
        return user

    def _join(self, user: User, company_id: int, roles: list[int], groups: list[int], at: float) -> Membership:
        member = Membership(len(self.members) + 1, user.id, company_id, roles, groups, at, updated_at=at)
        self.members[(company_id, user.id)] = member
        return member

    def _by_email(self, email: str | None) -> User | None:
        wanted = (email or "").strip().lower()
        return next((u for u in self.users.values() if u.email.lower() == wanted), None)

    def _target(self, req: MockRequest, ctx: Ctx, trashed: bool = False) -> Membership:
        """The user picked by ``id`` (first) or ``email`` in the query, as a member of the current company."""
        _require_any_of(req)
        user_id, email = req.query.get("id"), req.query.get("email")
        user = self.users.get(user_id) if user_id is not None else self._by_email(email)
        member = self.members.get((ctx.tenant.id, user.id)) if user is not None else None
        if member is None or (member.deleted_at is not None and not trashed):
            raise HttpError(
                404, f"No query results for model [App\\Models\\User] {user_id if user_id is not None else email}"
            )
        return member

    # -- rendering ----------------------------------------------------------------------------
    def _render(self, member: Membership, kind: str, includes: Collection[str], trim: Trim) -> tuple[JSON, list[JSON]]:
        """A ``users`` resource and its ``included`` share; ``kind`` is read, create or update (vendor shapes)."""
        user = self.users[member.user_id]
        attributes = {
            "name": user.name,
            "email": user.email,
            "phone": user.phone,
            "phone_code" if kind == "create" else "phoneCode": user.phone_code,
            "createdAt": _stamp(user.created_at),
            "updatedAt": _stamp(max(user.updated_at, member.updated_at)),
        }
        if kind == "read":
            attributes["deletedAt"] = _stamp(member.deleted_at)
        related = {"companyUsers": [member.id], "roles": member.roles, "visibilityGroups": member.groups}
        if kind == "create":
            del related["roles"]  # as in the vendor's create example
        resource = {
            "type": "users",
            "id": user.id,
            "attributes": trim("users", attributes),
            "relationships": {name: {"data": [{"type": name, "id": i} for i in ids]} for name, ids in related.items()},
        }
        included = [
            self._included(member, name, item, kind, trim)
            for name, ids in related.items()
            if name in includes
            for item in ids
        ]
        return resource, included

    def _included(self, member: Membership, name: str, item: int, kind: str, trim: Trim) -> JSON:
        company = self.companies[member.company_id]
        key = "attributes"
        if name == "companyUsers":
            key = "atributes"  # sic: the vendor's spelling for memberships
            attributes: dict[str, Any] = {
                "isSelected": self.users[member.user_id].selected_company == member.company_id,
                "locale": member.locale,
                **{wire: _stamp(at) for wire, at in member.accepted.items()},
                "createdAt": _stamp(member.created_at),
                "updatedAt": _stamp(member.updated_at),
            }
            if kind == "read":
                attributes["deletedAt"] = _stamp(member.deleted_at)
        elif name == "roles":
            made = _stamp(SEED_EPOCH - 3600.0 * item)  # the vendor's changelog names these for included roles
            attributes = {"title": company.roles[item], "createdAt": made, "updatedAt": made}
        else:
            key = "atributes" if kind == "create" else "attributes"
            made = _stamp(SEED_EPOCH - 86400.0 * item)
            attributes = {"name": company.groups[item], "createdAt": made, "updatedAt": made}
        return {"type": name, "id": item, key: trim(name, attributes)}

    def _document(self, member: Membership, kind: str, includes: Collection[str], trim: Trim) -> JSON:
        resource, included = self._render(member, kind, includes, trim)
        return {"data": resource, "included": included} if includes else {"data": resource}

    # -- engine hooks -------------------------------------------------------------------------
    def authenticate(self, scheme: SecurityScheme, credential: str) -> Access | None:
        user = self.users.get(self.tokens.get(credential, 0))
        if user is None:
            return None
        member = self.members.get((user.selected_company, user.id))
        roles = self.companies[user.selected_company].roles
        writer = member is not None and any(roles.get(r) == "Super user" for r in member.roles)
        return Access.WRITE if writer else Access.READ

    def error_body(self, status: int, message: str) -> JSON:
        return {"message": _STOCK.get(message, message)}

    def validation_status(self, issues: Sequence[Issue]) -> int:
        """422, as Laravel answers, when every problem is a rule the spec states for a well-formed value.

        A missing or blank field, a length, format, minimum or a value outside a list (Laravel's
        `in:`) is a validation error of the vendor's (`422`); a wrong JSON type, an unknown
        parameter or an unreadable body stays `400`.
        """
        return 422 if issues and all(issue.kind in _RULES for issue in issues) else 400

    def validation_error_body(self, issues: Sequence[Issue]) -> JSON:
        errors: dict[str, list[str]] = {}
        for issue in issues:
            name = ".".join(str(part) for part in issue.loc[1:]) or str(issue.loc[0])
            errors.setdefault(name, []).append(_issue_message(name, issue))
        return {"message": INVALID, "errors": errors}

    def client_credentials(self) -> dict[str, Any]:
        return {"token": self.options.api_key or DEMO_TOKEN, "company_id": 1}

    def handlers(self) -> Mapping[str, Handler]:
        routes = {name: self._wrap(getattr(self, name)) for name in _OPERATIONS}
        routes["login"] = self._wrap(self.login, public=True)
        return routes

    def _wrap(self, handler: Callable[[MockRequest, Ctx], JSON], public: bool = False) -> Handler:
        """Company selection, rate limit, 422 rendering and the vendor's response headers."""

        def run(req: MockRequest) -> MockResponse:
            started = time.perf_counter()
            ctx = self._context(req, public)
            headers = {"Content-Language": ctx.language}
            headers.update(self._throttle(ctx.company.id if ctx.company else req.headers.get(COMPANY_HEADER, 0)))
            try:
                response = MockResponse(body=handler(req, ctx))
            except _ValidationError as exc:
                response = MockResponse(status=422, body={"message": INVALID, "errors": exc.errors})
            except HttpError as exc:
                exc.headers = {**headers, **exc.headers}
                raise
            response.headers.update(headers)
            response.headers["X-Runtime"] = f"{time.perf_counter() - started:.6f}"
            return response

        return run

    def _context(self, req: MockRequest, public: bool) -> Ctx:
        language = _language(req.headers.get("Accept-Language"))
        if public:
            return Ctx(None, None, language)
        token = req.request.headers.get("authorization", "").partition(" ")[2].strip()
        caller = self.users.get(self.tokens.get(token, 0))
        if caller is None:  # not reached: the engine authenticated this very token
            raise HttpError(401, "Unauthenticated.")
        wanted = req.headers.get(COMPANY_HEADER, caller.selected_company)
        company = self.companies.get(wanted)
        if company is None:
            raise HttpError(404, f"No query results for model [App\\Models\\Company] {wanted}")
        member = self.members.get((company.id, caller.id))
        if member is None or member.deleted_at is not None:
            raise HttpError(403, "This action is unauthorized.")
        if company.trial_expired:
            raise HttpError(403, f"The trial of {company.name} has expired.")
        return Ctx(company, caller, language)

    def _throttle(self, key: int) -> dict[str, str]:
        """Count the request against the company's rolling window; 429 once it is full."""
        if self.rate_limit <= 0:
            return {}
        now = self.clock()
        window = self.hits.setdefault(key, deque())
        while window and window[0] <= now - WINDOW_S:
            window.popleft()
        if len(window) >= self.rate_limit:
            wait = str(max(1, math.ceil(window[0] + WINDOW_S - now)))
            limit_headers = {"X-Remaining-Requests": "0", "X-Available-In-Seconds": str(WINDOW_S)}
            raise HttpError(429, "Too Many Attempts.", {"Retry-After": wait, **limit_headers})
        window.append(now)
        return {"X-Remaining-Requests": str(self.rate_limit - len(window)), "X-Available-In-Seconds": str(WINDOW_S)}

    # -- login --------------------------------------------------------------------------------
    def login(self, req: MockRequest, ctx: Ctx) -> JSON:
        body = req.body  # the spec requires every field, not blank: the engine has checked that
        user = self._by_email(body["email"])
        if user is None or user.password is None or user.password != body["password"]:
            raise _ValidationError({"email": ["The provided credentials are incorrect."]})
        token = f"{len(self.tokens) + 1}|" + "".join(self.rng.choices(string.ascii_letters + string.digits, k=40))
        self.tokens[token] = user.id
        return {"token": token}

    # -- company users ------------------------------------------------------------------------
    def list_company_users(self, req: MockRequest, ctx: Ctx) -> JSON:
        query = req.query  # page, limit and offset are within the spec's minimums: the engine has checked that
        includes, trim = _includes(query), _fields(query)
        limit = min(query.get("limit", DEFAULT_LIMIT), MAX_LIMIT)
        trashed = query.get("withTrashed") in (True, "true")
        rows = sorted(
            (m for m in self.members.values() if m.company_id == ctx.tenant.id and (trashed or m.deleted_at is None)),
            key=lambda m: m.user_id,
        )
        start = query["offset"] if "offset" in query else (query.get("page", 1) - 1) * limit
        page, chunk, total = start // limit + 1, rows[start : start + limit], len(rows)
        data: list[JSON] = []
        included: dict[tuple[str, int], JSON] = {}
        for member in chunk:
            resource, extra = self._render(member, "read", includes, trim)
            data.append(resource)
            for item in extra:
                included.setdefault((item["type"], item["id"]), item)
        last = max(1, math.ceil(total / limit))
        body: dict[str, Any] = {
            "data": data,
            "links": self._links(req, page, last, start + len(chunk) < total),
            "meta": {
                "total": total,
                "current_page": page,
                "last_page": last,
                "per_page": limit,
                "from": start + 1 if chunk else None,
                "to": start + len(chunk) if chunk else None,
            },
        }
        if includes:
            body["included"] = list(included.values())
        return body

    @staticmethod
    def _links(req: MockRequest, page: int, last: int, more: bool) -> JSON:
        """Laravel's paginator links (``?page=N``, other query parameters kept; ``offset`` becomes a page)."""
        base = str(req.request.base_url).rstrip("/") + req.operation.path
        kept = [(k, v) for k, v in req.request.query_params.multi_items() if k not in ("page", "offset")]

        def url(number: int) -> str:
            return f"{base}?{urlencode([*kept, ('page', str(number))])}"

        return {
            "first": url(1),
            "last": url(last),
            "prev": url(page - 1) if page > 1 else None,
            "next": url(page + 1) if more else None,
            "self": url(page),
        }

    def get_company_user(self, req: MockRequest, ctx: Ctx) -> JSON:
        includes, trim = _includes(req.query), _fields(req.query)
        member = self._target(req, ctx, trashed=req.query.get("withTrashed") in (True, "true"))
        return self._document(member, "read", includes, trim)

    def _check_profile(self, body: Mapping[str, Any], user: User | None) -> dict[str, list[str]]:
        """The rule no schema can state: an e-mail address belongs to one account only.

        Presence, blankness, length and format of name, email and password are the spec's
        (`required`, `pattern`, `maxLength`, `format`, `minLength`), checked by the engine.
        """
        owner = self._by_email(_text(body.get("email")))
        if owner is not None and owner is not user:
            return {"email": ["The email has already been taken."]}
        return {}

    def create_company_user(self, req: MockRequest, ctx: Ctx) -> JSON:
        company, body = ctx.tenant, req.body
        existing = self._by_email(_text(body.get("email")))
        joining = existing is not None and (company.id, existing.id) not in self.members
        errors = self._check_profile(body, existing if joining else None)
        if errors:
            raise _ValidationError(errors)
        now = time.time()
        user = existing or self._add_user(_text(body["name"]) or "", _text(body["email"]) or "", None, now, company.id)
        if existing is None:
            user.password = body.get("password")
        staffed = any(m.company_id == company.id and m.deleted_at is None for m in self.members.values())
        first_role = next(r for r, title in company.roles.items() if title == "Super user")
        roles = ([company.default_role] if company.default_role else []) if staffed else [first_role]
        member = self._join(user, company.id, roles, [min(company.groups)], now)
        return self._document(member, "create", ("companyUsers", "visibilityGroups"), _keep)

    def update_company_user(self, req: MockRequest, ctx: Ctx) -> JSON:
        company, body = ctx.tenant, req.body  # the spec requires `id`: the engine has checked that
        member = self.members.get((company.id, body["id"]))
        if member is None or member.deleted_at is not None:
            raise HttpError(404, f"No query results for model [App\\Models\\User] {body['id']}")
        user = self.users[member.user_id]
        if user is ctx.caller and ("roles" in body or "visibilityGroups" in body):
            raise HttpError(403, "You cannot change your own roles or visibility groups.")
        errors = self._check_profile(body, user)
        for name, known in (("roles", company.roles), ("visibilityGroups", company.groups)):
            for index, item in enumerate(body.get(name) or ()):
                if item not in known:
                    errors[f"{name}.{index}"] = [f"The selected {name}.{index} is invalid."]
        if errors:
            raise _ValidationError(errors)
        now = time.time()
        for name in ("name", "email", "password"):
            if body.get(name) is not None:
                setattr(user, name, _text(body[name]) if name != "password" else body[name])
        for flag, wire in ACCEPTED.items():
            if flag in body:
                member.accepted[wire] = now if body[flag] else None
        member.roles = list(dict.fromkeys(body.get("roles", member.roles)))
        member.groups = list(dict.fromkeys(body.get("visibilityGroups", member.groups)))
        user.updated_at = member.updated_at = now
        return self._document(member, "update", INCLUDES, _keep)

    def suspend_company_user(self, req: MockRequest, ctx: Ctx) -> JSON:
        member = self._target(req, ctx)
        if member.user_id == (ctx.caller.id if ctx.caller else None):
            raise HttpError(403, "You cannot suspend your own account.")
        member.deleted_at = member.updated_at = time.time()
        return {"message": f"User '{self.users[member.user_id].name}' suspended successfully!"}

    def restore_company_user(self, req: MockRequest, ctx: Ctx) -> JSON:
        member = self._target(req, ctx, trashed=True)
        member.deleted_at, member.updated_at = None, time.time()
        return {"message": f"User '{self.users[member.user_id].name}' restored succeessfully!"}  # sic


def _require_any_of(req: MockRequest) -> None:
    """The operation's `x-any-of-parameters`: at least one group of query parameters is sent in full.

    OpenAPI cannot state a rule across parameters, so the spec states it in this extension
    (openapi/CONVENTIONS.md) and the mock reads it from there; Laravel's `required_without`
    answers 422 with one message per parameter.
    """
    operation = req.request.app.state.spec.document["paths"][req.operation.path][req.operation.method.lower()]
    groups: list[list[str]] = operation.get(ANY_OF) or []
    if not groups or any(all(name in req.query for name in group) for group in groups):
        return
    errors: dict[str, list[str]] = {}
    for group in groups:
        others = " / ".join(name for other in groups if other is not group for name in other)
        for name in group:
            errors[name] = [f"The {name} field is required when {others} is not present."]
    raise _ValidationError(errors)


_OPERATIONS = (
    "list_company_users",
    "create_company_user",
    "get_company_user",
    "update_company_user",
    "suspend_company_user",
    "restore_company_user",
)

MOCK = NuWebMock
