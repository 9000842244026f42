"""Run an installed command the way a user does: in a real pseudo-terminal of a given size, or in a pipe."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from dataclasses import dataclass
from pathlib import Path

from tests.cli.conftest import clean_environment

BIN = Path(sys.executable).parent
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r")
TIMEOUT_S = 20


@dataclass
class Run:
    code: int
    output: str  # what the terminal received, escape sequences removed
    raw: str  # ... and as received
    stdout: str = ""  # when stdout was a pipe


def environment(extra: dict[str, str]) -> dict[str, str]:
    unset = clean_environment()
    base = {k: v for k, v in os.environ.items() if k not in unset}
    return {**base, "TERM": "xterm-256color", **extra}


def in_terminal(
    argv: list[str],
    env: dict[str, str],
    *,
    columns: int = 80,
    answer: str | None = None,
    stdout_pipe: bool = False,
    interrupt_on: str | None = None,
) -> Run:
    """`argv` with stdin and stderr (and stdout unless `stdout_pipe`) on a terminal `columns` wide.

    `answer` is typed once the command shows a prompt (a line ending in ': '); Ctrl-C (SIGINT) is
    sent once the output matches the pattern `interrupt_on`."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    command = [str(BIN / argv[0]), *argv[1:]]
    process = subprocess.Popen(
        command,
        stdin=slave,
        stdout=subprocess.PIPE if stdout_pipe else slave,
        stderr=slave,
        env=environment(env),
        close_fds=True,
        start_new_session=True,
    )
    os.close(slave)
    received = b""
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the other side closed
                break
            if not chunk:
                break
            received += chunk
            if answer is not None and received.endswith(b": "):
                os.write(master, answer.encode())
                answer = None
            if interrupt_on is not None and re.search(interrupt_on, ANSI.sub("", received.decode(errors="replace"))):
                process.send_signal(signal.SIGINT)
                interrupt_on = None
        elif process.poll() is not None:
            break
    stdout = process.stdout.read().decode() if process.stdout is not None else ""
    code = process.wait(timeout=TIMEOUT_S)
    os.close(master)
    raw = received.decode(errors="replace")
    return Run(code, ANSI.sub("", raw), raw, stdout)


def in_pipe(argv: list[str], env: dict[str, str], *, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`argv` with stdin, stdout and stderr all pipes (a script, a CI job)."""
    command = [str(BIN / argv[0]), *argv[1:]]
    return subprocess.run(
        command, input=stdin, capture_output=True, text=True, env=environment(env), timeout=TIMEOUT_S, check=False
    )
