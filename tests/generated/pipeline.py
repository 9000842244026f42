"""The generation pipeline copied to a temporary folder, with a changed spec, and `make generate`'s step run there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path("openapi") / "cubicasa-integrate-v3.yaml"


def pipeline_copy(folder: Path, edit_spec: Callable[[str], str]) -> Path:
    """Specs, templates, config and tools in `folder`, the CubiCasa spec changed by `edit_spec`."""
    for name in ("openapi", "templates", "tools"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "generator-config.yaml", folder)
    spec = folder / SPEC
    spec.write_text(edit_spec(spec.read_text()))
    return folder


def generate_cubicasa(folder: Path) -> None:
    """`tools.generate --api cubicasa` in the copy; fails the test with its output if it fails."""
    done = subprocess.run(
        [sys.executable, "-m", "tools.generate", "--api", "cubicasa", "--root", str(folder)],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def run_against_copy(folder: Path, code: str, *, cwd: Path | None = None) -> str:
    """Run `code` in a fresh interpreter that imports the copy's generated packages (and our runtime); its stdout."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(folder / "generated"), str(ROOT / "overlays")]))
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd or folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout.strip()
