"""pytest plumbing of the benchmark run (not part of `pytest tests`).

Records skipped and failed benchmarks for the runner (pytest-benchmark's JSON
only lists the ones that produced numbers), and provides the servers.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest

from benchmarks.config import Sizes, sizes
from benchmarks.servers import mock_process

OUTCOMES_ENV = "BENCH_OUTCOMES"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    path = os.environ.get(OUTCOMES_ENV)
    if not path or report.passed or (report.when != "call" and not report.skipped and not report.failed):
        return
    marker = item.get_closest_marker("benchmark")
    callspec = getattr(item, "callspec", None)
    if report.skipped:
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        reason = reason.removeprefix("Skipped: ")
    else:
        crash = getattr(report.longrepr, "reprcrash", None)
        reason = crash.message if crash is not None else str(report.longrepr)[-500:]
    record = {
        "group": marker.kwargs.get("group") if marker else None,
        "contestant": callspec.params.get("contestant") if callspec else None,
        "outcome": "skipped" if report.skipped else "failed",
        "reason": reason.strip().splitlines()[0][:300] if reason.strip() else "",
        "nodeid": item.nodeid,
    }
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")


@pytest.fixture(scope="session")
def bench_sizes() -> Sizes:
    return sizes()


@pytest.fixture(scope="session")
def mock_url() -> Iterator[str]:
    """The CubiCasa mock (default data, no latency, not strict) in its own process."""
    with mock_process() as url:
        yield url
