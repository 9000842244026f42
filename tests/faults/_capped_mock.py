"""A CubiCasa mock in its own process with a capped address space: `python -m tests.faults._capped_mock MIB`.

The memory tests send 200 MB bodies to it. The cap (the address space in use
once the app is built, plus MIB) turns a regression that reads a body whole
into a MemoryError inside this process instead of the machine running out of
memory. Prints the bound port, then serves until terminated.
"""

from __future__ import annotations

import resource
import socket
import sys
from pathlib import Path

import uvicorn

from clientkit_mocks.engine.factory import create_app
from clientkit_mocks.engine.server import uvicorn_config
from tests.faults._support import API_KEY

MIB = 1024 * 1024


def address_space_bytes() -> int:
    """This process's virtual memory size (VmSize), in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize in /proc/self/status")


def main() -> int:
    headroom = int(sys.argv[1]) * MIB
    app = create_app("cubicasa", strict=True, api_key=API_KEY)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn_config(app, "127.0.0.1", port)
    config.load()
    cap = address_space_bytes() + headroom
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    print(port, flush=True)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
