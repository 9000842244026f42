"""Serve the CubiCasa mock for a benchmark: `python -m benchmarks._mockserver [--users N] [--latency-ms MS]`.

Prints one JSON line with the bound port and the number of users, then serves
until killed. The seeded users come from the mock's `users` option
(`options.extra["users"]`, read by `mocks/clientkit_mocks/cubicasa.py`).
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
from collections.abc import Sequence

import uvicorn

from clientkit_mocks.engine.factory import create_app
from clientkit_mocks.engine.faults import quiet_injected_faults
from clientkit_mocks.engine.server import uvicorn_config


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=0, help="total users the mock should hold (0: its default)")
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--strict", action="store_true", help="validate the mock's own responses")
    args = parser.parse_args(argv)
    options: dict[str, object] = {"latency_ms": args.latency_ms, "strict": args.strict}
    if args.users:
        options["users"] = args.users  # lands in options.extra for mocks/clientkit_mocks/cubicasa.py
    app = create_app("cubicasa", **options)
    seeded = "option" if args.users else "default"
    quiet_injected_faults()
    # Name the protocol, as mocks/clientkit_mocks/engine/server.py does: asyncio enables TCP_NODELAY only on sockets
    # whose proto is IPPROTO_TCP; without it every keep-alive request waits ~40 ms (Nagle + delayed ACK).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    print(json.dumps({"port": port, "users": len(app.state.api.users), "seeded": seeded}), flush=True)
    uvicorn.Server(uvicorn_config(app, "127.0.0.1", port)).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
