"""Mock server throughput on `GET /users`: our mock vs Prism 5 (`prism mock`) on the same spec.

Each server runs in its own process; the same load generator
(benchmarks/loadgen.py, its own process, N keep-alive connections, fixed
duration after a warm-up) is pointed at each in turn, interleaved.
Validation is on for both: Prism validates requests; our mock validates every
request and, in strict mode (used here), every answer too.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from benchmarks.config import API_KEY, ROOT, sizes
from benchmarks.harness import PYTHON, interleaved, label, subprocess_env
from benchmarks.servers import PRISM_SKIP_ENV, ServerError, mock_process, prism_process, prism_version

SIZES = sizes()
CONTESTANTS = ("our_mock", "prism")


def load(url: str, seconds: float = SIZES.load_seconds) -> dict[str, Any]:
    cmd = [PYTHON, "-m", "benchmarks.loadgen", f"{url}/users", "--header", f"api-key:{API_KEY}"]
    cmd += ["--seconds", str(seconds), "--warmup", str(SIZES.load_warmup_seconds)]
    cmd += ["--connections", str(SIZES.load_connections)]
    proc = subprocess.run(cmd, cwd=ROOT, env=subprocess_env(), capture_output=True, text=True, timeout=300, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"load generator failed: {proc.stderr[-500:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def strict_mock_url() -> Iterator[str]:
    """The CubiCasa mock (default data, no latency) in strict mode, in its own process."""
    with mock_process(strict=True) as url:
        yield url


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    reason = os.environ.get(PRISM_SKIP_ENV)
    if reason:
        pytest.skip(reason)
    if SIZES.quick:
        pytest.skip("quick run: Prism takes seconds to start; the full run measures it")
    version = prism_version()
    if version is None:
        pytest.skip("Prism is not installed in benchmarks/.prism (`python -m benchmarks` installs it with npm)")
    with ExitStack() as stack:
        try:
            url = stack.enter_context(prism_process())
        except ServerError as exc:
            pytest.skip(f"Prism {version} did not start: {exc}")
        yield url


@pytest.fixture(scope="module")
def warmed() -> set[str]:
    """Servers already warmed up: each gets one unmeasured load of `load_first_warmup_seconds` first.

    Prism's first seconds under load run before Node's JIT has compiled its hot paths
    (one run measured 1,370 req/s in the first block, 2,300-3,000 in the others).
    """
    return set()


@interleaved("mock_throughput", CONTESTANTS, SIZES.load_blocks)
def test_mock_throughput(
    benchmark: Any, request: pytest.FixtureRequest, warmed: set[str], contestant: str, block: int
) -> None:
    url = request.getfixturevalue("strict_mock_url" if contestant == "our_mock" else "prism_url")
    if url not in warmed:
        load(url, seconds=SIZES.load_first_warmup_seconds)
        warmed.add(url)
    result = benchmark.pedantic(load, args=(url,), rounds=1, iterations=1)
    if result["ok"] == 0:
        raise RuntimeError(f"no successful responses: {result}")
    label(
        benchmark,
        contestant,
        block,
        value=result["rps"],
        unit="req/s",
        **{k: result[k] for k in ("ok", "other", "errors")},
    )
    if contestant == "prism":
        benchmark.extra_info["version"] = prism_version()
