"""`python -m benchmarks [--quick]`: run every benchmark, print the table, write benchmarks/results.md.

The benchmarks are pytest-benchmark tests (benchmarks/bench_*.py) run in one
pytest process; this runner installs Prism first (npm, into benchmarks/.prism),
then turns pytest-benchmark's JSON into the ours/baseline/ratio/goal table.
Exit status: 0 when every goal passes (always 0 with --quick or --report-only
unless a benchmark crashed), 1 when a goal fails or a benchmark errored.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.config import PROFILE_ENV, ROOT
from benchmarks.conftest import OUTCOMES_ENV
from benchmarks.harness import PYTHON, subprocess_env
from benchmarks.report import compute, load_measurements, load_outcomes, table
from benchmarks.servers import PRISM_SKIP_ENV, install_prism

RESULTS = ROOT / "benchmarks" / "results.md"


def pytest_command(quick: bool, benchmark_json: Path, select: str | None) -> list[str]:
    cmd = [PYTHON, "-m", "pytest", str(ROOT / "benchmarks")]
    cmd += ["-o", "python_files=bench_*.py", "-o", "timeout=1800", "-p", "no:cacheprovider", "-q"]
    cmd += ["--benchmark-json", str(benchmark_json), "--benchmark-quiet", "--benchmark-sort=name"]
    if quick:
        cmd += ["--benchmark-min-rounds=1", "--benchmark-max-time=0", "--benchmark-warmup=off"]
    else:
        cmd += ["--benchmark-min-rounds=5", "--benchmark-max-time=0.5", "--benchmark-warmup=on"]
        cmd += ["--benchmark-warmup-iterations=20"]
    if select:
        cmd += ["-k", select]
    return cmd


def machine_line() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return (
        f"{platform.python_implementation()} {platform.python_version()} on {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} CPUs, load average at start {load[0]:.2f}"
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every benchmark once, tiny sizes, goals not enforced")
    parser.add_argument(
        "--output", type=Path, help="markdown results file (default: benchmarks/results.md; none with --quick)"
    )
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--raw", type=Path, help="also keep pytest-benchmark's own JSON (every block, every round)")
    parser.add_argument("-k", dest="select", help="only benchmarks matching this pytest -k expression")
    parser.add_argument("--no-install", action="store_true", help="do not install Prism with npm")
    parser.add_argument("--report-only", action="store_true", help="exit 0 even when a goal fails")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    output = args.output or (None if args.quick else RESULTS)
    started = dt.datetime.now(dt.UTC)
    machine = machine_line()

    env = subprocess_env(**{PROFILE_ENV: "quick" if args.quick else "full"})
    prism_note = ""
    if not args.quick and not args.no_install:
        print("==> installing Prism 5 into benchmarks/.prism (npm) if missing", flush=True)
        version, reason = install_prism()
        if version is None:
            env[PRISM_SKIP_ENV] = reason
            prism_note = reason
        else:
            prism_note = f"Prism {version}"

    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        benchmark_json = Path(tmp) / "benchmark.json"
        outcomes = Path(tmp) / "outcomes.jsonl"
        env[OUTCOMES_ENV] = str(outcomes)
        cmd = pytest_command(args.quick, benchmark_json, args.select)
        print(f"==> {'quick' if args.quick else 'full'} benchmark run: pytest benchmarks/", flush=True)
        proc = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
        results = compute(load_measurements(benchmark_json), load_outcomes(outcomes))
        if args.raw is not None and benchmark_json.exists():
            shutil.copyfile(benchmark_json, args.raw)

    enforce = not args.quick
    if args.select:  # only the rows of the benchmarks that were selected
        results = [r for r in results if r.ours is not None or r.ours_note.startswith(("skipped", "failed"))]
    rendered = table(results, enforce)
    print()
    print(rendered)
    if output is not None:
        sizes = "quick (tiny sizes, titles name the full sizes; goals not enforced)" if args.quick else "full"
        lines = [
            "# Benchmark results",
            "",
            f"Run {started:%Y-%m-%d %H:%M} UTC, {sizes}; {machine}."
            + (f" Baseline mock: {prism_note}." if prism_note else ""),
            "Produced by `python -m benchmarks`; how each figure is measured is in benchmarks/README.md.",
            "Ratios are ours / baseline within each interleaved block, median over blocks; a contestant's time in a"
            " block is its fastest round there, and the table shows the median over blocks.",
            "",
            rendered,
            "",
        ]
        output.write_text("\n".join(lines))
        print(f"\nwritten to {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")
    if args.json is not None:
        args.json.write_text(json.dumps([r.as_dict(enforce) for r in results], indent=2))

    failed = [r for r in results if r.status(enforce) == "FAIL"]
    errored = [r for r in results if r.ours_note.startswith("failed") or r.baseline_note.startswith("failed")]
    if proc.returncode not in (0, 1) or errored:
        print(f"\nbenchmark errors (pytest exit {proc.returncode}); see the output above", file=sys.stderr)
        return 1
    if failed and not args.report_only:
        print(f"\n{len(failed)} goal(s) not met: {', '.join(r.row.key for r in failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
