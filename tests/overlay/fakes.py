"""In-process fakes of the CubiCasa API: canned bodies, paged handlers and clients on `httpx.MockTransport`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import httpx

import cubicasa

API_KEY = "ck-test-S3CRET-7c1f0a9e2b5d"
BASE_URL = "https://api.test/api/integrate/v3"
ORDER_ID = "312babc6-e742-4d54-ac49-e0f7b16ec15a"
USER_ID = "8b8a99d2-737d-4681-bc16-7ffee5c61fe2"

Handler = Callable[[httpx.Request], httpx.Response]


def uid(i: int) -> str:
    return str(uuid.UUID(int=i + 1))


def user_json(i: int, **overrides: Any) -> dict[str, Any]:
    body = {
        "id": uid(i),
        "email": f"user{i}@example.com",
        "name": f"Name{i}",
        "surname": "Doe",
        "role": "Manager" if i % 2 else "User",
        "email_confirmed": i % 2 == 0,
        "created_at": 1748553783.0,
    }
    return {**body, **overrides}


def order_json(i: int, status: str = "Ready", **overrides: Any) -> dict[str, Any]:
    body = {
        "id": uid(1000 + i),
        "info": {
            "status": status,
            "created_by": "manager@example.com",
            "location": f"{i} North Washington Avenue",
            "created_at": 1716238626.904049,
            "external_id": f"EXT{i:05d}",
            "order_type": "vbim",
        },
    }
    return {**body, **overrides}


def page(items: Sequence[Any], *, has_more: bool, next_offset: int | None = None, limit: int = 20) -> dict[str, Any]:
    pagination: dict[str, Any] = {"has_more": has_more, "limit": limit, "next_offset": next_offset}
    return {"pagination": pagination, "items": list(items)}


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def offset_of(request: httpx.Request) -> int:
    return int(request.url.params.get("offset", "0"))


def paged(pages: Mapping[int, dict[str, Any]], *, beyond: dict[str, Any] | None = None) -> Handler:
    """Serve `pages[offset]` for a list call; an offset with no page gets `beyond` (default: a 404)."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = pages.get(offset_of(request), beyond)
        if body is None:
            return json_response(404, {"message": f"no page at offset {offset_of(request)}"})
        return json_response(200, body)

    return handler


def sequential_users(total: int, page_size: int = 20) -> Handler:
    """`total` users served `limit` at a time, next_offset = offset + limit, empty page beyond the end."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = offset_of(request)
        limit = int(request.url.params.get("limit", str(page_size)))
        items = [user_json(i) for i in range(offset, min(offset + limit, total))]
        more = offset + limit < total
        return json_response(200, page(items, has_more=more, next_offset=offset + limit if more else None))

    return handler


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy of `request` as it was sent: the client strips credentials from the original afterwards."""
    return httpx.Request(
        request.method,
        request.url,
        headers=request.headers.copy(),
        content=request.read(),
        extensions=request.extensions,
    )


class FakeAPI:
    """A MockTransport handler that records every request and the sleeps the engine would have taken."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(snapshot(request))
        return self.handler(request)

    @property
    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)

    def client(self, **options: Any) -> cubicasa.CubiCasa:
        client = cubicasa.CubiCasa(API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(self), **options)
        client._sleep = self.sleeps.append
        return client

    def async_client(self, **options: Any) -> cubicasa.AsyncCubiCasa:
        client = cubicasa.AsyncCubiCasa(API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(self), **options)

        async def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        client._sleep = sleep
        return client
