"""`import cubicasa` vs `import httpx`, each in a fresh interpreter.

Every round starts `python -c "import X"`; the bare interpreter
(`python -c pass`) is measured alongside and subtracted by the report, so the
ratio compares import times, not interpreter start-up. Bytecode is cached
(in a temporary PYTHONPYCACHEPREFIX, warmed before timing) for both, as it is
for an installed package: `make` exports PYTHONDONTWRITEBYTECODE=1, which
would otherwise make every cubicasa import compile from source.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from benchmarks.config import ROOT, sizes
from benchmarks.harness import PYTHON, interleaved, label, subprocess_env

SIZES = sizes()
MODULES = {"cubicasa": "import cubicasa", "httpx": "import httpx", "interpreter": "pass"}


@pytest.fixture(scope="module")
def importer() -> Iterator[Callable[[str], Callable[[], None]]]:
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = subprocess_env(PYTHONPYCACHEPREFIX=cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)

        def run_for(contestant: str) -> Callable[[], None]:
            cmd = [PYTHON, "-c", MODULES[contestant]]

            def run() -> None:
                subprocess.run(cmd, cwd=ROOT, env=env, check=True)

            return run

        for contestant in MODULES:
            run_for(contestant)()  # compile and cache bytecode
        yield run_for


@interleaved("import", tuple(MODULES), SIZES.blocks)
def test_import(benchmark: Any, importer: Callable[[str], Callable[[], None]], contestant: str, block: int) -> None:
    label(benchmark, contestant, block)
    benchmark(importer(contestant))
