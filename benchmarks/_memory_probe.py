"""Peak RSS growth while iterating N users: `python -m benchmarks._memory_probe --items N [--mode sync|async|list]`.

Pages are synthesised on the fly by an httpx.MockTransport, so the only thing
that could keep memory is the client. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
from collections.abc import Sequence

import httpx

from benchmarks.config import API_KEY
from benchmarks.payloads import users_page_bytes
from cubicasa import AsyncCubiCasa, CubiCasa

BASE_URL = "http://127.0.0.1:4010"  # never contacted: MockTransport answers


def _answer(total: int) -> httpx.Response:
    def page(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 20))
        return httpx.Response(
            200, content=users_page_bytes(offset, limit, total), headers={"content-type": "application/json"}
        )

    return page  # type: ignore[return-value]


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def iterate_sync(total: int, page: int) -> int:
    with CubiCasa(api_key=API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(_answer(total))) as client:
        return sum(1 for _ in client.users.list(limit=page))


def materialise(total: int, page: int) -> int:
    """What the iterator avoids: every item kept (shows that the probe does see retained memory)."""
    with CubiCasa(api_key=API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(_answer(total))) as client:
        kept = list(client.users.list(limit=page))
        return len(kept)


def iterate_async(total: int, page: int, prefetch: int) -> int:
    async def run() -> int:
        transport = httpx.MockTransport(_answer(total))
        async with AsyncCubiCasa(api_key=API_KEY, base_url=BASE_URL, transport=transport) as client:
            count = 0
            async for _ in client.users.list(limit=page, prefetch=prefetch):
                count += 1
            return count

    return asyncio.run(run())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--page", type=int, default=100)
    parser.add_argument("--mode", choices=("sync", "async", "list"), default="sync")
    parser.add_argument("--prefetch", type=int, default=8)
    args = parser.parse_args(argv)
    # Warm up: one page through the whole stack, so imports and caches are in the baseline.
    iterate_async(args.page, args.page, 1) if args.mode == "async" else iterate_sync(args.page, args.page)
    before = _peak_kib()
    if args.mode == "sync":
        count = iterate_sync(args.items, args.page)
    elif args.mode == "list":
        count = materialise(args.items, args.page)
    else:
        count = iterate_async(args.items, args.page, args.prefetch)
    after = _peak_kib()
    print(json.dumps({"items": count, "peak_before_kib": before, "peak_after_kib": after}), flush=True)
    return 0 if count == args.items else 1


if __name__ == "__main__":
    sys.exit(main())
