"""Fixed-duration HTTP/1.1 load from its own process: `python -m benchmarks.loadgen URL [options]`.

N asyncio workers, each on its own keep-alive connection, send the same GET
back to back; after a warm-up, responses completed within the measured window
are counted. Prints one JSON line. The same generator is pointed at every
server, so only the server differs.

Why not httpx: on this project's machines an httpx.AsyncClient spends ~7 ms of
CPU per request (anyio + httpcore pool) against ~0.9 ms for plain asyncio
streams, so an httpx generator saturates long before either server does and
both would measure the generator. This one only writes the request and reads
status line, headers and a Content-Length (or chunked) body, on uvloop when it
is installed: about half the generator's CPU per request, which on a 2-CPU
machine is CPU left to the server under test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Callable, Coroutine, Sequence
from typing import Any
from urllib.parse import urlsplit


class BadResponseError(Exception):
    pass


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one response; return its status code."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif status not in (204, 304):
        raise BadResponseError("response without Content-Length")
    if headers.get("connection", "").lower() == "close":
        raise BadResponseError("server closed the connection")
    return status


async def _run(url: str, headers: dict[str, str], seconds: float, warmup: float, connections: int) -> dict[str, float]:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    lines = [f"GET {target} HTTP/1.1", f"Host: {host}:{port}", "Accept: application/json"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    counts = {"ok": 0, "other": 0, "errors": 0}
    state = {"measuring": False}

    async def worker(stop_at: float) -> None:
        reader = writer = None
        while time.perf_counter() < stop_at:
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(host, port)
                writer.write(request)
                status = await _read_response(reader)  # type: ignore[arg-type]
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, BadResponseError, ValueError):
                if state["measuring"]:
                    counts["errors"] += 1
                if writer is not None:
                    writer.close()
                reader = writer = None
                continue
            if state["measuring"]:
                counts["ok" if status == 200 else "other"] += 1
        if writer is not None:
            writer.close()

    start = time.perf_counter()
    stop_at = start + warmup + seconds
    tasks = [asyncio.create_task(worker(stop_at)) for _ in range(connections)]
    await asyncio.sleep(warmup)
    state["measuring"] = True
    window_start = time.perf_counter()
    await asyncio.gather(*tasks)
    window = time.perf_counter() - window_start
    return {**counts, "seconds": window, "rps": counts["ok"] / window if window else 0.0}


def _event_loop_runner() -> Callable[[Coroutine[Any, Any, dict[str, float]]], dict[str, float]]:
    try:
        import uvloop  # noqa: PLC0415 - optional: the `mock` extra brings it
    except ImportError:
        return asyncio.run
    return uvloop.run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--header", action="append", default=[], help="NAME:VALUE (repeatable)")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args(argv)
    headers = dict(h.split(":", 1) for h in args.header)
    result = _event_loop_runner()(_run(args.url, headers, args.seconds, args.warmup, args.connections))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
