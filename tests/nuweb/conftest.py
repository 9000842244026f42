from __future__ import annotations

import pytest

from tests.nuweb.fakes import FakeClock


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_client_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests pass token, company and URL explicitly; the developer's own environment must not leak in."""
    for name in ("NUWEB_TOKEN", "NUWEB_COMPANY_ID", "NUWEB_BASE_URL", "NUWEB_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
