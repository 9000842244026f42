"""The benchmark report's arithmetic: per-block ratios, subtracted start-up, per-contestant offsets.

Synthetic measurements only; nothing is timed here.
"""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks.report import ROWS, compute, table


def bench(seconds: float, **extra: Any) -> dict[str, Any]:
    """A block whose fastest round took `seconds` (its median round, slowed by preemption, is 3x that)."""
    return {"stats": {"min": seconds, "median": 3 * seconds}, "extra_info": extra}


def by_key(measurements: dict[str, Any], outcomes: dict[tuple[str, str], str] | None = None) -> dict[str, Any]:
    return {r.row.key: r for r in compute(measurements, outcomes or {})}


def test_ratio_is_the_median_of_per_block_ratios() -> None:
    runs = {
        "per_call_in_process": {
            "ours": {0: bench(1.2), 1: bench(3.0), 2: bench(1.1)},
            "raw_httpx": {0: bench(1.0), 1: bench(2.0), 2: bench(1.0)},
        }
    }
    result = by_key(runs)["per_call_in_process"]
    assert result.ratio == pytest.approx(1.2)  # blocks: 1.2, 1.5, 1.1
    assert result.ours == pytest.approx(1.2) and result.baseline == pytest.approx(1.0)
    assert result.status(enforce=True) == "FAIL"  # goal <= 1.10x


def test_a_blocks_time_is_its_fastest_round() -> None:
    slowed = {"stats": {"min": 1.0, "median": 9.0}, "extra_info": {}}
    runs = {"per_call_in_process": {"ours": {0: slowed}, "raw_httpx": {0: bench(1.0)}}}
    assert by_key(runs)["per_call_in_process"].ratio == pytest.approx(1.0)


def test_parse_rows_subtract_each_contestants_own_empty_page() -> None:
    runs = {
        "parse_orders": {
            "ours": {0: bench(5.0)},
            "ours@empty": {0: bench(1.0)},
            "json_loads": {0: bench(3.0)},
            "json_loads@empty": {0: bench(0.5)},
            "msgspec": {0: bench(1.5)},
            "msgspec@empty": {0: bench(0.5)},
        }
    }
    results = by_key(runs)
    assert results["parse_orders"].ours == pytest.approx(4.0)
    assert results["parse_orders"].baseline == pytest.approx(2.5)
    assert results["parse_orders"].ratio == pytest.approx(1.6)
    assert results["parse_orders_msgspec"].ratio == pytest.approx(0.4)
    assert results["parse_orders_stock"].ours is None  # not measured: no number, and no crash


def test_import_row_subtracts_interpreter_start_up_and_the_reference_row_does_not() -> None:
    runs = {
        "import": {
            "ours": {0: bench(0.25)},
            "raw_httpx": {0: bench(0.15)},
            "interpreter": {0: bench(0.05)},
        }
    }
    results = by_key(runs)
    assert results["import"].ratio == pytest.approx(2.0)
    assert results["import_whole_process"].ratio == pytest.approx(0.25 / 0.15)


def test_skipped_contestant_shows_its_reason() -> None:
    runs = {"per_call_in_process": {"raw_httpx": {0: bench(1.0)}}}
    outcomes = {("per_call_in_process", "stock"): "skipped: stock openapi-python-client output unavailable: x"}
    results = by_key(runs, outcomes)
    rendered = table(list(results.values()), enforce=True)
    assert "stock: skipped: stock openapi-python-client output unavailable: x" in rendered


def test_every_goal_of_the_speed_issue_has_a_row() -> None:
    goals = {row.key: (row.goal.metric, row.goal.op, row.goal.bound) for row in ROWS if row.goal is not None}
    assert goals["per_call_in_process"] == ("ratio", "<=", 1.10)
    assert goals["per_call_loopback"] == ("ratio", "<=", 1.05)
    assert goals["parse_orders"] == ("ratio", "<=", 1.0)
    assert goals["import"] == ("ratio", "<=", 1.3)
    assert goals["walk_inflight"] == ("ratio", "<=", 1.05)
    assert goals["mock_throughput"] == ("ratio", ">=", 2.0)
    assert goals["generate"] == ("ours", "<=", 5.0)
    for group in ("per_call_in_process", "per_call_loopback", "parse_orders"):
        assert {row.ours for row in ROWS if row.group == group} == {"ours", "stock", "pydantic", "msgspec"}
