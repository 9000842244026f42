"""pytest fixtures for testing code that uses the clients, against the stateful mocks.

Installed with the `mock` extra and registered automatically (entry point `pytest11`):

    def test_my_sync(cubicasa_mock):
        client = CubiCasa(base_url=cubicasa_mock.url, **cubicasa_mock.credentials)
        ...

Each fixture is a `MockHandle` of a real HTTP server on 127.0.0.1 (a free port), started once
per test session and reset to its seeded state before every test; mark a test
`@pytest.mark.mock_keep_state` to keep what earlier tests did. `handle.transport()` gives an
in-process transport to the same mock (no socket) for fast unit tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from clientkit_mocks.handle import MockHandle

KEEP_STATE = "mock_keep_state"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{KEEP_STATE}: do not reset the mocks' state before this test")


def _session_mock(api: str) -> Iterator[MockHandle]:
    # Imported here: the plugin loads in every pytest run of a machine with this package, the mocks
    # only where a test asks for one (without the `mock` extra, the error says how to install it).
    from clientkit_mocks.handle import start  # noqa: PLC0415

    with start(api) as handle:
        yield handle


def _fresh(handle: MockHandle, request: pytest.FixtureRequest) -> MockHandle:
    if request.node.get_closest_marker(KEEP_STATE) is None:
        handle.reset()
    return handle


@pytest.fixture(scope="session")
def _clientkit_cubicasa_server() -> Iterator[MockHandle]:
    yield from _session_mock("cubicasa")


@pytest.fixture(scope="session")
def _clientkit_pulse_crm_server() -> Iterator[MockHandle]:
    yield from _session_mock("pulse_crm")


@pytest.fixture(scope="session")
def _clientkit_nuweb_server() -> Iterator[MockHandle]:
    yield from _session_mock("nuweb")


@pytest.fixture
def cubicasa_mock(_clientkit_cubicasa_server: MockHandle, request: pytest.FixtureRequest) -> MockHandle:
    """The CubiCasa mock: `CubiCasa(base_url=cubicasa_mock.url, **cubicasa_mock.credentials)`."""
    return _fresh(_clientkit_cubicasa_server, request)


@pytest.fixture
def pulse_crm_mock(_clientkit_pulse_crm_server: MockHandle, request: pytest.FixtureRequest) -> MockHandle:
    """The Pulse CRM mock: `PulseCRM(base_url=pulse_crm_mock.url, **pulse_crm_mock.credentials)`."""
    return _fresh(_clientkit_pulse_crm_server, request)


@pytest.fixture
def nuweb_mock(_clientkit_nuweb_server: MockHandle, request: pytest.FixtureRequest) -> MockHandle:
    """The NU Web mock: `NuWeb(base_url=nuweb_mock.url, **nuweb_mock.credentials)`."""
    return _fresh(_clientkit_nuweb_server, request)
