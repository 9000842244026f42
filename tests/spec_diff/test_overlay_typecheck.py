"""After a spec change, mypy on the overlays names the overlay code a removed field breaks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tools.generate import ROOT, ApiEntry, generate_one, load_config


def _generate_edited_cubicasa(tmp_path: Path) -> Path:
    spec = (ROOT / "openapi" / "cubicasa-integrate-v3.yaml").read_text()
    removed = """        office_id:
          type: string
          format: uuid
          description: Office the user belongs to.
"""
    assert removed in spec
    edited = tmp_path / "cubicasa-edited.yaml"
    edited.write_text(spec.replace(removed, "", 1))
    config = load_config()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    out = generate_one(ApiEntry("cubicasa", edited, "cubicasa_client"), config, scratch)
    generated = tmp_path / "generated"
    generated.mkdir()
    shutil.move(str(out), generated / "cubicasa_client")
    return generated


def test_removed_field_used_by_the_overlay_fails_typecheck_naming_it(tmp_path: Path) -> None:
    generated = _generate_edited_cubicasa(tmp_path)
    env = dict(os.environ, MYPYPATH=f"{generated}{os.pathsep}{ROOT / 'overlays'}")
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "-p", "cubicasa"]
    proc = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert 'Unexpected keyword argument "office_id" for "UserCreate"' in proc.stdout
    assert "cubicasa/resources/users.py" in proc.stdout
