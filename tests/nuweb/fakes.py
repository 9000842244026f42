"""In-process fakes of the NU Web API: JSON:API bodies, a request recorder, clients on `httpx.MockTransport`."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import httpx

import nuweb
from tests import clock
from tests.overlay.fakes import snapshot

TOKEN = "nu-test-T0KEN-5e8d2c41b9a7"
COMPANY_ID = 42
BASE_URL = "https://api.nuweb.test/v1"
STAMP = "2021-11-22T11:59:00.000000Z"

Handler = Callable[[httpx.Request], httpx.Response]


class FakeClock(clock.FakeClock):
    """The shared fake clock, with a NU Web limiter on it."""

    def limiter(self, per_minute: int = 60) -> nuweb.RateLimiter:
        return nuweb.RateLimiter(per_minute, clock=self, sleep=self.sleep, async_sleep=self.async_sleep)


def user_resource(i: int, **attributes: Any) -> dict[str, Any]:
    attrs = {
        "name": f"User {i}",
        "email": f"user{i}@example.com",
        "phone": "07123456789",
        "phoneCode": "44",
        "createdAt": STAMP,
        "updatedAt": STAMP,
        "deletedAt": None,
        **attributes,
    }
    return {
        "type": "users",
        "id": i,
        "attributes": attrs,
        "relationships": {
            "companyUsers": {"data": [{"type": "companyUsers", "id": 100 + i}]},
            "roles": {"data": [{"type": "roles", "id": 1}, {"type": "roles", "id": 2}]},
            "visibilityGroups": {"data": [{"type": "visibilityGroups", "id": 7}]},
        },
    }


def included_for(i: int) -> list[dict[str, Any]]:
    """The vendor's own shape: `companyUsers` spelled `atributes`, the others `attributes`."""
    return [
        {
            "type": "companyUsers",
            "id": 100 + i,
            "atributes": {
                "isSelected": True,
                "locale": "en",
                "acceptedTermsAt": STAMP,
                "acceptedPrivacyAt": None,
                "acceptedEmailOptInAt": None,
                "createdAt": STAMP,
                "updatedAt": STAMP,
                "deletedAt": None,
            },
        },
        {"type": "roles", "id": 1, "attributes": {"title": "Super user"}},
        {"type": "roles", "id": 2, "attributes": {"title": "Box office"}},
        {"type": "visibilityGroups", "id": 7, "attributes": {"name": "Bristol Group", "createdAt": STAMP}},
    ]


def document(i: int = 1, **attributes: Any) -> dict[str, Any]:
    return {"data": user_resource(i, **attributes), "included": included_for(i)}


def list_body(
    ids: Sequence[int], *, page: int, last_page: int | None, total: int | None = None, links: bool = True
) -> dict[str, Any]:
    """One page; `links.next` is null on `last_page` (Laravel's paginator)."""
    included: dict[tuple[str, int], dict[str, Any]] = {}
    for i in ids:
        for item in included_for(i):
            included.setdefault((item["type"], item["id"]), item)
    body: dict[str, Any] = {"data": [user_resource(i) for i in ids], "included": list(included.values())}
    if links:
        url = f"{BASE_URL}/company/users?page="
        body["links"] = {
            "first": f"{url}1",
            "last": f"{url}{last_page or page}",
            "prev": f"{url}{page - 1}" if page > 1 else None,
            "next": None if page == last_page else f"{url}{page + 1}",
            "self": f"{url}{page}",
        }
    if total is not None:
        body["meta"] = {"total": total}
    return body


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


class Recorder:
    """Wraps a handler; keeps every request (with its body read) for assertions."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(snapshot(request))
        return self._handler(request)

    @property
    def pages(self) -> list[int]:
        return [int(r.url.params["page"]) for r in self.requests if "page" in r.url.params]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def replies(*responses: httpx.Response) -> Recorder:
    """A handler answering with `responses` in turn (the last one repeats)."""
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    return Recorder(handler)


def make_client(handler: Handler, **options: Any) -> nuweb.NuWeb:
    options.setdefault("company_id", COMPANY_ID)
    options.setdefault("base_url", BASE_URL)
    return nuweb.NuWeb(options.pop("token", TOKEN), transport=httpx.MockTransport(handler), **options)


def make_async_client(handler: Handler, **options: Any) -> nuweb.AsyncNuWeb:
    options.setdefault("company_id", COMPANY_ID)
    options.setdefault("base_url", BASE_URL)
    return nuweb.AsyncNuWeb(options.pop("token", TOKEN), transport=httpx.MockTransport(handler), **options)
