"""`make demo` keeps working: run the tour against its embedded mocks and check what it reports."""

from __future__ import annotations

import pytest

from demo import cubicasa_tour, nuweb_tour, pulse_tour


def test_demo_runs_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    assert cubicasa_tour.main() == 0
    out = capsys.readouterr().out
    assert "walked every page: " in out
    assert "afterwards -> NotFoundError" in out
    assert "read-only key writing -> PermissionDeniedError" in out
    assert "starts with b'%PDF" in out
    assert "webhook received: order" in out
    assert "all absorbed by retries" in out
    assert "demo-key" not in out.replace("keys: demo-key, readonly-key", "")


def test_pulse_tour_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert pulse_tour.main() == 0
    out = capsys.readouterr().out
    assert "walked every page: " in out and "afterwards -> NotFoundError" in out
    assert "still working: " in out and "demo-secret" not in out.replace("apiKey-demo / demo-secret", "")


def test_nuweb_tour_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert nuweb_tour.main() == 0
    out = capsys.readouterr().out
    assert "roles: Super user" in out and "walked 123 users" in out
    assert "duplicate -> ValidationError: {'email'" in out
