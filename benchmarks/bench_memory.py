"""Peak RSS growth while iterating 100,000 users (pages synthesised on the fly), in a fresh process."""

from __future__ import annotations

import json
import subprocess
from typing import Any

from benchmarks.config import ROOT, sizes
from benchmarks.harness import PYTHON, interleaved, label, subprocess_env

SIZES = sizes()
CONTESTANTS = ("sync_iterator", "async_iterator", "kept_in_list")
MODES = {"sync_iterator": "sync", "async_iterator": "async", "kept_in_list": "list"}


def probe(mode: str) -> dict[str, Any]:
    cmd = [PYTHON, "-m", "benchmarks._memory_probe", "--items", str(SIZES.memory_items)]
    cmd += ["--page", str(SIZES.memory_page), "--mode", mode]
    proc = subprocess.run(cmd, cwd=ROOT, env=subprocess_env(), capture_output=True, text=True, timeout=600, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"memory probe failed ({proc.returncode}): {proc.stderr[-500:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@interleaved("memory_iterate", CONTESTANTS, 1)
def test_memory_iterate(benchmark: Any, contestant: str, block: int) -> None:
    result = benchmark.pedantic(probe, args=(MODES[contestant],), rounds=1, iterations=1)
    growth_mib = (result["peak_after_kib"] - result["peak_before_kib"]) / 1024
    label(benchmark, contestant, block, value=growth_mib, unit="MiB", items=result["items"])
