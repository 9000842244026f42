"""`PulseCRM` and `AsyncPulseCRM` offer the same methods with the same parameters."""

from __future__ import annotations

import inspect

import pytest

from pulse_crm import AsyncPulseCRM, PulseCRM
from pulse_crm.resources.auth import AsyncAuth, Auth
from pulse_crm.resources.users import AsyncUsers, Users
from tests.pulse_crm.fakes import FakePulse, async_client, sync_client


def public(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


@pytest.mark.parametrize(("sync", "async_"), [(PulseCRM, AsyncPulseCRM), (Users, AsyncUsers), (Auth, AsyncAuth)])
def test_same_public_names(sync: type, async_: type) -> None:
    assert public(sync) == public(async_)


@pytest.mark.parametrize(("sync", "async_"), [(Users, AsyncUsers), (Auth, AsyncAuth)])
def test_same_parameters_and_async_where_it_sends(sync: type, async_: type) -> None:
    for name in public(sync):
        sync_params = list(inspect.signature(getattr(sync, name)).parameters)
        async_params = list(inspect.signature(getattr(async_, name)).parameters)
        if name == "list":
            assert async_params == [*sync_params, "prefetch"]  # the one async-only knob
            assert not inspect.iscoroutinefunction(getattr(async_, name))  # returns the iterator directly
        else:
            assert async_params == sync_params, name
            assert inspect.iscoroutinefunction(getattr(async_, name)), name


def test_same_constructor_parameters() -> None:
    assert list(inspect.signature(PulseCRM).parameters) == list(inspect.signature(AsyncPulseCRM).parameters)


@pytest.mark.anyio
async def test_instances_expose_the_same_resources(fake: FakePulse) -> None:
    sync, async_ = sync_client(fake), async_client(fake)
    assert public(type(sync.users)) == public(type(async_.users))
    assert public(type(sync.auth)) == public(type(async_.auth))
    assert sync.with_account("7").account_id == async_.with_account("7").account_id == "7"
    await async_.close()
    sync.close()
