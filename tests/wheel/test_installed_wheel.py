"""What a user installs: the wheel, in a fresh venv outside the checkout, running a user's own tests.

Builds the wheel from a copy of the sources, installs it with the `mock` extra and pytest (versions
from constraints.txt) into a new venv under a temporary directory, then runs a test file written
as a user would write it, with the `cubicasa_mock`, `pulse_crm_mock` and `nuweb_mock` fixtures the
wheel's pytest plugin provides. Nothing of the checkout is on that venv's path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "generated", "overlays", "mocks")
TOP_LEVEL = {"clientkit", "clientkit_mocks", "cubicasa", "cubicasa_client", "pulse_crm", "pulse_crm_client"} | {
    "nuweb",
    "nuweb_client",
}

USER_TESTS = """
import asyncio

import pytest
from cubicasa import AsyncCubiCasa, CubiCasa, InternalServerError
from nuweb import NuWeb
from pulse_crm import PulseCRM


def test_create_then_list(cubicasa_mock):
    with CubiCasa(base_url=cubicasa_mock.url, **cubicasa_mock.credentials) as client:
        created = client.users.create(email="ada@example.com")
        assert "ada@example.com" in [user.email for user in client.users.list()]
        assert client.users.get_by_email("ada@example.com").id == created.id


def test_state_is_fresh_in_the_next_test(cubicasa_mock):
    with CubiCasa(base_url=cubicasa_mock.url, **cubicasa_mock.credentials) as client:
        assert "ada@example.com" not in [user.email for user in client.users.list()]


def test_a_fault_reaches_the_caller(cubicasa_mock):
    cubicasa_mock.fault("503", times=3, path="/users")
    with CubiCasa(base_url=cubicasa_mock.url, max_retries=0, **cubicasa_mock.credentials) as client:
        with pytest.raises(InternalServerError):
            client.users.list_page()


def test_order_status_moves_on(cubicasa_mock):
    with CubiCasa(base_url=cubicasa_mock.url, **cubicasa_mock.credentials) as client:
        order = next(iter(client.orders.list(status="Pending")))
        cubicasa_mock.advance_order(str(order.id), "Ready")
        assert client.orders.get(order.id).info.status == "Ready"


def test_in_process_transport(cubicasa_mock):
    transport = cubicasa_mock.transport()
    with CubiCasa(base_url="https://api.test", transport=transport, **cubicasa_mock.credentials) as client:
        assert len(client.users.list_page(limit=5).items) == 5


def test_async_in_process_transport(cubicasa_mock):
    async def walk():
        transport = cubicasa_mock.async_transport()
        async with AsyncCubiCasa(base_url="https://api.test", transport=transport, **cubicasa_mock.credentials) as c:
            return [user async for user in c.users.list(max_pages=2)]

    assert len(asyncio.run(walk())) == 40


def test_pulse_crm_create(pulse_crm_mock):
    with PulseCRM(base_url=pulse_crm_mock.url, **pulse_crm_mock.credentials) as pulse:
        assert pulse.users.create(email="grace@example.com").email == "grace@example.com"


def test_nuweb_list(nuweb_mock):
    with NuWeb(base_url=nuweb_mock.url, **nuweb_mock.credentials) as nu:
        assert [user.email for user in nu.users.list(max_pages=1)]
"""


def _run(*command: str | Path, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PIP_"))}
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(
        [str(c) for c in command], check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(origin, source / name)
    dist = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", dist, source, cwd=source)
    (built,) = dist.glob("typed_api_clients-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("user-venv")
    _run(sys.executable, "-m", "venv", home, cwd=home)
    pip = (home / "bin" / "pip", "install", "--quiet", "-c", ROOT / "constraints.txt")
    _run(*pip, f"{wheel}[mock]", "pytest", cwd=home)
    return home


@pytest.mark.slow
def test_the_wheel_has_no_generic_top_level_names_and_ships_the_specs(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == TOP_LEVEL
    for package in ("cubicasa_client", "pulse_crm_client", "nuweb_client"):
        assert f"{package}/openapi.yaml" in names and f"{package}/py.typed" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "clientkit_mocks = clientkit_mocks.pytest_plugin" in text and "pulse-crm = " in text


@pytest.mark.slow
def test_a_users_test_file_runs_against_the_three_fixtures(venv: Path, tmp_path: Path) -> None:
    (tmp_path / "test_my_integration.py").write_text(USER_TESTS)
    done = _run(venv / "bin" / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", tmp_path, cwd=tmp_path)
    assert done.stdout.splitlines()[-1].startswith("8 passed"), done.stdout


@pytest.mark.slow
def test_the_installed_commands_start(venv: Path, tmp_path: Path) -> None:
    served = _run(venv / "bin" / "clientkit-mock", "--help", cwd=tmp_path).stdout
    assert "cubicasa" in served
    # The command lines need the `cli` extra, which this venv lacks: they say how to install it.
    missing = subprocess.run(
        [venv / "bin" / "cubicasa", "--version"], check=False, capture_output=True, text=True, timeout=60
    )
    assert missing.returncode == 2 and "pip install 'typed-api-clients[cli]'" in missing.stderr, missing.stderr
