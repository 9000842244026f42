"""An in-memory Pulse CRM server behind `httpx.MockTransport`, and client builders that use it.

It implements login (API key or e-mail/password), bearer-token checks, the required
`x-account-id` header and the users endpoints with page/pageSize paging, records every request,
and serves scripted answers first (`fake.script(...)`) so a test can inject 401s, 503s or odd pages.
"""

from __future__ import annotations

import datetime
import json
import re
from collections import deque
from collections.abc import Callable
from typing import Any

import httpx

from pulse_crm import AsyncPulseCRM, PulseCRM

BASE_URL = "https://pulse.test/api"
API_KEY = "apiKey-0123456789ab"
API_SECRET = "s3cr3t-api-secret-value-0001"
EMAIL = "zach@example.com"
PASSWORD = "correct-horse-battery-staple"
ACCOUNT_ID = "2311"
START = 1_750_000_000.0  # the fake clock's starting time (epoch seconds)

Answer = httpx.Response | Callable[[httpx.Request], httpx.Response]


class FakeClock:
    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def iso(epoch: float) -> str:
    return (
        datetime.datetime.fromtimestamp(epoch, datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )


def error(status: int, label: str, message: str, **extra: Any) -> httpx.Response:
    return httpx.Response(status, json={"error": label, "status": status, "message": message, **extra})


class FakePulse:
    def __init__(self, *, session_lifetime: float = 7 * 24 * 3600, users: int = 0) -> None:
        self.clock = FakeClock()
        self.session_lifetime = session_lifetime
        self.requests: list[httpx.Request] = []
        self.issued: list[str] = []
        self.valid: dict[str, str] = {}  # token -> e-mail of its user
        self.scripted: dict[tuple[str, str], deque[Answer]] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.sleeps: list[float] = []
        for n in range(1, users + 1):
            self.add_user(f"user{n}@example.com")

    # --- test controls -----------------------------------------------------------------------
    def script(self, method: str, path: str, *answers: Answer) -> None:
        """Serve these answers, in order, to the next `method path` requests (before any auth check)."""
        self.scripted.setdefault((method.upper(), path), deque()).extend(answers)

    def revoke_all(self) -> None:
        """The server forgets every session (as when tokens expire on its side)."""
        self.valid.clear()

    def add_user(self, email: str, **fields: Any) -> dict[str, Any]:
        user_id = max(self.users, default=0) + 1
        user = {"id": user_id, "email": email, "active": True, "createdAt": iso(self.clock()), **fields}
        self.users[user_id] = user
        return user

    def calls(self, method: str | None = None, path: str | None = None) -> list[httpx.Request]:
        return [
            r for r in self.requests if (method is None or r.method == method) and (path is None or r.url.path == path)
        ]

    @property
    def logins(self) -> list[httpx.Request]:
        return self.calls("POST", "/api/auth/login")

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    # --- the server --------------------------------------------------------------------------
    def handle(self, request: httpx.Request) -> httpx.Response:
        # A snapshot: the client removes the token from its own request object once the answer is in.
        self.requests.append(
            httpx.Request(request.method, request.url, headers=request.headers, content=request.content)
        )
        queued = self.scripted.get((request.method, request.url.path))
        if queued:
            answer = queued.popleft()
            return answer(request) if callable(answer) else answer
        path = request.url.path.removeprefix("/api")
        if request.method == "POST" and path == "/auth/login":
            return self._login(request)
        who = self._bearer(request)
        if who is None:
            return error(401, "Unauthorized", "Invalid or expired session token")
        if path == "/auth/session" and request.method == "GET":
            return httpx.Response(200, json=self._session(who, request.headers["authorization"][7:]))
        if path == "/users" or path.startswith("/users/"):
            account = request.headers.get("x-account-id")
            if account is None or not account.isdigit():
                return error(400, "Bad Request", "x-account-id header is required")
            return self._users(request, path)
        return error(404, "Not Found", f"no route {request.method} {path}")

    def _bearer(self, request: httpx.Request) -> str | None:
        header = request.headers.get("authorization", "")
        return self.valid.get(header[7:]) if header.startswith("Bearer ") else None

    def _login(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if body not in ({"apiKey": API_KEY, "apiSecret": API_SECRET}, {"email": EMAIL, "password": PASSWORD}):
            return error(401, "Unauthorized", "Invalid credentials")
        who = EMAIL
        token = f"{len(self.issued) + 1:02d}" + "5eca1e7d" * 7 + "ff"  # 64 characters, unique per login
        self.issued.append(token)
        self.valid[token] = who
        return httpx.Response(200, json=self._session(who, token))

    def _session(self, email: str, token: str) -> dict[str, Any]:
        account = {"accountId": ACCOUNT_ID, "accountName": email, "usersPrimaryAccount": True, "accountAdmin": True}
        return {
            "id": 3,
            "email": email,
            "active": True,
            "primaryAccount": account,
            "accounts": [account],
            "flatRolesList": ["superAdmin"],
            "token": token,
            "expiresAt": iso(self.clock() + self.session_lifetime),
        }

    def _users(self, request: httpx.Request, path: str) -> httpx.Response:
        match = re.fullmatch(r"/users/(\d+)", path)
        if path == "/users" and request.method == "GET":
            page = int(request.url.params.get("page", "1"))
            size = int(request.url.params.get("pageSize", "10"))
            everyone = sorted(self.users.values(), key=lambda u: u["id"])
            chunk = everyone[(page - 1) * size : page * size]
            total_pages = max(1, -(-len(everyone) // size))
            body = {"data": chunk, "page": page, "pageSize": size, "total": len(everyone), "totalPages": total_pages}
            return httpx.Response(200, json=body)
        if path == "/users" and request.method == "POST":
            body = json.loads(request.content)
            if any(u["email"] == body.get("email") for u in self.users.values()):
                return error(409, "Conflict", "A user with this email already exists")
            return httpx.Response(201, json=self.add_user(**body))
        if match is None:
            return error(404, "Not Found", "no such route")
        user = self.users.get(int(match.group(1)))
        if user is None:
            return error(404, "Not Found", "User not found")
        if request.method == "GET":
            return httpx.Response(200, json=user)
        if request.method == "PATCH":
            user.update(json.loads(request.content))
            return httpx.Response(200, json=user)
        if request.method == "DELETE":
            del self.users[user["id"]]
            return httpx.Response(200, json=user)
        return httpx.Response(405, headers={"allow": "GET, PATCH, DELETE"})


def client_options(**overrides: Any) -> dict[str, Any]:
    options: dict[str, Any] = {
        "api_key": API_KEY,
        "api_secret": API_SECRET,
        "account_id": ACCOUNT_ID,
        "base_url": BASE_URL,
    }
    options.update(overrides)
    return {k: v for k, v in options.items() if v is not None}


def sync_client(fake: FakePulse, **overrides: Any) -> PulseCRM:
    """A client on the fake server that records its retry sleeps instead of sleeping."""
    client = PulseCRM(transport=fake.transport(), **client_options(**overrides))
    client._sleep = fake.sleeps.append
    client._session_auth.clock = fake.clock
    return client


def async_client(fake: FakePulse, **overrides: Any) -> AsyncPulseCRM:
    client = AsyncPulseCRM(transport=fake.transport(), **client_options(**overrides))

    async def record(delay: float) -> None:
        fake.sleeps.append(delay)

    client._sleep = record
    client._session_auth.clock = fake.clock
    return client
