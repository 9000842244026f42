"""`make generate` for every API, timed as `python -m tools.generate --check`.

--check runs the same generation (openapi-python-client + ruff post-hooks for
each API, in parallel) into a temporary folder and compares it with
generated/, so timing it never touches the checked-in code. The comparison
adds a few milliseconds.
"""

from __future__ import annotations

import subprocess
from typing import Any

from benchmarks.config import ROOT, sizes
from benchmarks.harness import PYTHON, interleaved, label, subprocess_env

SIZES = sizes()


def generate_check() -> bool:
    cmd = [PYTHON, "-m", "tools.generate", "--check"]
    for api in SIZES.generate_apis:
        cmd += ["--api", api]
    proc = subprocess.run(cmd, cwd=ROOT, env=subprocess_env(), capture_output=True, text=True, timeout=600, check=False)
    # 1 means generated/ is out of date: the generation (what is timed) still ran in full; `make check-generated`
    # is the place that fails on drift. 2 is a pipeline error.
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"tools.generate --check failed ({proc.returncode}): {(proc.stderr or proc.stdout)[-300:]}")
    return proc.returncode == 0


@interleaved("generate", ("pipeline",), SIZES.slow_blocks)
def test_generate(benchmark: Any, contestant: str, block: int) -> None:
    label(benchmark, contestant, block, apis=",".join(SIZES.generate_apis) or "all")
    current = benchmark.pedantic(generate_check, rounds=1, iterations=1)
    benchmark.extra_info["generated_is_current"] = current
