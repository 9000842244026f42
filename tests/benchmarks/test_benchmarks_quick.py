"""Keep the benchmarks from rotting: `python -m benchmarks --quick` runs every one of them once.

No timing is asserted (machines are noisy, and goals are for the full run):
only that every row of the table got a number, or says why it was skipped.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_quick_benchmark_run_gives_every_row_a_number(tmp_path: Path) -> None:
    rows_file = tmp_path / "rows.json"
    table_file = tmp_path / "results.md"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(rows_file), "--output", str(table_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    rows = json.loads(rows_file.read_text())
    assert len(rows) >= 8
    for row in rows:
        assert isinstance(row["ours"], int | float) or row["ours_note"].startswith("skipped: "), row
        if row["baseline_name"]:
            assert isinstance(row["baseline"], int | float) or row["baseline_note"].startswith("skipped: "), row
        assert row["status"] != "FAIL", "--quick never enforces goals"
    by_key = {row["key"]: row for row in rows}
    for group in ("per_call_in_process", "per_call_loopback", "parse_orders"):
        for contestant in ("", "_stock", "_pydantic", "_msgspec"):  # the honest contestants all ran
            assert isinstance(by_key[group + contestant]["ours"], int | float), by_key[group + contestant]
    for key in ("import", "import_stock", "walk_inflight", "walk_users", "generate"):
        assert isinstance(by_key[key]["ours"], int | float), by_key[key]
    table = table_file.read_text()
    assert "| benchmark | ours | baseline | ratio | goal | result |" in table
    for row in rows:
        assert row["benchmark"] in table
