"""The stock openapi-python-client output of the CubiCasa spec: a contestant, generated at bench time.

What a user would get by running the generator on `openapi/cubicasa-integrate-v3.yaml`
themselves: `openapi-python-client generate --meta none`, the built-in templates
(no `--custom-template-path`) and the default configuration, except for the
package name (`stock_cubicasa_client`, so it can sit next to our `cubicasa_client`).
The default post-hooks (ruff) run as they would for that user.

The package is cached in benchmarks/.stock/<key>/ (git-ignored; never committed), the
key being a hash of the spec and the generator's version, so a changed spec or
generator regenerates it. Generation takes about a second.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from benchmarks.config import ROOT

SPEC = ROOT / "openapi" / "cubicasa-integrate-v3.yaml"
CACHE = ROOT / "benchmarks" / ".stock"
PACKAGE = "stock_cubicasa_client"
CONFIG = f"package_name_override: {PACKAGE}\nproject_name_override: {PACKAGE}\n"
RECIPE = "1"  # bump when the command below changes


class StockUnavailableError(RuntimeError):
    """The stock client could not be generated (the reason is the message)."""


def _key() -> str:
    digest = hashlib.sha256()
    for part in (RECIPE, metadata.version("openapi-python-client"), CONFIG):
        digest.update(part.encode() + b"\0")
    digest.update(SPEC.read_bytes())
    return digest.hexdigest()[:16]


def ensure_stock() -> Path:
    """The folder to put on sys.path to import `stock_cubicasa_client` (generated if missing)."""
    folder = CACHE / _key()
    if (folder / PACKAGE / "__init__.py").is_file():
        return folder
    generator = Path(sys.executable).parent / "openapi-python-client"
    if not generator.exists():
        raise StockUnavailableError(f"{generator} not found (make venv installs it)")
    CACHE.mkdir(parents=True, exist_ok=True)
    # Generate outside the repository (no project ruff config applies to the post-hooks), then move in place.
    with tempfile.TemporaryDirectory(prefix="bench-stock-") as tmp:
        work = Path(tmp)
        (work / "config.yaml").write_text(CONFIG)
        cmd = [str(generator), "generate", "--path", str(SPEC), "--meta", "none"]
        cmd += ["--output-path", str(work / "out" / PACKAGE), "--config", str(work / "config.yaml")]
        env = dict(os.environ, PATH=str(generator.parent) + os.pathsep + os.environ.get("PATH", ""))
        proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=300, check=False)
        if proc.returncode != 0 or not (work / "out" / PACKAGE / "__init__.py").is_file():
            detail = (proc.stdout + proc.stderr).strip().splitlines()
            raise StockUnavailableError(f"openapi-python-client failed: {detail[-1] if detail else proc.returncode}")
        staged = Path(tempfile.mkdtemp(prefix=".staging-", dir=CACHE))
        shutil.move(str(work / "out"), staged / "out")
        try:
            (staged / "out").rename(folder)
        except OSError:  # another run got there first
            if not (folder / PACKAGE / "__init__.py").is_file():
                raise
        finally:
            shutil.rmtree(staged, ignore_errors=True)
    for old in CACHE.iterdir():  # earlier specs' copies
        if old != folder and not old.name.startswith(".staging-"):
            shutil.rmtree(old, ignore_errors=True)
    return folder


def import_path() -> str:
    """ensure_stock() and put its folder on sys.path; returns that folder."""
    folder = str(ensure_stock())
    if folder not in sys.path:
        sys.path.append(folder)
    return folder
