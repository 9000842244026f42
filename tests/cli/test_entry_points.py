"""The commands start from a clean environment, as scripts and as `python -m`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("module", "command"), [("cubicasa", "cubicasa"), ("pulse_crm", "pulse-crm"), ("nuweb", "nuweb")]
)
def test_python_m_runs_from_a_clean_environment(module: str, command: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", module, "--help"], cwd=tmp_path, env={}, capture_output=True, text=True, timeout=30,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Usage: {command} [OPTIONS] COMMAND [ARGS]...")
    assert "users" in result.stdout and result.stderr == ""


def test_scripts_are_installed_beside_the_interpreter() -> None:
    scripts = Path(sys.executable).parent
    assert all((scripts / name).exists() for name in ("cubicasa", "pulse-crm", "nuweb"))


def test_no_arguments_shows_the_commands_as_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "nuweb")], cwd=tmp_path, env={}, capture_output=True, text=True, timeout=30,
        check=False,
    )  # fmt: skip
    assert result.returncode == 2 and "auth" in result.stderr and "users" in result.stderr
