"""After a spec change, the report names the symbol and mypy --strict on the overlays names the code it breaks.

The edit removes `UserSession.expiresAt` from the Pulse CRM spec; the overlay's session handling
(overlays/pulse_crm/_auth.py) reads `session.expires_at`. The package is regenerated from the edited spec
into a scratch folder, with the real generator configuration, and the overlays are type-checked against it.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tools import spec_diff
from tools.generate import ROOT, generate_one, load_config

AUTH = ROOT / "overlays" / "pulse_crm" / "_auth.py"
USE = "session.expires_at"


def _edited_spec(tmp_path: Path) -> tuple[Path, Path]:
    config = load_config()
    entry = next(a for a in config.apis if a.name == "pulse_crm")
    doc = yaml.load(entry.spec.read_text(), Loader=yaml.CSafeLoader)
    session = doc["components"]["schemas"]["UserSession"]
    del session["properties"]["expiresAt"]
    assert "expiresAt" not in session.get("required", [])
    edited = tmp_path / "pulse-crm-edited.yaml"
    edited.write_text(yaml.dump(doc, Dumper=yaml.CSafeDumper, sort_keys=False))
    return entry.spec, edited


def _generate(edited: Path, tmp_path: Path) -> Path:
    """generated/<package> for the edited spec, in a scratch folder (the real config: templates, hooks, options)."""
    config = load_config()
    entry = dataclasses.replace(next(a for a in config.apis if a.name == "pulse_crm"), spec=edited)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    out = generate_one(entry, config, scratch)
    assert out.package == scratch / "pulse_crm_client" and out.reference.is_file()
    assert "expires_at" not in (out.package / "models" / "user_session.py").read_text()
    return scratch


def test_removed_field_used_by_the_overlay_is_reported_and_fails_typecheck_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original, edited = _edited_spec(tmp_path)

    # The change report names the model attribute users (and the overlay) read.
    report = spec_diff.build_report(spec_diff.load_config(), "pulse_crm", spec_file=edited, base_file=original)
    (change,) = [c for c in report.breaking if "expiresAt" in c.summary]
    assert change.id == "pulse_crm: removed response field UserSession.expiresAt"
    assert change.python == ("pulse_crm.models.UserSession.expires_at",)

    # The generator's post-hooks run the ruff installed beside this interpreter.
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    generated = _generate(edited, tmp_path)

    # mypy --strict on the overlay package, the regenerated client first on the path.
    env = dict(os.environ, MYPYPATH=f"{generated}{os.pathsep}{ROOT / 'overlays'}")
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "-p", "pulse_crm"]
    proc = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr

    lines = [n for n, text in enumerate(AUTH.read_text().splitlines(), 1) if USE in text]
    assert lines, f"{AUTH} no longer reads {USE}; pick another field the overlays use"
    errors = [line for line in proc.stdout.splitlines() if ": error: " in line]
    expected = [f'{AUTH}:{n}: error: "UserSession" has no attribute "expires_at"  [attr-defined]' for n in lines]
    assert errors == expected, proc.stdout
