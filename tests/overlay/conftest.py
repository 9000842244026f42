from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_client_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests pass key and URL explicitly; the developer's own environment must not leak in."""
    for name in ("CUBICASA_API_KEY", "CUBICASA_BASE_URL", "CUBICASA_LOG"):
        monkeypatch.delenv(name, raising=False)
