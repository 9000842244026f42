"""The async client has the same surface as the sync one."""

from __future__ import annotations

import inspect

import httpx
import pytest

import cubicasa
from tests.overlay.fakes import FakeAPI

RESOURCES = ["users", "orders", "drafts", "change_requests", "company", "offices", "webhooks", "gotoscan"]
PAGINATED = {"list"}  # return a paginator at once, so they are plain methods in both clients
ASYNC_ONLY_PARAMETERS = {"prefetch"}


def public_methods(obj: object) -> dict[str, object]:
    return {
        name: member for name, member in inspect.getmembers(type(obj), inspect.isfunction) if not name.startswith("_")
    }


@pytest.fixture
def clients() -> tuple[cubicasa.CubiCasa, cubicasa.AsyncCubiCasa]:
    api = FakeAPI(lambda r: httpx.Response(500))
    return api.client(), api.async_client()


def resource_names(client: object) -> set[str]:
    return {name for name, value in vars(client).items() if not name.startswith("_") and hasattr(value, "_run")}


def test_both_clients_have_the_same_resources(clients: tuple[cubicasa.CubiCasa, cubicasa.AsyncCubiCasa]) -> None:
    sync, async_ = clients
    assert resource_names(sync) == resource_names(async_) == set(RESOURCES)
    assert set(cubicasa.CubiCasa.__annotations__) == set(cubicasa.AsyncCubiCasa.__annotations__)


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_sync_method_has_an_async_twin(
    resource: str, clients: tuple[cubicasa.CubiCasa, cubicasa.AsyncCubiCasa]
) -> None:
    sync_methods = public_methods(getattr(clients[0], resource))
    async_methods = public_methods(getattr(clients[1], resource))
    assert sync_methods, f"{resource} has no public methods"
    assert set(sync_methods) == set(async_methods)
    for name, sync_fn in sync_methods.items():
        async_fn = async_methods[name]
        assert not inspect.iscoroutinefunction(sync_fn), f"{resource}.{name} is async in the sync client"
        if name in PAGINATED:
            assert not inspect.iscoroutinefunction(async_fn)
        else:
            assert inspect.iscoroutinefunction(async_fn), f"async {resource}.{name} is not a coroutine function"
        sync_params = list(inspect.signature(sync_fn).parameters)
        async_params = [p for p in inspect.signature(async_fn).parameters if p not in ASYNC_ONLY_PARAMETERS]
        assert sync_params == async_params, f"{resource}.{name} parameters differ"


def test_both_clients_share_options_surface() -> None:
    for attr in ("with_options", "close", "timeout", "max_retries", "base_url", "is_closed"):
        assert hasattr(cubicasa.CubiCasa, attr)
        assert hasattr(cubicasa.AsyncCubiCasa, attr)
    assert inspect.iscoroutinefunction(cubicasa.AsyncCubiCasa.close)
