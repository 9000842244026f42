"""`make contract-live` against our own mock: read-only by default, and it reports real mismatches."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import clientkit_mocks as mocks
from tools import contract_live


def _run(url: str, monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    monkeypatch.setenv("API_KEY", "demo-key")
    return contract_live.main(
        ["--api", "cubicasa", "--url", url, "--max-examples", "2", "--rate-limit", "200/s", *extra]
    )


def test_a_spec_conforming_server_passes_and_gets_no_writes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with mocks.running("cubicasa") as url:
        assert _run(url, monkeypatch) == 0
        stats = httpx.get(f"{url}/__mock__/stats").json()
    assert stats["writes"] == {}
    assert all(key.split()[0].startswith(("get_", "list_")) for key in stats["statuses"])
    out = capsys.readouterr().out
    assert "read-only (GET)" in out and "0 mismatch(es)" in out
    assert "demo-key" not in out


def test_a_drifting_server_is_reported(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    app = mocks.create_app("cubicasa", strict=False)

    def wrong_users(_: Any) -> dict[str, Any]:
        return {"pagination": {"has_more": "maybe"}, "items": [{"id": 7}]}

    app.state.engine.replace_handler("list_users", wrong_users)
    with mocks.serve(app) as url:
        assert _run(url, monkeypatch) == 1
    out = capsys.readouterr().out
    assert "list_users" in out or "/users" in out
    assert "mismatch(es) between the live API and our spec" in out


def test_missing_credentials_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("API_KEY", raising=False)
    with pytest.raises(SystemExit, match="set API_KEY"):
        contract_live.main(["--api", "cubicasa", "--url", "http://127.0.0.1:9"])
