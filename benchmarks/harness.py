"""What every benchmark module shares: interleaved parametrisation, result labels, subprocess env."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import pytest

from benchmarks.config import ROOT

F = TypeVar("F", bound=Callable[..., Any])
PYTHONPATH = os.pathsep.join(str(ROOT / p) for p in ("generated", "overlays", "."))


def interleaved(group: str, contestants: Sequence[str], blocks: int) -> Callable[[F], F]:
    """Run the contestants in alternating blocks: block 0 of A, of B, ..., then block 1 of A, of B, ...

    pytest exhausts stacked parametrize decorators top one first, so `contestant`
    (top) varies fastest and the measurement order is A0 B0 A1 B1 ...: slow drift
    of a noisy machine hits every contestant alike, and each block gives one
    ours/baseline ratio (the report takes their median).
    """

    def decorate(func: F) -> F:
        func = pytest.mark.parametrize("block", range(blocks), ids=lambda b: f"block{b}")(func)
        func = pytest.mark.parametrize("contestant", list(contestants))(func)
        return pytest.mark.benchmark(group=group)(func)  # type: ignore[no-any-return]

    return decorate


def label(benchmark: Any, contestant: str, block: int, **extra: Any) -> None:
    """Tag a measurement so the report can pair it with the other contestants of its block."""
    benchmark.extra_info.update(contestant=contestant, block=block, **extra)


def subprocess_env(**overrides: str) -> dict[str, str]:
    """The environment for a child Python: our packages importable, bytecode caching left as the caller says."""
    env = dict(os.environ)
    env["PYTHONPATH"] = PYTHONPATH + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(overrides)
    return env


PYTHON = sys.executable
