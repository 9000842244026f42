"""Servers under test, each in its own process: the CubiCasa mock and Prism."""

from __future__ import annotations

import json
import select
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from benchmarks.config import API_KEY, ROOT
from benchmarks.harness import PYTHON, subprocess_env

SPEC = ROOT / "openapi" / "cubicasa-integrate-v3.yaml"
PRISM_DIR = ROOT / "benchmarks" / ".prism"
PRISM_PACKAGE = "@stoplight/prism-cli@5"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
START_TIMEOUT_S = 60.0
PRISM_SKIP_ENV = "BENCH_PRISM_SKIP"  # set by the runner when Prism could not be installed


class ServerError(RuntimeError):
    pass


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _wait_ready(url: str, proc: subprocess.Popen[str], log: Path, timeout: float = START_TIMEOUT_S) -> None:
    """Poll until the server answers anything at all on `url`."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise ServerError(f"server exited with {proc.returncode}: {log.read_text()[-500:]}")
        try:
            httpx.get(url, headers={"api-key": API_KEY}, timeout=2.0)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise ServerError(f"server not ready after {timeout:.0f} s: {log.read_text()[-500:]}") from None
            time.sleep(0.05)


@contextmanager
def mock_process(*, users: int = 0, latency_ms: float = 0.0, strict: bool = False) -> Iterator[str]:
    """Run `benchmarks._mockserver` and yield its base URL (`strict`: its answers are validated too)."""
    cmd = [PYTHON, "-m", "benchmarks._mockserver", "--latency-ms", str(latency_ms)]
    if users:
        cmd += ["--users", str(users)]
    if strict:
        cmd.append("--strict")
    with tempfile.NamedTemporaryFile("w+", prefix="bench-mock-", suffix=".log") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=subprocess_env(), stdout=subprocess.PIPE, stderr=log, text=True)
        try:
            ready, _, _ = select.select([proc.stdout], [], [], START_TIMEOUT_S)
            line = proc.stdout.readline() if ready and proc.stdout else ""
            if not line:
                proc.kill()
                raise ServerError(f"mock did not start: {Path(log.name).read_text()[-500:]}")
            info = json.loads(line)
            url = f"http://127.0.0.1:{info['port']}"
            _wait_ready(url + "/__mock__/health", proc, Path(log.name))
            yield url
        finally:
            _stop(proc)


def prism_version() -> str | None:
    if not PRISM_BIN.exists():
        return None
    proc = subprocess.run([str(PRISM_BIN), "--version"], capture_output=True, text=True, timeout=60, check=False)
    return proc.stdout.strip() or None if proc.returncode == 0 else None


def install_prism(timeout_s: float = 600.0) -> tuple[str | None, str]:
    """Install Prism 5 into benchmarks/.prism with npm; (version, '') or (None, why not)."""
    version = prism_version()
    if version:
        return version, ""
    npm = shutil.which("npm")
    if npm is None:
        return None, "npm not found"
    PRISM_DIR.mkdir(parents=True, exist_ok=True)
    cmd = [npm, "install", "--prefix", str(PRISM_DIR), "--no-audit", "--no-fund", "--loglevel=error", PRISM_PACKAGE]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired:
        return None, f"npm install {PRISM_PACKAGE} timed out after {timeout_s:.0f} s"
    if proc.returncode != 0:
        last = (proc.stderr.strip() or proc.stdout.strip() or "no output").splitlines()[-1]
        return None, f"npm install {PRISM_PACKAGE} failed: {last[:200]}"
    version = prism_version()
    return (version, "") if version else (None, "npm installed Prism but `prism --version` fails")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def prism_process() -> Iterator[str]:
    """`prism mock` on the CubiCasa spec, logging only warnings (our mock logs no access lines either)."""
    port = free_port()
    cmd = [str(PRISM_BIN), "mock", "-h", "127.0.0.1", "-p", str(port), "-v", "warn", str(SPEC)]
    with tempfile.NamedTemporaryFile("w+", prefix="bench-prism-", suffix=".log") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, text=True)
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_ready(url + "/users", proc, Path(log.name))
            yield url
        finally:
            _stop(proc)
