"""Sizes of one benchmark run: the full run (goals enforced) or the tiny `--quick` smoke run.

The runner passes the profile to the pytest process in $BENCH_PROFILE.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROFILE_ENV = "BENCH_PROFILE"
API_KEY = "demo-key"  # the CubiCasa mock's full-access key


@dataclass(frozen=True)
class Sizes:
    quick: bool
    blocks: int  # interleaved measurement blocks per contestant (ABAB...)
    loopback_blocks: int  # blocks of the loopback per-call benchmark (noisier: two processes share the CPUs)
    page_users: int  # users per page in the per-call benchmarks
    orders: int  # orders in the parsed page
    walk_users: int  # users seeded in the mock for the latency walk
    walk_page: int  # page size of both walkers
    walk_latency_ms: float
    walk_prefetch: int  # bound of the async iterator's prefetch
    walk_blocks: int  # blocks of the prefetch vs sequential walk (a sequential walk takes ~12 s)
    inflight_blocks: int  # blocks of the prefetch vs raw httpx walk, both with the same requests in flight
    memory_items: int
    memory_page: int
    load_seconds: float  # fixed duration of each throughput measurement
    load_warmup_seconds: float  # unmeasured start of each throughput measurement (connections opened)
    load_first_warmup_seconds: float  # one unmeasured load per server before its first block
    load_connections: int
    load_blocks: int  # throughput blocks (each: our mock, then Prism)
    generate_apis: tuple[str, ...]  # empty: every API in generator-config.yaml
    slow_blocks: int  # blocks of `make generate` (a few seconds each)
    import_blocks: int  # blocks of the import benchmark (one fresh interpreter per sample)
    import_rounds: int  # samples of each contestant per import block


FULL = Sizes(
    quick=False,
    blocks=7,
    loopback_blocks=11,
    page_users=20,
    orders=100,
    walk_users=10_000,
    walk_page=20,
    walk_latency_ms=20.0,
    walk_prefetch=8,
    walk_blocks=2,
    inflight_blocks=11,
    memory_items=100_000,
    memory_page=100,
    load_seconds=2.0,
    load_warmup_seconds=0.5,
    load_first_warmup_seconds=5.0,
    load_connections=32,
    load_blocks=9,
    generate_apis=(),
    slow_blocks=3,
    import_blocks=21,
    import_rounds=3,
)

QUICK = Sizes(
    quick=True,
    blocks=1,
    loopback_blocks=1,
    page_users=20,
    orders=10,
    walk_users=200,
    walk_page=20,
    walk_latency_ms=5.0,
    walk_prefetch=4,
    walk_blocks=1,
    inflight_blocks=1,
    memory_items=2_000,
    memory_page=100,
    load_seconds=0.5,
    load_warmup_seconds=0.1,
    load_first_warmup_seconds=0.1,
    load_connections=4,
    load_blocks=1,
    generate_apis=("cubicasa",),
    slow_blocks=1,
    import_blocks=1,
    import_rounds=1,
)


def sizes() -> Sizes:
    return QUICK if os.environ.get(PROFILE_ENV, "full") == "quick" else FULL
