"""Pulse CRM mock behaviour over real loopback HTTP (strict mode: every answer is
also checked against the spec, and the ``http`` fixture fails the test on drift)."""

from __future__ import annotations

import datetime
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import clientkit_mocks as mocks
from tests.mock_state import fresh_state

CONTROL = httpx.Client(timeout=10, verify=False)  # shared: an SSL context per client costs ~0.1 s
API_KEY = {"apiKey": "apiKey-demo", "apiSecret": "demo-secret"}
READONLY = {"apiKey": "apiKey-readonly", "apiSecret": "readonly-secret"}
DEMO_USER = {"email": "demo@example.com", "password": "demo-password"}
ACCOUNT = "2311"
HEX64 = re.compile(r"^[0-9a-f]{64}$")


def seconds_until(stamp: str) -> float:
    return datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() - time.time()


def session(http: httpx.Client, credentials: dict[str, str]) -> dict[str, Any]:
    response = http.post("/auth/login", json=credentials)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def as_caller(http: httpx.Client, credentials: dict[str, str], account: str | None = ACCOUNT) -> httpx.Client:
    """A client sending the session token of ``credentials`` and ``x-account-id: account``."""
    headers = {"authorization": f"Bearer {session(http, credentials)['token']}"}
    if account is not None:
        headers["x-account-id"] = account
    return httpx.Client(base_url=http.base_url, headers=headers, timeout=5, verify=False)


def walk(client: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    """Follow page=1, 2, ... until ``page >= totalPages``, as the spec says; fail on a runaway paginator."""
    users: list[dict[str, Any]] = []
    page = 1
    while True:
        body = client.get("/users", params={**params, "page": page}).json()
        assert body["page"] == page
        users.extend(body["data"])
        if page >= body["totalPages"] or not body["data"]:
            return users
        page += 1
        assert page < 200


@pytest.fixture(scope="module")
def pulse_url() -> Iterator[str]:
    """One strict Pulse CRM mock per module (state is reset per test)."""
    with mocks.running("pulse_crm", strict=True) as url:
        yield url


@pytest.fixture()
def http(pulse_url: str) -> Iterator[httpx.Client]:
    """Anonymous client on freshly reset mock state; fails the test on drift."""
    with fresh_state(pulse_url), httpx.Client(base_url=pulse_url, timeout=5, verify=False) as client:
        yield client


@pytest.fixture()
def admin(http: httpx.Client) -> Iterator[httpx.Client]:
    """Full-access API-key session acting on account 2311."""
    with as_caller(http, API_KEY) as client:
        yield client


# -- login and sessions -----------------------------------------------------------------------


def test_login_with_an_api_key_and_with_user_credentials(http: httpx.Client) -> None:
    by_key = session(http, API_KEY)
    by_user = session(http, DEMO_USER)
    for found in (by_key, by_user):
        assert HEX64.match(found["token"])
        assert found["email"] == "demo@example.com" and found["impersonating"] is None
        assert abs(seconds_until(found["expiresAt"]) - 7 * 24 * 3600) < 60  # a week, as published
    assert by_key["token"] != by_user["token"]
    assert [a["accountId"] for a in by_key["accounts"]] == ["2311"]  # a key is bound to one account
    assert [a["accountId"] for a in by_user["accounts"]] == ["2311", "4750"]
    assert by_user["primaryAccount"]["accountId"] == "2311" and by_user["flatRolesList"] == ["superAdmin"]
    assert by_user["permissionsFromRolesDetails"]["writeApiKeys"] == [{"role": "superAdmin", "accountId": None}]
    readonly = session(http, READONLY)
    assert readonly["flatPermissionsList"] and all(p.startswith("read") for p in readonly["flatPermissionsList"])

    whoami = http.get("/auth/session", headers={"authorization": f"Bearer {by_user['token']}"})
    assert whoami.status_code == 200 and whoami.json() == by_user


@pytest.mark.parametrize(
    "credentials",
    [
        {**API_KEY, "apiSecret": "wrong"},
        {"apiKey": "apiKey-unknown", "apiSecret": "demo-secret"},
        {**DEMO_USER, "password": "wrong"},
        {"email": "nobody@example.com", "password": "demo-password"},
    ],
)
def test_wrong_credentials_are_401(http: httpx.Client, credentials: dict[str, str]) -> None:
    response = http.post("/auth/login", json=credentials)
    assert response.status_code == 401
    assert response.json()["error"] == "Unauthorized" and response.json()["status"] == 401


@pytest.mark.parametrize(
    "body",
    [{"email": "demo@example.com"}, {**API_KEY, **DEMO_USER}, {"email": "not-an-email", "password": "x"}, {}],
)
def test_malformed_login_bodies_are_400(http: httpx.Client, body: dict[str, str]) -> None:
    response = http.post("/auth/login", json=body)
    assert response.status_code == 400 and response.json()["error"] == "Bad Request"


def test_a_deactivated_user_cannot_log_in(http: httpx.Client, admin: httpx.Client) -> None:
    assert admin.patch("/users/1", json={"active": False}).json()["active"] is False
    refused = http.post("/auth/login", json=DEMO_USER)
    assert refused.status_code == 403 and "deactivated" in refused.json()["message"]


def test_bearer_tokens_are_checked(http: httpx.Client, admin: httpx.Client) -> None:
    missing = http.get("/auth/session")
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert missing.json() == {"error": "Unauthorized", "status": 401, "message": "Missing credentials."}
    for header in ("Bearer " + "0" * 64, "Basic ZGVtbzpkZW1v", "Bearer"):
        assert http.get("/auth/session", headers={"authorization": header}).status_code == 401
    assert admin.get("/users").status_code == 200
    assert CONTROL.post(f"{http.base_url}/__mock__/sessions/expire").json() == {"expired": 1}
    assert admin.get("/users").status_code == 401  # server-side expiry
    assert admin.get("/auth/session").status_code == 401


def test_tokens_expire_after_token_ttl_s() -> None:
    with mocks.running("pulse_crm", token_ttl_s=0.5) as url, httpx.Client(base_url=url, verify=False) as http:
        found = session(http, API_KEY)
        assert 0 < seconds_until(found["expiresAt"]) <= 0.5
        headers = {"authorization": f"Bearer {found['token']}", "x-account-id": ACCOUNT}
        assert http.get("/users", headers=headers).status_code == 200
        time.sleep(0.6)
        expired = http.get("/users", headers=headers)
        assert expired.status_code == 401 and expired.json()["error"] == "Unauthorized"
        assert http.get("/auth/session", headers=headers).status_code == 401
        renewed = {**headers, "authorization": f"Bearer {session(http, API_KEY)['token']}"}
        assert http.get("/users", headers=renewed).status_code == 200
        assert CONTROL.get(f"{url}/__mock__/drift").json() == []


def test_accounts_of_the_session(http: httpx.Client) -> None:
    with as_caller(http, DEMO_USER, account=None) as user:
        accounts = user.get("/accounts")
        assert accounts.status_code == 200
        assert [a["id"] for a in accounts.json()] == ["2311", "4750"]  # the values for x-account-id
        first = accounts.json()[0]
        assert first["uniqueId"] == "2311" and first["name"] == "Northwind Payments" and first["repcode"] is None
        assert first["roles"] == ["superAdmin"] and "writeApiKeys" in first["permissions"]
        assert user.get("/accounts", headers={"x-account-id": "2311"}).json() == accounts.json()  # header ignored
        whoami = user.get("/auth/session").json()
        assert user.get("/auth/session", headers={"x-account-id": "4750"}).json() == whoami
        assert [a["repcode"] for a in whoami["accounts"]] == [None, None]
    with as_caller(http, READONLY) as readonly:  # a key's session: the key's one account, its permissions
        (only,) = readonly.get("/accounts").json()
        assert only["id"] == "2311" and all(p.startswith("read") for p in only["permissions"])
    assert http.get("/accounts").status_code == 401


# -- x-account-id and permissions -------------------------------------------------------------


def test_x_account_id_is_required_and_must_be_an_account_of_the_session(http: httpx.Client) -> None:
    with as_caller(http, DEMO_USER, account=None) as user:
        missing = user.get("/users")
        assert missing.status_code == 400
        assert missing.json()["errors"] == [{"in": "header", "path": ["x-account-id"], "message": "field required"}]
        assert user.post("/users", json={"email": "x@example.com"}).status_code == 400
        assert user.get("/users/1").status_code == 400
        for account in ("8802", "9999", "abc"):
            forbidden = user.get("/users", headers={"x-account-id": account})
            assert forbidden.status_code == 403 and forbidden.json()["error"] == "Forbidden"
        first = user.get("/users", headers={"x-account-id": "2311"}, params={"pageSize": 100}).json()["data"]
        second = user.get("/users", headers={"x-account-id": "4750"}, params={"pageSize": 100}).json()["data"]
        assert all(any(a["accountId"] == "4750" for a in u["accounts"]) for u in second)
        assert {u["id"] for u in first} != {u["id"] for u in second}
    with as_caller(http, API_KEY, account="4750") as key:  # the key is bound to 2311 only
        assert key.get("/users").status_code == 403


def test_a_user_of_another_account_is_not_found(http: httpx.Client, admin: httpx.Client) -> None:
    with as_caller(http, DEMO_USER, account="4750") as other:
        stranger = other.get("/users", params={"pageSize": 100}).json()["data"]
        outside = next(u for u in stranger if all(a["accountId"] != ACCOUNT for a in u["accounts"]))
        assert other.get(f"/users/{outside['id']}").status_code == 200
    assert admin.get(f"/users/{outside['id']}").status_code == 404
    assert admin.patch(f"/users/{outside['id']}", json={"name": "x"}).status_code == 404
    assert admin.delete(f"/users/{outside['id']}").status_code == 404


def test_the_read_only_key_cannot_write(http: httpx.Client) -> None:
    with as_caller(http, READONLY) as reader:
        assert reader.get("/users").status_code == 200 and reader.get("/users/1").status_code == 200
        for response in (
            reader.post("/users", json={"email": "new@example.com"}),
            reader.patch("/users/1", json={"name": "Renamed"}),
            reader.delete("/users/1"),
        ):
            assert response.status_code == 403 and response.json()["error"] == "Forbidden"
        assert reader.get("/users/1").json()["name"] == "Demo Admin"
        assert reader.get("/users", params={"search": "new@example.com"}).json()["total"] == 0


# -- listing ----------------------------------------------------------------------------------


def test_pagination_walks_every_user_exactly_once(admin: httpx.Client) -> None:
    total = admin.get("/users").json()["total"]
    users = walk(admin, pageSize=7)
    ids = [u["id"] for u in users]
    assert len(ids) == len(set(ids)) == total >= 60
    assert all(any(a["accountId"] == ACCOUNT for a in u["accounts"]) for u in users)
    created = [u["createdAt"] for u in users]
    assert created == sorted(created, reverse=True)  # default sort: -createdAt
    assert walk(admin, pageSize=100) == users


def test_envelope_values(admin: httpx.Client) -> None:
    first = admin.get("/users").json()
    total = first["total"]
    assert (first["page"], first["pageSize"], len(first["data"])) == (1, 10, 10)
    assert first["totalPages"] == -(-total // 10)
    last = admin.get("/users", params={"page": first["totalPages"]}).json()
    assert len(last["data"]) == total - 10 * (first["totalPages"] - 1)
    beyond = admin.get("/users", params={"page": 1000}).json()
    assert beyond["data"] == [] and beyond["page"] == 1000 and beyond["total"] == total
    capped = admin.get("/users", params={"pageSize": 500}).json()
    assert capped["pageSize"] == 100 and len(capped["data"]) == min(total, 100)
    nothing = admin.get("/users", params={"search": "no such user anywhere"}).json()
    assert nothing == {"data": [], "page": 1, "pageSize": 10, "total": 0, "totalPages": 0}


@pytest.mark.parametrize("params", [{"page": 0}, {"pageSize": 0}, {"page": "two"}, {"limit": 5}, {"page": [1, 2]}])
def test_bad_list_parameters_are_400(admin: httpx.Client, params: dict[str, Any]) -> None:
    response = admin.get("/users", params=params)
    assert response.status_code == 400 and response.json()["errors"][0]["in"] == "query"


def test_search_and_sort(admin: httpx.Client) -> None:
    everyone = walk(admin, pageSize=100)
    surname = everyone[5]["name"].split()[-1]
    found = walk(admin, pageSize=100, search=surname.upper())
    expected = [u for u in everyone if surname.casefold() in (u["name"] + u["email"] + u.get("phone", "")).casefold()]
    assert found and [u["id"] for u in found] == [u["id"] for u in expected]
    by_email = walk(admin, pageSize=100, sort="email")
    assert [u["email"] for u in by_email] == sorted((u["email"] for u in everyone), key=str.casefold)
    by_id = walk(admin, pageSize=100, sort="-id")
    assert [u["id"] for u in by_id] == sorted((u["id"] for u in everyone), reverse=True)
    by_team = walk(admin, pageSize=100, sort="teamId,-id,unknownField")
    teams = [(u.get("teamId") is None, u.get("teamId") or 0, -u["id"]) for u in by_team]
    assert teams == sorted(teams)  # users without a team come last


def test_seeded_data_is_big_and_spread_over_accounts(http: httpx.Client) -> None:
    with as_caller(http, DEMO_USER) as user:
        own = walk(user, pageSize=100)
        partner = user.get("/users", headers={"x-account-id": "4750"}, params={"pageSize": 100}).json()
    assert len({u["id"] for u in own} | {u["id"] for u in partner["data"]}) >= 90
    users = mocks.create_app("pulse_crm").state.api.users
    assert len(users) >= 120
    spread = {a["accountId"] for u in users.values() for a in u["accounts"]}
    assert spread == {"2311", "4750", "8802"}
    assert sum(len(u["accounts"]) > 1 for u in users.values()) >= 5
    assert len({r for u in own for r in u["flatRolesList"]}) >= 4
    assert any(u["notificationPreferences"] for u in own) and any(not u["active"] for u in own)


def test_same_seed_same_data_other_seed_other_data() -> None:
    def first_page(seed: int) -> Any:
        with mocks.running("pulse_crm", seed=seed) as url, httpx.Client(base_url=url, verify=False) as http:
            token = session(http, API_KEY)["token"]
            headers = {"authorization": f"Bearer {token}", "x-account-id": ACCOUNT}
            return http.get("/users", headers=headers).json()

    assert first_page(5) == first_page(5)
    assert first_page(5) != first_page(6)


# -- users CRUD -------------------------------------------------------------------------------


def test_user_lifecycle(admin: httpx.Client) -> None:
    created = admin.post("/users", json={"email": "grace@navy.example", "name": "Grace", "teamId": 12})
    assert created.status_code == 201
    user = created.json()
    assert (user["email"], user["name"], user["teamId"], user["active"]) == ("grace@navy.example", "Grace", 12, True)
    assert user["createdBy"] == "demo@example.com" and user["id"] > 126
    assert [a["accountId"] for a in user["accounts"]] == [ACCOUNT]
    assert admin.get("/users", params={"pageSize": 1}).json()["data"] == [user]  # newest first
    assert admin.get(f"/users/{user['id']}").json() == user

    updated = admin.patch(f"/users/{user['id']}", json={"phone": "+1-555-010-0000", "notificationPreferences": {}})
    assert updated.status_code == 200
    changed = updated.json()
    assert changed["phone"] == "+1-555-010-0000" and changed["name"] == "Grace"  # only the fields sent
    assert changed["updatedAt"] >= user["updatedAt"] and changed["createdAt"] == user["createdAt"]
    unchanged = admin.patch(f"/users/{user['id']}", json={}).json()  # an empty patch changes nothing else
    assert {**unchanged, "updatedAt": None} == {**changed, "updatedAt": None}
    assert admin.get(f"/users/{user['id']}").json() == unchanged

    deleted = admin.delete(f"/users/{user['id']}")
    assert deleted.status_code == 200 and deleted.json()["id"] == user["id"]
    for response in (
        admin.get(f"/users/{user['id']}"),
        admin.delete(f"/users/{user['id']}"),
        admin.patch(f"/users/{user['id']}", json={"name": "x"}),
    ):
        assert response.status_code == 404 and response.json()["error"] == "Not Found"
    assert admin.get("/users", params={"search": "grace@navy.example"}).json()["total"] == 0


def test_duplicate_email_is_409(admin: httpx.Client) -> None:
    assert admin.post("/users", json={"email": "first@example.com"}).status_code == 201
    for email in ("first@example.com", "FIRST@Example.com", "demo@example.com"):
        duplicate = admin.post("/users", json={"email": email})
        assert duplicate.status_code == 409 and "already exists" in duplicate.json()["message"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({}, 400),
        ({"email": "not-an-email"}, 400),
        ({"email": 7}, 400),
        ([{"email": "a@example.com"}], 400),
        ({"email": "a@example.com", "active": "yes"}, 400),  # declared fields are checked against the spec
        ({"email": "a@example.com", "teamId": True, "notificationPreferences": []}, 400),
    ],
)
def test_create_validation(admin: httpx.Client, body: Any, status: int) -> None:
    response = admin.post("/users", json=body)
    assert response.status_code == status
    assert response.json()["status"] == status and response.json()["errors"]


def test_400_names_every_bad_field(admin: httpx.Client) -> None:
    body = {"email": "a@example.com", "teamId": True, "active": "yes"}
    errors = admin.post("/users", json=body).json()["errors"]
    assert sorted(e["path"] for e in errors) == [["active"], ["teamId"]]


def test_malformed_requests_are_400(admin: httpx.Client) -> None:
    assert admin.post("/users", content=b"{not json", headers={"content-type": "application/json"}).status_code == 400
    assert admin.post("/users", content=b"email=a@b.c", headers={"content-type": "text/plain"}).status_code == 400
    assert admin.patch("/users/1", json={"teamId": "twelve"}).status_code == 400
    assert admin.patch("/users/1", json={"active": "false"}).status_code == 400
    assert admin.get("/users/abc").status_code == 400
    assert admin.put("/users/1", json={}).status_code == 405


def test_no_drift_after_all(pulse_url: str) -> None:
    assert CONTROL.get(f"{pulse_url}/__mock__/drift").json() == []
