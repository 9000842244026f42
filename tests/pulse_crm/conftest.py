from __future__ import annotations

import pytest

from tests.pulse_crm.fakes import FakePulse

PULSE_ENV = (
    "PULSE_API_KEY",
    "PULSE_API_SECRET",
    "PULSE_TOKEN",
    "PULSE_ACCOUNT_ID",
    "PULSE_BASE_URL",
    "PULSE_LOG",
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_client_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests pass credentials explicitly; the developer's own environment must not leak in."""
    for name in PULSE_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake() -> FakePulse:
    return FakePulse(users=3)
