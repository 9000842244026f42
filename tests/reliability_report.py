"""Run the fault and concurrency suites at a larger scale and print their figures as Markdown.

    python -m tests.reliability_report            # SOAK_SCALE=10: 10,000 faulty calls per client
    python -m tests.reliability_report --scale 1  # the sizes `make test` uses
    python -m tests.reliability_report --no-run   # the table of the last run, without running

The tests are the ordinary ones (`tests/faults/test_fault_injection.py`,
`tests/faults/test_concurrency.py`); `SOAK_SCALE` multiplies their call counts
and they write their figures to `$RELIABILITY_FIGURES`, which this script
points at a fresh file so that the table shows this run only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SUITES = ("tests/faults/test_fault_injection.py", "tests/faults/test_concurrency.py")
PER_TEST_TIMEOUT_S = 120  # pytest-timeout at scale 1; scaled with the sizes
LAST_RUN = Path(tempfile.gettempdir()) / "cubicasa-reliability" / "soak-run.json"

FAULT_COLUMNS = (("fault_injection_sync", "sync client"), ("fault_injection_async", "async client"))
CONCURRENCY_COLUMNS = (
    ("concurrency_threads", "16 threads, 1 sync client"),
    ("concurrency_tasks", "200 tasks, 1 async client"),
)
FAULT_KINDS = ("503", "429", "500", "drop", "truncate", "stall")


def run(scale: int, figures: Path, extra: list[str]) -> int:
    figures.parent.mkdir(parents=True, exist_ok=True)
    figures.unlink(missing_ok=True)
    env = {**os.environ, "SOAK_SCALE": str(scale), "RELIABILITY_FIGURES": str(figures)}
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        f"--timeout={PER_TEST_TIMEOUT_S * scale}",
        *SUITES,
        *extra,
    ]
    print(f"$ SOAK_SCALE={scale} {' '.join(command[1:])}", file=sys.stderr, flush=True)
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


def _count(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def _errors(typed: dict[str, int]) -> str:
    return ", ".join(f"{name} {n}" for name, n in sorted(typed.items(), key=lambda item: -item[1])) or "none"


def hostile_inputs() -> tuple[int, int, int]:
    """(examples per schema, response schemas, garbage requests) tried by the other fault tests."""
    source = (ROOT / "tests/faults/test_hostile_responses.py").read_text()
    found = re.search(r"max_examples=(\d+)", source)
    examples = int(found.group(1)) if found else 0
    sys.path.insert(0, str(ROOT))
    from tests.faults.spec_schemas import response_cases  # noqa: PLC0415 - heavy: only when asked
    from tests.faults.test_mock_robustness import GARBAGE  # noqa: PLC0415

    return examples, len(list(response_cases())), len(GARBAGE)


def table(data: dict[str, Any]) -> str:
    sections: dict[str, dict[str, Any]] = data.get("sections", {})
    lines = [f"Scale {data.get('scale', '?')} (SOAK_SCALE); figures from one run of the tests.", ""]
    faults = [(key, title) for key, title in FAULT_COLUMNS if key in sections]
    if faults:
        lines += ["| fault injection | " + " | ".join(t for _, t in faults) + " |"]
        lines += ["|---|" + "---|" * len(faults)]

        def row(label: str, cell: Any) -> None:
            lines.append(f"| {label} | " + " | ".join(str(cell(sections[k])) for k, _ in faults) + " |")

        row("calls", lambda s: _count(s["calls"]))
        row("requests sent (calls + retries)", lambda s: _count(s["attempts"]))
        row("faults injected", lambda s: f"{_count(sum(s['faults_injected'].values()))} ({s['fault_share']:.1%})")
        for kind in FAULT_KINDS:
            row(f"&nbsp;&nbsp;{kind}", lambda s, kind=kind: _count(s["faults_injected"].get(kind, 0)))
        row("retries (GET/DELETE only)", lambda s: _count(s["retries"]))
        row("succeeded", lambda s: _count(s["succeeded"]))
        row("typed errors", lambda s: _errors(s["typed_errors"]))
        row("untyped errors", lambda s: _count(s["untyped_errors"]))
        row("writes executed by the mock", lambda s: _count(s["writes_executed"]))
        row("writes whose answer was lost (not re-sent)", lambda s: _count(s["writes_with_lost_answer_not_resent"]))
        row("duplicate writes", lambda s: _count(s["duplicate_writes"]))
        row("idempotent replays (re-sent keyed writes)", lambda s: _count(s["idempotent_replays"]))
        row("leaked connections", lambda s: _count(s["leaked_connections"]))
        row("slowest call / bound", lambda s: f"{s['max_call_s']:.2f} s / {s['call_bound_s']:.1f} s")
        row("wall time", lambda s: f"{s['wall_s']:.1f} s")
        lines.append("")
    concurrency = [(key, title) for key, title in CONCURRENCY_COLUMNS if key in sections]
    if concurrency:
        lines += ["| concurrency | " + " | ".join(t for _, t in concurrency) + " |"]
        lines += ["|---|" + "---|" * len(concurrency)]
        for label, field in (("calls", "calls"), ("errors", "errors"), ("cross-talk", "cross_talk")):
            lines.append(f"| {label} | " + " | ".join(_count(sections[k][field]) for k, _ in concurrency) + " |")
        lines.append("| wall time | " + " | ".join(f"{sections[k]['wall_s']:.1f} s" for k, _ in concurrency) + " |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability_report", description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=int(os.environ.get("SOAK_SCALE") or 10))
    parser.add_argument("--figures", type=Path, default=LAST_RUN, help="where the run's figures go")
    parser.add_argument("--no-run", action="store_true", help="print the table of the last run only")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    status = 0
    if not args.no_run:
        if args.scale < 1:
            parser.error("--scale must be at least 1")
        status = run(args.scale, args.figures, args.pytest_args)
    try:
        data = json.loads(args.figures.read_text())
    except (OSError, ValueError):
        print(f"no figures at {args.figures}", file=sys.stderr)
        return status or 1
    print(table(data))
    examples, schemas, garbage = hostile_inputs()
    print(
        f"Hostile inputs: {examples} generated bodies x {schemas} response schemas = {examples * schemas:,} "
        f"(tests/faults/test_hostile_responses.py); {garbage} malformed requests on raw sockets "
        "(tests/faults/test_mock_robustness.py)."
    )
    if status:
        print(f"\npytest exited with {status}: the figures above are from a failed run", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
