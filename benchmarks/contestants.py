"""The contestants of the per-call and parse benchmarks: one `GET` of a page, turned into Python objects.

Each contestant gets its own client, built the way its users build it, on its own
transport (an `httpx.MockTransport` answering canned bytes, or the default transport
against the mock over loopback), and sends the same `GET` with the same api key:

- `ours`: `CubiCasa(api_key=..., base_url=..., transport=...)`, then
  `client.users.list_page(limit=...)` / `client.orders.list_page(limit=...)`; the public
  API only, default options (timeouts, retries), returns the generated attrs models.
- `stock`: the stock openapi-python-client output of the same spec (benchmarks/stock.py):
  `AuthenticatedClient(base_url=..., token=..., prefix="", auth_header_name="api-key",
  httpx_args={"transport": ...})`, then `list_users.sync(client=..., limit=..., offset=0)`.
- `pydantic`: `httpx.Client(base_url=..., headers={"api-key": ...})`, `get`,
  `raise_for_status()`, `TypeAdapter(PaginatedX).validate_json(response.content)`
  (pydantic's defaults, from bytes; benchmarks/equivalents.py).
- `msgspec`: the same httpx call, `msgspec.json.Decoder(PaginatedX).decode(response.content)`:
  the physical limit of typed decoding in Python.
- `raw_httpx`: the same httpx call, `json.loads(response.content)`: no models at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

import httpx

from benchmarks import stock
from benchmarks.config import API_KEY
from benchmarks.equivalents import MS_ORDERS, MS_USERS, PD_ORDERS, PD_USERS
from cubicasa import CubiCasa

CONTESTANTS = ("ours", "stock", "pydantic", "msgspec", "raw_httpx")
TransportFactory = Callable[[], httpx.BaseTransport | None]
Runner = Callable[[], Any]


def items_of(result: Any) -> int:
    """How many items a contestant's answer holds (checked once, outside the timing)."""
    return len(result["items"] if isinstance(result, dict) else result.items)


def canned(body: bytes) -> TransportFactory:
    """A fresh MockTransport per client, each answering `body` to every request."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return lambda: httpx.MockTransport(answer)


class PageCallers:
    """Every contestant's client for one base URL and transport, and a runner per contestant.

    `runners[name]()` fetches one page of `resource` ("users" or "orders") with `limit`.
    A contestant that cannot run here (the stock client failed to generate) is left out
    of `runners` and its reason is in `missing[name]`.
    """

    def __init__(self, base_url: str, transport: TransportFactory, resource: str, limit: int) -> None:
        self._stack = ExitStack()
        self.runners: dict[str, Runner] = {}
        self.missing: dict[str, str] = {}
        path = f"/{resource}"
        params = {"offset": 0, "limit": limit}

        ours = self._stack.enter_context(CubiCasa(api_key=API_KEY, base_url=base_url, transport=transport()))
        ours_resource = getattr(ours, resource)
        self.runners["ours"] = lambda: ours_resource.list_page(offset=0, limit=limit)

        try:
            self.runners["stock"] = self._stock(base_url, transport, resource, limit)
        except (stock.StockUnavailableError, ImportError) as exc:
            self.missing["stock"] = f"stock openapi-python-client output unavailable: {exc}"

        def plain_client() -> httpx.Client:
            client = httpx.Client(base_url=base_url, headers={"api-key": API_KEY}, transport=transport())
            return self._stack.enter_context(client)

        pd_client, ms_client, raw_client = plain_client(), plain_client(), plain_client()
        pd_adapter = PD_USERS if resource == "users" else PD_ORDERS
        ms_decoder = MS_USERS if resource == "users" else MS_ORDERS

        def run_pydantic() -> Any:
            response = pd_client.get(path, params=params)
            response.raise_for_status()
            return pd_adapter.validate_json(response.content)

        def run_msgspec() -> Any:
            response = ms_client.get(path, params=params)
            response.raise_for_status()
            return ms_decoder.decode(response.content)

        def run_raw() -> Any:
            response = raw_client.get(path, params=params)
            response.raise_for_status()
            return json.loads(response.content)

        self.runners.update(pydantic=run_pydantic, msgspec=run_msgspec, raw_httpx=run_raw)

    def _stock(self, base_url: str, transport: TransportFactory, resource: str, limit: int) -> Runner:
        stock.import_path()
        from stock_cubicasa_client import AuthenticatedClient  # noqa: PLC0415 -- generated at bench time
        from stock_cubicasa_client.api.orders import list_orders  # noqa: PLC0415
        from stock_cubicasa_client.api.users import list_users  # noqa: PLC0415

        client = AuthenticatedClient(
            base_url=base_url,
            token=API_KEY,
            prefix="",
            auth_header_name="api-key",
            httpx_args={"transport": transport()},
        )
        self._stack.enter_context(client)
        operation = list_users if resource == "users" else list_orders
        return lambda: operation.sync(client=client, limit=limit, offset=0)

    def warm(self, expected_items: int) -> None:
        """Run every contestant once (connect, fill caches) and check it got the whole page."""
        for name, run in self.runners.items():
            got = items_of(run())
            if got != expected_items:
                raise AssertionError(f"{name} read {got} items, expected {expected_items}")

    def close(self) -> None:
        self._stack.close()
