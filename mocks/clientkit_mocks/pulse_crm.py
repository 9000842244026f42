"""Stateful Pulse CRM mock (``openapi/pulse-crm.yaml``): accounts, users and login sessions.

State is seeded from ``options.seed``: three accounts (``2311``, ``4750``, ``8802``) and 126
users spread over them, with roles, permissions and notification preferences. ``POST
/auth/login`` accepts the API key ``apiKey-demo`` / ``demo-secret`` (or ``options.api_key``;
account 2311, full access), ``apiKey-readonly`` / ``readonly-secret`` (account 2311, reads only)
and the user ``demo@example.com`` / ``demo-password`` (accounts 2311 and 4750, not 8802;
``GET /accounts`` lists a session's accounts, ``x-account-id`` is optional and ignored there and on
``GET /auth/session``). A
session token is 64 hex characters and lives ``token_ttl_s`` seconds (option, else env
``PULSE_MOCK_TOKEN_TTL_S``, else a week as in the published example). Users calls act on the
account named by ``x-account-id``, which the session must have (else 403).
``POST /__mock__/sessions/expire`` ends every session, as a server-side expiry would.
"""

from __future__ import annotations

import datetime
import functools
import os
import random
import secrets
import time
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route

from clientkit_mocks.engine.api import JSON, Access, Handler, HttpError, MockApi, MockRequest, MockResponse
from clientkit_mocks.engine.fake import email_for, person
from clientkit_mocks.engine.spec import SecurityScheme, packaged_spec
from clientkit_mocks.engine.validation import Issue

SPEC = packaged_spec("pulse_crm_client")  # openapi/pulse-crm.yaml, as shipped with the client
SEED_EPOCH = 1_739_000_000.0  # Feb 2025: seeded users are older than anything created at run time
WEEK_S = 7 * 24 * 3600.0
DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE = 10, 100
ACCOUNTS = {"2311": "Northwind Payments", "4750": "Harbor ISO Partners", "8802": "Blue Ridge Merchant Services"}
REPCODES = {"8802": "3"}  # an agent account; the others carry `repcode: null`
DEMO_EMAIL, DEMO_PASSWORD = "demo@example.com", "demo-password"
DEMO_KEY, DEMO_SECRET = "apiKey-demo", "demo-secret"
READONLY_KEY, READONLY_SECRET = "apiKey-readonly", "readonly-secret"
KEY_ACCOUNT = "2311"
PERMISSIONS = (
    "readApplications",
    "writeApplications",
    "readMerchants",
    "writeMerchants",
    "writeApiKeys",
    "readSupport",
    "readData",
    "writeData",
)
ROLES: dict[str, tuple[str, ...]] = {
    "superAdmin": PERMISSIONS,
    "admin": tuple(p for p in PERMISSIONS if p != "writeApiKeys"),
    "agent": ("readApplications", "writeApplications", "readMerchants"),
    "underwriter": ("readApplications", "writeApplications", "readData"),
    "support": ("readSupport", "readMerchants"),
}
EVENTS = ("lead_created", "lead_assigned", "application_submitted", "ticket_assigned", "user_created", "payment_failed")
CHANNELS = ("website", "weekly_email_digest", "monthly_email_digest", "email", "sms")
USER_FIELDS: dict[str, type] = {
    "name": str,
    "phone": str,
    "imgSrc": str,
    "teamId": int,
    "active": bool,
    "notificationPreferences": dict,
}
SEARCHED = ("email", "name", "phone")
SORTABLE = frozenset({"id", "email", "name", "active", "teamId", "phone", "createdAt", "updatedAt"})
_PUBLIC = (
    "id",
    "email",
    "name",
    "active",
    "teamId",
    "phone",
    "imgSrc",
    "notificationPreferences",
    "createdBy",
    "updatedBy",
    "createdAt",
    "updatedAt",
    "accounts",
    "flatRolesList",
    "flatPermissionsList",
)


def iso(epoch: float) -> str:
    """``2025-02-11T03:45:04.853Z``: ISO 8601, milliseconds, UTC, as the API writes it."""
    stamp = datetime.datetime.fromtimestamp(epoch, datetime.UTC).isoformat(timespec="milliseconds")
    return stamp.replace("+00:00", "Z")


def _user_view(user: Mapping[str, Any]) -> JSON:
    return {key: user[key] for key in _PUBLIC if key in user}


def _membership(account_id: str, primary: bool, admin: bool) -> dict[str, Any]:
    return {
        "accountId": account_id,
        "accountName": ACCOUNTS[account_id],
        "repcode": REPCODES.get(account_id),
        "usersPrimaryAccount": primary,
        "accountAdmin": admin,
    }


def _account(account_id: str, roles: Sequence[str], permissions: Sequence[str]) -> JSON:
    """An ``Account`` of ``GET /accounts``, with the caller's roles and permissions in it."""
    stamp = iso(SEED_EPOCH - 86_400.0 * int(account_id[0]))
    slug = ACCOUNTS[account_id].lower().replace(" ", "-")
    return {
        "id": account_id,
        "uniqueId": account_id,
        "name": ACCOUNTS[account_id],
        "repcode": REPCODES.get(account_id),
        "accountTypeId": "default",
        "accountTypeTemplate": False,
        "createdBy": DEMO_EMAIL,
        "updatedBy": DEMO_EMAIL,
        "createdAt": stamp,
        "updatedAt": stamp,
        "customerServicePhone": f"555-{account_id}",
        "customerServiceEmail": f"support@{slug}.example",
        "whitelabelSettings": {"logo": f"{slug}.png", "theme": "light"},
        "permissions": list(permissions),
        "roles": list(roles),
    }


def _sorted(rows: list[dict[str, Any]], sort: str) -> list[dict[str, Any]]:
    """``-createdAt,email``: stable sorts from the last key to the first; unknown fields are ignored."""
    rows = sorted(rows, key=lambda u: u["id"])
    for part in reversed([p.strip() for p in sort.split(",")]):
        field = part.lstrip("+-")
        if field in SORTABLE:
            rows.sort(key=functools.partial(_sort_key, field), reverse=part.startswith("-"))
    return rows


def _sort_key(field: str, user: Mapping[str, Any]) -> tuple[bool, Any]:
    value = user.get(field)
    if value is None:
        return True, ""
    return False, value.casefold() if isinstance(value, str) else value


def _wrong_types(body: Mapping[str, Any]) -> list[JSON]:
    """User fields of an open body whose values have the wrong type (a 422, the body itself is valid)."""
    problems = []
    for key, expected in USER_FIELDS.items():
        value = body.get(key)
        if key in body and (not isinstance(value, expected) or (expected is int and isinstance(value, bool))):
            problems.append({"in": "body", "path": [key], "message": f"{key} must be of type {expected.__name__}"})
    return problems


class PulseCRMMock(MockApi):
    """In-memory Pulse CRM: accounts, their users, API keys and login sessions."""

    name = "pulse_crm"
    spec_path = SPEC

    # -- state --------------------------------------------------------------------------------
    def reset(self) -> None:
        rng = random.Random(self.options.seed)
        ttl = self.options.extra.get("token_ttl_s", os.environ.get("PULSE_MOCK_TOKEN_TTL_S") or WEEK_S)
        self.token_ttl_s = float(ttl)
        self.sessions: dict[str, dict[str, Any]] = {}
        self.api_keys: dict[str, tuple[str, Access, tuple[str, ...]]] = {
            self.options.api_key or DEMO_KEY: (DEMO_SECRET, Access.WRITE, PERMISSIONS),
            READONLY_KEY: (READONLY_SECRET, Access.READ, tuple(p for p in PERMISSIONS if p.startswith("read"))),
        }
        self.users: dict[int, dict[str, Any]] = {}
        demo = self._seed_user(1, "Demo Admin", DEMO_EMAIL, "superAdmin", [("2311", True, True), ("4750", False, True)])
        demo["_password"] = DEMO_PASSWORD
        taken = {DEMO_EMAIL}
        for user_id in range(2, 127):
            first, last = person(rng)
            primary = rng.choices(list(ACCOUNTS), (6, 3, 2))[0]
            memberships = [(primary, True, rng.random() < 0.1)]
            if rng.random() < 0.15:
                memberships.append((rng.choice([a for a in ACCOUNTS if a != primary]), False, False))
            role = rng.choices(("admin", "agent", "underwriter", "support"), (1, 5, 2, 2))[0]
            email = email_for(first, last, "pulse-demo.example", taken)
            user = self._seed_user(user_id, f"{first} {last}", email, role, memberships)
            user["active"] = rng.random() > 0.1
            if rng.random() < 0.7:
                user["teamId"] = rng.choice((11, 12, 21, 31))
            if rng.random() < 0.6:
                user["phone"] = f"+1-555-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
            for event in rng.sample(EVENTS, rng.randint(0, 3)):
                user["notificationPreferences"][event] = sorted(rng.sample(CHANNELS, rng.randint(1, 2)))
        self.next_id = len(self.users) + 1

    def _seed_user(
        self, user_id: int, name: str, email: str, role: str, memberships: Sequence[tuple[str, bool, bool]]
    ) -> dict[str, Any]:
        stamp = iso(SEED_EPOCH + user_id * 3600.0)
        user = {
            "id": user_id,
            "email": email,
            "name": name,
            "active": True,
            "imgSrc": f"https://cdn.pulse-demo.example/avatars/{user_id}.png",
            "notificationPreferences": {},
            "createdBy": DEMO_EMAIL,
            "updatedBy": DEMO_EMAIL,
            "createdAt": stamp,
            "updatedAt": stamp,
            "accounts": [_membership(*membership) for membership in memberships],
            "flatRolesList": [role],
            "flatPermissionsList": list(ROLES[role]),
        }
        self.users[user_id] = user
        return user

    def _by_email(self, email: str) -> dict[str, Any] | None:
        wanted = email.casefold()
        return next((u for u in self.users.values() if u["email"].casefold() == wanted), None)

    def _open_session(
        self, user: Mapping[str, Any], accounts: list[dict[str, Any]], permissions: Sequence[str], access: Access
    ) -> JSON:
        token = secrets.token_hex(32)
        expires = time.time() + self.token_ttl_s
        roles = list(user["flatRolesList"])
        from_roles = sorted({p for role in roles for p in ROLES.get(role, ())})
        view = {
            **{key: user[key] for key in ("id", "email", "active", "createdBy", "updatedBy", "createdAt", "updatedAt")},
            "impersonating": None,
            "primaryAccount": next((a for a in accounts if a["usersPrimaryAccount"]), accounts[0]),
            "accounts": accounts,
            "flatRolesList": roles,
            "flatPermissionsList": list(permissions),
            "permissionsFromRoles": from_roles,
            "permissionsFromRolesDetails": {
                p: [{"role": role, "accountId": None} for role in roles if p in ROLES.get(role, ())] for p in from_roles
            },
            "token": token,
            "expiresAt": iso(expires),
        }
        account_ids = {a["accountId"] for a in accounts}
        self.sessions[token] = {"expires": expires, "access": access, "accounts": account_ids, "view": view}
        return view

    def _session(self, req: MockRequest) -> dict[str, Any]:
        _, _, token = req.request.headers.get("authorization", "").partition(" ")
        session = self.sessions.get(token.strip())
        if session is None:  # the engine checked the token already; it expired in between
            raise HttpError(401, "Invalid or expired session token.")
        return session

    def _scope(self, req: MockRequest) -> tuple[dict[str, Any], str]:
        """The caller's session and the account named by ``x-account-id``, which it must have access to."""
        session = self._session(req)
        account_id = str(req.headers["x-account-id"])
        if account_id not in session["accounts"]:
            raise HttpError(403, f"This session has no access to account {account_id!r}.")
        return session, account_id

    def _member(self, req: MockRequest, account_id: str) -> dict[str, Any]:
        user = self.users.get(req.path_params["userId"])
        if user is None or all(a["accountId"] != account_id for a in user["accounts"]):
            raise HttpError(404, f"User {req.path_params['userId']} not found in account {account_id}.")
        return user

    # -- engine hooks -------------------------------------------------------------------------
    def authenticate(self, scheme: SecurityScheme, credential: str) -> Access | None:
        session = self.sessions.get(credential)
        if session is None:
            return None
        if time.time() >= session["expires"]:
            del self.sessions[credential]
            return None
        access: Access = session["access"]
        return access

    def error_body(self, status: int, message: str) -> JSON:
        label = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
        return {"error": label, "status": status, "message": message}

    def validation_error_body(self, issues: Sequence[Issue]) -> JSON:
        summary = "; ".join(f"{'.'.join(str(p) for p in i.loc)}: {i.msg}" for i in issues)
        body = self.error_body(400, f"Invalid request: {summary}")
        body["errors"] = [{"in": str(i.loc[0]), "path": list(i.loc[1:]), "message": i.msg} for i in issues]
        return body

    def control_routes(self) -> Sequence[BaseRoute]:
        async def expire(_: Request) -> JSONResponse:
            count = len(self.sessions)
            self.sessions.clear()
            return JSONResponse({"expired": count})

        return [Route("/__mock__/sessions/expire", expire, methods=["POST"])]

    def client_credentials(self) -> dict[str, Any]:
        return {"api_key": self.options.api_key or DEMO_KEY, "api_secret": DEMO_SECRET, "account_id": KEY_ACCOUNT}

    def handlers(self) -> Mapping[str, Handler]:
        return {name: getattr(self, name) for name in _OPERATIONS}

    # -- auth ---------------------------------------------------------------------------------
    def login(self, req: MockRequest) -> JSON:
        body = req.body
        if "apiKey" in body:
            key = self.api_keys.get(body["apiKey"])
            owner = self._by_email(DEMO_EMAIL)
            if key is None or key[0] != body["apiSecret"] or owner is None:
                raise HttpError(401, "Invalid API key or secret.")
            return self._open_session(owner, [_membership(KEY_ACCOUNT, True, True)], key[2], key[1])
        user = self._by_email(body["email"])
        if user is None or user.get("_password") != body["password"]:
            raise HttpError(401, "Invalid email or password.")
        if not user["active"]:
            raise HttpError(403, "This user is deactivated.")
        return self._open_session(user, [dict(a) for a in user["accounts"]], user["flatPermissionsList"], Access.WRITE)

    def get_session(self, req: MockRequest) -> JSON:
        return self._session(req)["view"]  # an x-account-id header changes nothing here

    # -- accounts -----------------------------------------------------------------------------
    def list_accounts(self, req: MockRequest) -> JSON:
        view = self._session(req)["view"]  # an x-account-id header changes nothing here
        roles, permissions = view["flatRolesList"], view["flatPermissionsList"]
        return [_account(a["accountId"], roles, permissions) for a in view["accounts"]]

    # -- users --------------------------------------------------------------------------------
    def list_users(self, req: MockRequest) -> JSON:
        _, account_id = self._scope(req)
        rows = [u for u in self.users.values() if any(a["accountId"] == account_id for a in u["accounts"])]
        search = str(req.query.get("search", "")).strip().casefold()
        if search:
            rows = [
                u for u in rows if any(search in str(u.get(k) or "").casefold() for k in ("email", "name", "phone"))
            ]
        sort = req.query.get("sort") or "-createdAt"
        rows = _sorted(rows, ",".join(sort) if isinstance(sort, list) else str(sort))
        page, size = req.query.get("page", 1), min(req.query.get("pageSize", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
        chunk = rows[(page - 1) * size : page * size]
        total_pages = -(-len(rows) // size)  # 0 when nothing matches
        data = [_user_view(u) for u in chunk]
        return {"data": data, "page": page, "pageSize": size, "total": len(rows), "totalPages": total_pages}

    def create_user(self, req: MockRequest) -> JSON:
        session, account_id = self._scope(req)
        body = req.body
        problems = _wrong_types(body)
        if problems:
            error = self.error_body(422, "Some user fields have values of the wrong type.")
            return MockResponse(status=422, body={**error, "errors": problems})
        if self._by_email(body["email"]) is not None:
            raise HttpError(409, f"A user with email {body['email']} already exists.")
        actor, now = session["view"]["email"], iso(time.time())
        user: dict[str, Any] = {
            "id": self.next_id,
            "email": body["email"],
            "active": True,
            "notificationPreferences": {},
            "createdBy": actor,
            "updatedBy": actor,
            "createdAt": now,
            "updatedAt": now,
            "accounts": [_membership(account_id, True, False)],
            "flatRolesList": [],
            "flatPermissionsList": [],
        }
        user.update({key: body[key] for key in USER_FIELDS if key in body})
        self.users[user["id"]] = user
        self.next_id += 1
        return MockResponse(status=201, body=_user_view(user))

    def get_user(self, req: MockRequest) -> JSON:
        _, account_id = self._scope(req)
        return _user_view(self._member(req, account_id))

    def update_user(self, req: MockRequest) -> JSON:
        session, account_id = self._scope(req)
        user = self._member(req, account_id)
        user.update({key: req.body[key] for key in USER_FIELDS if key in req.body})
        user.update(updatedBy=session["view"]["email"], updatedAt=iso(time.time()))
        return _user_view(user)

    def delete_user(self, req: MockRequest) -> JSON:
        _, account_id = self._scope(req)
        user = self._member(req, account_id)
        del self.users[user["id"]]
        return _user_view(user)


_OPERATIONS = (
    "login",
    "get_session",
    "list_accounts",
    "list_users",
    "create_user",
    "get_user",
    "update_user",
    "delete_user",
)

MOCK = PulseCRMMock
