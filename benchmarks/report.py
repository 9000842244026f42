"""Turn pytest-benchmark's JSON (plus skipped/failed records) into the results table.

A row compares `ours` with `baseline` within each interleaved block, so every
ratio is taken between measurements made next to each other; the row shows the
median over blocks of the per-block ratio and of each contestant's per-block time.

A contestant's time in a block is its fastest round there (pytest-benchmark's `min`).
On a 2-core machine shared with other work, a round during which the process is
preempted takes several times as long, and the longer a call, the likelier that is:
a block's median round then penalises whichever contestant is slower per call (seen
here: one block put the stock client's 100-order parse at 12.9x json.loads, against
5.2-5.8x in every other block and run). The fastest round is the cost of the work
itself, and CPython's frequent young-generation collections happen inside every round
of these benchmarks, so they are still counted.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LOWER_IS_BETTER = {"µs", "ms", "s", "MiB"}
SCALE = {"µs": 1e6, "ms": 1e3, "s": 1.0}  # from seconds
X = "\N{MULTIPLICATION SIGN}"


@dataclass(frozen=True)
class Goal:
    metric: str  # "ratio" (ours / baseline) or "ours" (absolute value)
    op: str  # "<=" or ">="
    bound: float
    text: str

    def met(self, value: float) -> bool:
        return value <= self.bound if self.op == "<=" else value >= self.bound


@dataclass(frozen=True)
class Row:
    key: str
    title: str
    group: str
    ours: str
    baseline: str | None
    unit: str
    goal: Goal | None
    value_from_extra: bool = False  # measure is extra_info["value"] (req/s, MiB), not a time
    subtract: str | None = None  # contestant whose time is subtracted from both (interpreter start-up)
    # Each contestant's own reference run is subtracted from it: value = t(name) - t(name + suffix), same block.
    offset_suffix: str | None = None
    speedup: bool = False  # also show the ratio as "N times faster"


def _vs(group: str, title: str, ours: str, baseline: str, goal: Goal | None, **extra: Any) -> Row:
    key = group if ours == "ours" else f"{group}_{ours}"
    return Row(key, title, group, ours, baseline, extra.pop("unit", "µs"), goal, **extra)


def _alternatives(group: str, what: str, baseline: str, **extra: Any) -> tuple[Row, ...]:
    """Reference rows: the contestants users would pick instead of ours, on the same baseline."""
    return (
        _vs(group, f"↳ stock openapi-python-client output of the same spec, {what}", "stock", baseline, None, **extra),
        _vs(
            group,
            f"↳ httpx + pydantic v2 `TypeAdapter.validate_json` (defaults), {what}",
            "pydantic",
            baseline,
            None,
            **extra,
        ),
        _vs(group, f"↳ httpx + msgspec `Decoder.decode` (physical limit), {what}", "msgspec", baseline, None, **extra),
    )


ROWS: tuple[Row, ...] = (
    _vs(
        "per_call_in_process",
        "20 users, `users.list_page(limit=20)`, in-process (MockTransport), vs raw httpx + `json.loads`",
        "ours",
        "raw_httpx",
        Goal("ratio", "<=", 1.10, f"≤ 1.10{X}"),
    ),
    *_alternatives("per_call_in_process", "in-process", "raw_httpx"),
    _vs(
        "per_call_loopback",
        "20 users, `users.list_page(limit=20)`, loopback HTTP to the mock, vs raw httpx + `json.loads`",
        "ours",
        "raw_httpx",
        Goal("ratio", "<=", 1.05, f"≤ 1.05{X}"),
    ),
    *_alternatives("per_call_loopback", "loopback", "raw_httpx"),
    _vs(
        "parse_orders",
        "100 orders, response bytes → models (`orders.list_page(limit=100)`), vs `json.loads` alone",
        "ours",
        "json_loads",
        Goal("ratio", "<=", 1.0, f"≤ 1.0{X}"),
        offset_suffix="@empty",
    ),
    *_alternatives("parse_orders", "100 orders", "json_loads", offset_suffix="@empty"),
    _vs(
        "import",
        "import + first client + first call (fresh interpreter, start-up subtracted), vs the same with raw httpx",
        "ours",
        "raw_httpx",
        Goal("ratio", "<=", 1.3, f"≤ 1.3{X}"),
        unit="ms",
        subtract="interpreter",
    ),
    Row(
        "import_stock",
        "↳ stock openapi-python-client output: import + first client + first call, start-up subtracted",
        "import",
        "stock",
        "raw_httpx",
        "ms",
        None,
        subtract="interpreter",
    ),
    Row(
        "import_without_httpx_cli",
        "↳ ours vs raw httpx as above, where click, rich and pygments are not installed (httpx skips its CLI)",
        "import",
        "ours_without_httpx_cli",
        "raw_httpx_without_httpx_cli",
        "ms",
        None,
        subtract="interpreter",
    ),
    Row(
        "import_whole_process",
        "↳ ours, whole process (interpreter start-up included on both sides)",
        "import",
        "ours",
        "raw_httpx",
        "ms",
        None,
    ),
    _vs(
        "walk_inflight",
        "async walk of 10,000 users, 20 ms latency, 8 requests in flight: `AsyncCubiCasa` prefetch=8 vs raw "
        "`httpx.AsyncClient`",
        "ours",
        "raw_httpx",
        Goal("ratio", "<=", 1.05, f"≤ 1.05{X}"),
        unit="s",
    ),
    Row(
        "walk_users",
        "↳ the same async prefetch walk vs the sync client's sequential pages",
        "walk_users",
        "async_prefetch",
        "sequential",
        "s",
        Goal("ratio", "<=", 1 / 8, f"≥ 8{X} faster"),
        speedup=True,
    ),
    Row(
        "mock_throughput",
        "mock server throughput, `GET /users` with validation on (our mock vs Prism 5)",
        "mock_throughput",
        "our_mock",
        "prism",
        "req/s",
        Goal("ratio", ">=", 2.0, f"≥ 2{X} req/s"),
        value_from_extra=True,
    ),
    Row(
        "generate",
        "`make generate` for all APIs (`tools.generate --check`)",
        "generate",
        "pipeline",
        None,
        "s",
        Goal("ours", "<=", 5.0, "≤ 5 s"),
    ),
    Row(
        "memory_sync",
        "memory while iterating 100,000 users: sync iterator, peak RSS growth",
        "memory_iterate",
        "sync_iterator",
        None,
        "MiB",
        Goal("ours", "<=", 20.0, "≤ 20 MB"),
        value_from_extra=True,
    ),
    Row(
        "memory_async",
        "memory while iterating 100,000 users: async iterator (prefetch 8), peak RSS growth",
        "memory_iterate",
        "async_iterator",
        None,
        "MiB",
        Goal("ours", "<=", 20.0, "≤ 20 MB"),
        value_from_extra=True,
    ),
    Row(
        "memory_list_reference",
        "↳ reference: the same users kept in a list (shows the probe sees retained memory)",
        "memory_iterate",
        "kept_in_list",
        None,
        "MiB",
        None,
        value_from_extra=True,
    ),
)


@dataclass
class Result:
    row: Row
    ours: float | None = None
    baseline: float | None = None
    ratio: float | None = None
    blocks: int = 0
    ours_note: str = ""  # "skipped: ..." / "failed: ..."
    baseline_note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def status(self, enforce: bool) -> str:
        if self.ours is None:
            return self.ours_note.split(":", 1)[0] or "no data"
        goal = self.row.goal
        if goal is None:
            return "info"
        value = self.ratio if goal.metric == "ratio" else self.ours
        if value is None:
            return "no baseline"
        if not enforce:
            return "not enforced"
        return "pass" if goal.met(value) else "FAIL"

    def as_dict(self, enforce: bool) -> dict[str, Any]:
        return {
            "key": self.row.key,
            "benchmark": self.row.title,
            "unit": self.row.unit,
            "ours_name": self.row.ours,
            "baseline_name": self.row.baseline,
            "ours": self.ours,
            "ours_note": self.ours_note,
            "baseline": self.baseline,
            "baseline_note": self.baseline_note,
            "ratio": self.ratio,
            "blocks": self.blocks,
            "goal": self.row.goal.text if self.row.goal else None,
            "status": self.status(enforce),
            "extra": self.extra,
        }


def _measure(bench: dict[str, Any], row: Row) -> float:
    if row.value_from_extra:
        return float(bench["extra_info"]["value"])
    return float(bench["stats"]["min"])  # the fastest round of the block; see the module docstring


def load_measurements(benchmark_json: Path | None) -> dict[str, dict[str, dict[int, dict[str, Any]]]]:
    """group -> contestant -> block -> pytest-benchmark record."""
    found: dict[str, dict[str, dict[int, dict[str, Any]]]] = defaultdict(lambda: defaultdict(dict))
    if benchmark_json is None or not benchmark_json.exists():
        return found
    for bench in json.loads(benchmark_json.read_text())["benchmarks"]:
        info = bench.get("extra_info", {})
        if "contestant" in info:
            found[bench["group"]][info["contestant"]][int(info["block"])] = bench
    return found


def load_outcomes(path: Path | None) -> dict[tuple[str, str], str]:
    """(group, contestant) -> 'skipped: reason' / 'failed: reason' (first one wins)."""
    notes: dict[tuple[str, str], str] = {}
    if path is None or not path.exists():
        return notes
    for line in path.read_text().splitlines():
        record = json.loads(line)
        key = (record.get("group") or "", record.get("contestant") or "")
        notes.setdefault(key, f"{record['outcome']}: {record['reason']}")
    return notes


def _value(row: Row, runs: dict[str, dict[int, dict[str, Any]]], name: str, block: int) -> float | None:
    """One contestant's measure in one block, minus what the row subtracts (None if something is missing)."""
    bench = runs.get(name, {}).get(block)
    if bench is None:
        return None
    minus = 0.0
    for other in (row.subtract, name + row.offset_suffix if row.offset_suffix else None):
        if other is not None:
            reference = runs.get(other, {}).get(block)
            if reference is None:
                return None
            minus += _measure(reference, row)
    return _measure(bench, row) - minus


def compute(
    measurements: dict[str, dict[str, dict[int, dict[str, Any]]]], outcomes: dict[tuple[str, str], str]
) -> list[Result]:
    results = []
    for row in ROWS:
        result = Result(row)
        runs = measurements.get(row.group, {})
        ours_runs = runs.get(row.ours, {})
        base_runs = runs.get(row.baseline, {}) if row.baseline else {}
        result.ours_note = outcomes.get((row.group, row.ours), "")
        result.baseline_note = outcomes.get((row.group, row.baseline or ""), "")
        ours_values, base_values, ratios = [], [], []

        for block, bench in sorted(ours_runs.items()):
            ours = _value(row, runs, row.ours, block)
            if ours is None:
                continue
            ours_values.append(ours)
            base = _value(row, runs, row.baseline, block) if row.baseline else None
            if base is not None:
                base_values.append(base)
                if base > 0:
                    ratios.append(ours / base)
            for key in ("version", "page_size", "prefetch", "items", "apis"):
                if key in bench.get("extra_info", {}):
                    result.extra[key] = bench["extra_info"][key]
        if row.baseline in runs:
            result.extra.update(
                {f"baseline_{k}": v for k, v in next(iter(base_runs.values()))["extra_info"].items() if k == "version"}
            )
        if ours_values:
            result.ours = statistics.median(ours_values)
            result.blocks = len(ours_values)
        elif not result.ours_note:
            result.ours_note = "no data: the benchmark did not run"
        if base_values:
            result.baseline = statistics.median(base_values)
        if ratios:
            result.ratio = statistics.median(ratios)
        results.append(result)
    return results


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    shown = value * SCALE[unit] if unit in SCALE else value
    if abs(shown) >= 100:
        text = f"{shown:,.0f}"
    elif abs(shown) >= 10:
        text = f"{shown:.1f}"
    else:
        text = f"{shown:.2f}"
    return f"{text} {unit}"


def _ratio_text(result: Result) -> str:
    if result.ratio is None:
        return "—"
    text = f"{result.ratio:.2f}{X}"
    if result.row.speedup and result.ratio > 0:
        text += f" ({1 / result.ratio:.1f}{X} faster)"
    return text


def _cell(value: float | None, note: str, unit: str, absent: str = "—") -> str:
    if value is not None:
        return _fmt(value, unit)
    return note.replace("|", "/") if note else absent


def table(results: list[Result], enforce: bool) -> str:
    lines = [
        "| benchmark | ours | baseline | ratio | goal | result |",
        "|---|---|---|---|---|---|",
    ]
    for result in results:
        row = result.row
        baseline = _cell(result.baseline, result.baseline_note, row.unit) if row.baseline else "—"
        ours_name = f"{row.ours}: {_cell(result.ours, result.ours_note, row.unit)}"
        base_name = f"{row.baseline}: {baseline}" if row.baseline else "—"
        goal = row.goal.text if row.goal else "—"
        lines.append(
            f"| {row.title} | {ours_name} | {base_name} | {_ratio_text(result)} | {goal} | {result.status(enforce)} |"
        )
    return "\n".join(lines)
