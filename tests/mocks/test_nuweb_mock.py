"""NU Web mock behaviour over real loopback HTTP (strict mode: every answer is also
checked against the spec, and the ``api`` fixture fails the test on drift)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import clientkit_mocks as mocks
from tests.mock_state import fresh_state

CONTROL = httpx.Client(timeout=10)
DEMO = {"Authorization": "Bearer demo-token", "X-NU-COMPANY-ID": "1"}
READONLY = {"Authorization": "Bearer readonly-token"}
ACTIVE, SUSPENDED = 123, 4  # seeded users of company 1
ALL = "companyUsers,roles,visibilityGroups"


class Clock:
    """A time source for the mock's rate limiter that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def nuweb_url() -> Iterator[str]:
    """One strict NU Web mock per module (rate limit off: the mock's default)."""
    with mocks.running("nuweb", strict=True) as url:
        yield url


@pytest.fixture()
def api(nuweb_url: str) -> Iterator[httpx.Client]:
    """Demo-token client for company 1 on freshly reset state; fails the test on drift."""
    with fresh_state(nuweb_url), httpx.Client(base_url=nuweb_url, headers=DEMO, timeout=5) as http:
        yield http


def _walk(api: httpx.Client, **params: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Follow ``links.next`` from page 1; returns (users, pages' bodies). Fails on a loop."""
    url: str | None = "/company/users"
    bodies: list[dict[str, Any]] = []
    query: dict[str, Any] | None = params
    while url is not None:
        answer = api.get(url, params=query)
        assert answer.status_code == 200, answer.text
        bodies.append(answer.json())
        url, query = bodies[-1]["links"]["next"], None
        assert len(bodies) < 50, "pagination loops"
    return [user for body in bodies for user in body["data"]], bodies


def _included(body: dict[str, Any]) -> dict[tuple[str, int], dict[str, Any]]:
    return {(item["type"], item["id"]): item for item in body.get("included", [])}


def _user_id(api: httpx.Client, email: str) -> int:
    return int(api.get("/company/user", params={"email": email}).json()["data"]["id"])


# -- listing and pagination ---------------------------------------------------------------------


def test_links_walk_every_active_user_once(api: httpx.Client) -> None:
    users, bodies = _walk(api, limit=25, include=ALL)
    ids = [user["id"] for user in users]
    assert len(ids) == len(set(ids)) == ACTIVE and ids == sorted(ids)
    assert len(bodies) == math.ceil(ACTIVE / 25)
    assert all(user["attributes"]["deletedAt"] is None for user in users)
    first, last = bodies[0], bodies[-1]
    assert first["links"]["prev"] is None and last["links"]["next"] is None
    assert first["links"]["last"] == last["links"]["self"] and last["links"]["self"].endswith("page=5")
    assert "limit=25" in first["links"]["next"] and "include=" in first["links"]["next"]  # query kept
    assert first["meta"] == {"total": ACTIVE, "current_page": 1, "last_page": 5, "per_page": 25, "from": 1, "to": 25}
    assert last["meta"]["from"] == 101 and last["meta"]["to"] == ACTIVE and len(last["data"]) == ACTIVE - 100


def test_page_offset_and_limit(api: httpx.Client) -> None:
    default = api.get("/company/users").json()
    assert len(default["data"]) == 25 and default["meta"]["per_page"] == 25
    third = api.get("/company/users", params={"page": 3, "limit": 10}).json()
    by_offset = api.get("/company/users", params={"offset": 20, "page": 9, "limit": 10}).json()  # offset wins
    assert [u["id"] for u in third["data"]] == [u["id"] for u in by_offset["data"]]
    assert third["links"]["prev"].endswith("page=2") and third["links"]["next"].endswith("page=4")
    capped = api.get("/company/users", params={"limit": 1000}).json()
    assert capped["meta"]["per_page"] == 100 and len(capped["data"]) == 100
    beyond = api.get("/company/users", params={"page": 50}).json()
    assert beyond["data"] == [] and beyond["links"]["next"] is None and beyond["links"]["prev"].endswith("page=49")
    assert beyond["meta"]["from"] is None and beyond["meta"]["total"] == ACTIVE


def test_bad_paging_input(api: httpx.Client) -> None:
    invalid = api.get("/company/users", params={"page": 0, "limit": -1})
    assert invalid.status_code == 422  # below the spec's minimums: Laravel's validation error
    assert invalid.json() == {
        "message": "The given data was invalid.",
        "errors": {"page": ["The page must be at least 1."], "limit": ["The limit must be at least 1."]},
    }
    wrong_type = api.get("/company/users", params={"page": "two"})
    assert wrong_type.status_code == 400
    assert wrong_type.json()["errors"] == {"page": ["The page must be an integer."]}
    assert api.get("/company/users", params={"sort": "name"}).status_code == 400  # undeclared parameter


def test_included_resources_resolve_every_relationship(api: httpx.Client) -> None:
    body = api.get("/company/users", params={"limit": 40, "include": ALL}).json()
    included = _included(body)
    assert len(included) == len(body["included"])  # no duplicates
    for user in body["data"]:
        for name, relation in user["relationships"].items():
            for ref in relation["data"]:
                assert (ref["type"], ref["id"]) in included, (name, ref)
    membership = next(item for item in body["included"] if item["type"] == "companyUsers")
    assert "atributes" in membership and "attributes" not in membership  # the vendor's typo
    assert set(membership["atributes"]) >= {"isSelected", "locale", "acceptedTermsAt", "deletedAt"}
    role = next(item for item in body["included"] if item["type"] == "roles")
    assert set(role["attributes"]) == {"title", "createdAt", "updatedAt"}  # timestamps: the vendor's changelog
    only_roles = api.get("/company/users", params={"include": "roles"}).json()
    assert {item["type"] for item in only_roles["included"]} == {"roles"}
    assert "included" not in api.get("/company/users").json()
    unknown = api.get("/company/users", params={"include": "roles,permissions"})
    assert unknown.status_code == 422  # outside the spec's enum: a Laravel `in:` rule
    assert unknown.json()["errors"] == {"include.1": ["The selected include.1 is invalid."]}
    assert "included" not in api.get("/company/users", params={"include": ""}).json()


def test_only_and_except_trim_attributes(api: httpx.Client) -> None:
    only = api.get("/company/user", params={"id": 1, "only": "users.email,roles.title", "include": "roles"}).json()
    assert only["data"]["attributes"] == {"email": "john.doe@example.com"}
    assert only["included"] == [{"type": "roles", "id": 1, "attributes": {"title": "Super user"}}]
    skip = api.get("/company/user", params={"id": 1, "except": "users.phone,phoneCode"}).json()
    assert "phone" not in skip["data"]["attributes"] and "phoneCode" not in skip["data"]["attributes"]
    # Both naming `users`: the vendor says not to and does not say what happens; `only`, then `except`.
    clash = api.get("/company/user", params={"id": 1, "only": "users.email,users.name", "except": "users.name"})
    assert clash.json()["data"]["attributes"] == {"email": "john.doe@example.com"}


def test_documented_example_user_is_seeded(api: httpx.Client) -> None:
    john = api.get("/company/user", params={"email": "JOHN.DOE@example.com", "include": ALL}).json()
    assert john["data"]["id"] == 1
    attributes = john["data"]["attributes"]
    assert (attributes["name"], attributes["phone"], attributes["phoneCode"]) == ("John Doe", "07123456789", "44")
    assert attributes["createdAt"] == "2021-11-22T11:59:00.000000Z"
    group = _included(john)[("visibilityGroups", 1)]
    assert group["attributes"]["name"] == "Bristol Group"


def test_same_seed_same_data_other_seed_other_data() -> None:
    def first_page(seed: int) -> Any:
        with mocks.running("nuweb", seed=seed) as url:
            return CONTROL.get(f"{url}/company/users", headers=DEMO, params={"include": ALL}).json()["data"]

    assert first_page(5) == first_page(5)
    assert first_page(5) != first_page(6)


# -- authentication and companies ---------------------------------------------------------------


def test_tokens_decide_401_and_403(api: httpx.Client) -> None:
    missing = api.get("/company/users", headers={"Authorization": ""})
    assert missing.status_code == 401 and missing.json() == {"message": "Unauthenticated."}
    assert api.get("/company/users", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert api.get("/company/users", headers={"Authorization": "Basic ZGVtbzpkZW1v"}).status_code == 401
    assert api.get("/company/users", headers=READONLY).status_code == 200
    denied = api.post("/company/users", headers=READONLY, json={"name": "X", "email": "x@example.com"})
    assert denied.status_code == 403 and denied.json() == {"message": "This action is unauthorized."}
    assert api.delete("/company/users", params={"id": 5}, headers=READONLY).status_code == 403


def test_login_issues_working_tokens(api: httpx.Client) -> None:
    answer = api.post("/login", json={"email": "Demo@Example.com", "password": "demo-password", "device_name": "t"})
    assert answer.status_code == 200
    token = answer.json()["token"]
    assert token not in ("demo-token", "readonly-token")
    fresh = {"Authorization": f"Bearer {token}"}
    assert api.post("/company/users", headers=fresh, json={"name": "Ada", "email": "ada@example.com"}).is_success
    readonly = api.post(
        "/login", json={"email": "readonly@example.com", "password": "readonly-password", "device_name": "t"}
    ).json()["token"]
    denied = api.post("/company/users", headers={"Authorization": f"Bearer {readonly}"}, json={"name": "B"})
    assert denied.status_code == 403


def test_login_failures_are_422(api: httpx.Client) -> None:
    wrong = api.post("/login", json={"email": "demo@example.com", "password": "guess", "device_name": "t"})
    assert wrong.status_code == 422
    assert wrong.json()["errors"] == {"email": ["The provided credentials are incorrect."]}
    empty = api.post("/login", json={"email": "demo@example.com", "password": " "})
    assert empty.status_code == 422  # the spec requires all three, none blank
    assert empty.json()["errors"] == {
        "password": ["The password field is required."],
        "device_name": ["The device name field is required."],
    }
    assert api.post("/login", content=b"{", headers={"content-type": "application/json"}).status_code == 400


def test_company_header_selects_the_tenant(api: httpx.Client, nuweb_url: str) -> None:
    implicit = api.get("/company/users", headers={"X-NU-COMPANY-ID": ""}, params={"limit": 1})
    assert implicit.status_code == 400  # present but empty: not an integer
    selected = CONTROL.get(f"{nuweb_url}/company/users", headers={"Authorization": "Bearer demo-token"}).json()
    assert selected["meta"]["total"] == ACTIVE  # no header: the token user's selected company (1)
    festival = api.get("/company/users", headers={"X-NU-COMPANY-ID": "2"}, params={"limit": 100}).json()
    assert 0 < festival["meta"]["total"] < 40
    emails = {user["attributes"]["email"] for user in festival["data"]}
    assert "demo@example.com" in emails and any(e.endswith("bristol-tickets.example") for e in emails)
    expired = api.get("/company/users", headers={"X-NU-COMPANY-ID": "3"})
    assert expired.status_code == 403 and "trial" in expired.json()["message"]
    assert api.get("/company/users", headers={"X-NU-COMPANY-ID": "99"}).status_code == 404
    outsider = api.get("/company/users", headers={**READONLY, "X-NU-COMPANY-ID": "2"})
    assert outsider.status_code == 403


def test_membership_is_per_company(api: httpx.Client) -> None:
    shared = next(
        user
        for user in api.get("/company/users", headers={"X-NU-COMPANY-ID": "2"}, params={"limit": 100}).json()["data"]
        if user["attributes"]["email"].endswith("bristol-tickets.example")
    )
    assert api.delete("/company/users", params={"id": shared["id"]}).status_code == 200  # company 1 only
    assert api.get("/company/user", params={"id": shared["id"]}).status_code == 404
    in_festival = api.get("/company/user", params={"id": shared["id"]}, headers={"X-NU-COMPANY-ID": "2"})
    assert in_festival.status_code == 200 and in_festival.json()["data"]["attributes"]["deletedAt"] is None


# -- create, update, suspend, restore -----------------------------------------------------------


def test_user_lifecycle(api: httpx.Client) -> None:
    created = api.post("/company/users", json={"name": " Ada Lovelace ", "email": "ada@example.com"})
    assert created.status_code == 200
    document = created.json()
    user_id = document["data"]["id"]
    assert document["data"]["attributes"]["name"] == "Ada Lovelace"
    assert "phone_code" in document["data"]["attributes"]  # the create answer's spelling
    assert set(document["data"]["relationships"]) == {"companyUsers", "visibilityGroups"}
    assert all("atributes" in item for item in document["included"])  # as in the vendor's create example

    fetched = api.get("/company/user", params={"id": user_id, "include": ALL}).json()
    roles = [item["attributes"]["title"] for item in fetched["included"] if item["type"] == "roles"]
    assert roles == ["Box office"]  # the company's default role for later users
    assert fetched["data"]["attributes"]["deletedAt"] is None

    updated = api.post(
        "/company/users/update",
        json={"id": user_id, "name": "Ada King", "roles": [3, 4], "visibilityGroups": [2], "acceptedTerms": True},
    )
    assert updated.status_code == 200
    body = updated.json()
    assert body["data"]["attributes"]["name"] == "Ada King"
    assert [ref["id"] for ref in body["data"]["relationships"]["roles"]["data"]] == [3, 4]
    membership = _included(body)[("companyUsers", body["data"]["relationships"]["companyUsers"]["data"][0]["id"])]
    assert membership["atributes"]["acceptedTermsAt"] is not None
    assert api.post("/company/users/update", json={"id": user_id}).status_code == 200  # nothing to change

    total = api.get("/company/users").json()["meta"]["total"]
    suspended = api.delete("/company/users", params={"id": user_id})
    assert suspended.json() == {"message": "User 'Ada King' suspended successfully!"}
    assert api.get("/company/user", params={"id": user_id}).status_code == 404
    assert api.get("/company/users").json()["meta"]["total"] == total - 1
    trashed = api.get("/company/user", params={"id": user_id, "withTrashed": "true"}).json()
    assert trashed["data"]["attributes"]["deletedAt"] is not None
    listed = api.get("/company/users", params={"withTrashed": "true", "limit": 100, "page": 2}).json()
    assert listed["meta"]["total"] == total + SUSPENDED
    assert user_id in {user["id"] for user in listed["data"]}
    assert api.delete("/company/users", params={"id": user_id}).status_code == 404  # already suspended
    assert api.post("/company/users/update", json={"id": user_id, "name": "X"}).status_code == 404

    restored = api.post("/company/users/restore", params={"email": "ada@example.com"})
    assert restored.json() == {"message": "User 'Ada King' restored succeessfully!"}
    assert api.get("/company/user", params={"id": user_id}).json()["data"]["attributes"]["deletedAt"] is None
    assert api.get("/company/users").json()["meta"]["total"] == total


def test_create_validation(api: httpx.Client) -> None:
    empty = api.post("/company/users", json={})
    assert empty.status_code == 422  # the spec requires name and email
    assert empty.json() == {
        "message": "The given data was invalid.",
        "errors": {"name": ["The name field is required."], "email": ["The email field is required."]},
    }
    bad = api.post("/company/users", json={"name": "  ", "email": "not-an-email", "password": "short"})
    assert bad.status_code == 422  # the spec's pattern, format and minLength
    assert bad.json()["errors"] == {
        "name": ["The name field is required."],
        "email": ["The email must be a valid email address."],
        "password": ["The password must be at least 8 characters."],
    }
    long = api.post("/company/users", json={"name": "x" * 256, "email": "long@example.com"}).json()
    assert long["errors"] == {"name": ["The name must not be greater than 255 characters."]}
    taken = api.post("/company/users", json={"name": "John", "email": "John.Doe@example.com"})
    assert taken.status_code == 422 and taken.json()["errors"] == {"email": ["The email has already been taken."]}
    wrong_type = api.post("/company/users", json={"name": 7, "email": "x@example.com", "registrationSource": "fax"})
    assert wrong_type.status_code == 400
    assert wrong_type.json()["errors"] == {
        "name": ["The name must be a string."],
        "registrationSource": ["The selected registrationSource is invalid."],
    }


def test_existing_account_is_attached_not_duplicated(api: httpx.Client) -> None:
    festival = api.get("/company/users", headers={"X-NU-COMPANY-ID": "2"}, params={"limit": 100}).json()["data"]
    own = next(user for user in festival if user["attributes"]["email"].endswith("bath-festival.example"))
    email = own["attributes"]["email"]
    attached = api.post("/company/users", json={"name": "Someone Else", "email": email.upper()})
    assert attached.status_code == 200
    assert attached.json()["data"]["id"] == own["id"]
    assert attached.json()["data"]["attributes"]["name"] == own["attributes"]["name"]  # the account is kept


def test_update_rules(api: httpx.Client) -> None:
    no_id = api.post("/company/users/update", json={"name": "X"})
    assert no_id.status_code == 422 and no_id.json()["errors"] == {"id": ["The id field is required."]}
    assert api.post("/company/users/update", json={"id": 999_999, "name": "X"}).status_code == 404
    invalid = api.post("/company/users/update", json={"id": 1, "roles": [1, 5], "email": "demo@example.com"})
    assert invalid.status_code == 422
    assert invalid.json()["errors"] == {
        "email": ["The email has already been taken."],
        "roles.1": ["The selected roles.1 is invalid."],  # role 5 belongs to another company
    }
    demo_id = _user_id(api, "demo@example.com")
    own = api.post("/company/users/update", json={"id": demo_id, "roles": [2]})
    assert own.status_code == 403  # nobody changes their own roles
    assert api.post("/company/users/update", json={"id": demo_id, "name": "Demo"}).status_code == 200


def test_selecting_a_user(api: httpx.Client) -> None:
    neither = api.get("/company/user")  # the spec's x-any-of-parameters: [[id], [email]]
    assert neither.status_code == 422
    assert neither.json()["errors"] == {
        "id": ["The id field is required when email is not present."],
        "email": ["The email field is required when id is not present."],
    }
    assert api.delete("/company/users", params={"withTrashed": "true"}).status_code == 400  # not its parameter
    assert api.post("/company/users/restore").status_code == 422
    assert api.get("/company/user", params={"email": "nobody@example.com"}).status_code == 404
    assert api.post("/company/users/restore", params={"id": 999_999}).status_code == 404
    assert api.post("/company/users/restore", params={"id": 1}).status_code == 200  # not suspended: no-op
    own = api.delete("/company/users", params={"email": "demo@example.com"})
    assert own.status_code == 403


# -- rate limit ---------------------------------------------------------------------------------


def test_rate_limit_is_off_by_default(api: httpx.Client) -> None:
    answers = [api.get("/company/user", params={"id": 1}) for _ in range(70)]
    assert {answer.status_code for answer in answers} == {200}
    assert "x-remaining-requests" not in answers[-1].headers
    assert answers[-1].headers["content-language"] == "en"
    assert float(answers[-1].headers["x-runtime"]) >= 0


def test_rate_limit_per_company_rolling_window() -> None:
    clock = Clock()
    with mocks.running("nuweb", rate_limit_per_minute=3, clock=clock) as url, httpx.Client(base_url=url) as http:

        def call(company: str = "1") -> httpx.Response:
            return http.get("/company/user", params={"id": 2}, headers={**DEMO, "X-NU-COMPANY-ID": company})  # demo

        seen = []
        for step in (0.0, 30.0, 15.0):  # requests at t=1000, 1030, 1045
            clock.now += step
            seen.append(call())
        assert [r.headers["x-remaining-requests"] for r in seen] == ["2", "1", "0"]
        assert {r.headers["x-available-in-seconds"] for r in seen} == {"60"}
        limited = call()
        assert limited.status_code == 429 and limited.json() == {"message": "Too Many Attempts."}
        assert limited.headers["retry-after"] == "15"  # the t=1000 request leaves the window at t=1060
        assert limited.headers["x-remaining-requests"] == "0"
        assert call("2").status_code == 200  # another company has its own quota
        clock.now = 1060.0
        assert call().headers["x-remaining-requests"] == "0"  # one slot freed, taken again
        assert call().status_code == 429  # rejected requests do not count
        clock.now = 1120.0
        assert call().headers["x-remaining-requests"] == "2"
        login = {"email": "demo@example.com", "password": "demo-password", "device_name": "t"}
        assert http.post("/login", json=login, headers={"X-NU-COMPANY-ID": "1"}).status_code == 200  # counts too
        assert call().headers["x-remaining-requests"] == "0"
        assert CONTROL.get(f"{url}/__mock__/drift").json() == []
