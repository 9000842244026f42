"""README.md tells the truth: every ```python block runs as written, and its environment tables cannot drift.

Each block runs in a fresh interpreter (this one's `sys.executable`), in an empty temporary
directory, against the three mocks (started once for the module, reset before every block),
with only the documented environment variables pointing at them: the mocks' URLs and demo
credentials, nothing inherited with a client's prefix. A block passes when it exits 0; a
block that holds pytest tests (`def test_...`) is run by pytest instead, as its reader would.

The tables of environment variables must name exactly the variables the code reads: the ones
`overlays/` and the generated `_client.py` modules spell out, the ones the clients derive from
their profile (`<PREFIX>_BASE_URL`, `<PREFIX>_LOG`, the credential, the client parameters) and
the ones the command lines read for secret arguments (`<PREFIX>_<ARGUMENT>`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from clientkit_mocks.handle import MockHandle, start

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PREFIXES = {"cubicasa": "CUBICASA", "pulse_crm": "PULSE", "nuweb": "NUWEB"}  # mock name -> env_prefix
BLOCK_TIMEOUT_S = 60

FENCE_OPEN = re.compile(r"^(\s*)```python\s*$")
ENV_NAME = re.compile(r"\b(?:CUBICASA|PULSE|NUWEB)_[A-Z0-9_]*[A-Z0-9]\b")
ENV_ROW = re.compile(r"^\|\s*`((?:CUBICASA|PULSE|NUWEB)_[A-Z0-9_]+)`\s*\|", re.MULTILINE)
TEST_FUNCTION = re.compile(r"^(?:async )?def test_", re.MULTILINE)


def python_blocks(text: str) -> list[tuple[str, str]]:
    """(`README.md:<line of the fence>`, code) for every ```python block, dedented to its fence."""
    lines = text.splitlines()
    blocks = []
    index = 0
    while index < len(lines):
        opening = FENCE_OPEN.match(lines[index])
        if opening is None:
            index += 1
            continue
        indent, start = opening.group(1), index
        index += 1
        code = []
        while index < len(lines) and lines[index].strip() != "```":
            code.append(lines[index].removeprefix(indent))
            index += 1
        assert index < len(lines), f"README.md:{start + 1}: the ```python block is never closed"
        blocks.append((f"README.md:{start + 1}", "\n".join(code) + "\n"))
        index += 1
    return blocks


BLOCKS = python_blocks(README.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, MockHandle]]:
    with ExitStack() as stack:
        yield {api: stack.enter_context(start(api)) for api in PREFIXES}


def block_environment(mocks: dict[str, MockHandle]) -> dict[str, str]:
    """This process's environment without any client variable, plus the mocks' URLs and credentials."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(_prefixes())}
    for api, handle in mocks.items():
        prefix = PREFIXES[api]
        env[f"{prefix}_BASE_URL"] = handle.url
        for argument, value in handle.credentials.items():  # api_key -> CUBICASA_API_KEY, company_id -> ...
            env[f"{prefix}_{argument.upper()}"] = str(value)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _prefixes() -> tuple[str, ...]:
    return tuple(f"{prefix}_" for prefix in PREFIXES.values())


def test_the_readme_has_python_blocks() -> None:
    assert BLOCKS, "README.md has no ```python block"
    fences = sum(1 for line in README.read_text(encoding="utf-8").splitlines() if FENCE_OPEN.match(line))
    assert len(BLOCKS) == fences


@pytest.mark.parametrize("code", [pytest.param(code, id=where) for where, code in BLOCKS])
def test_python_block_runs_as_written(
    code: str, mocks: dict[str, MockHandle], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    for handle in mocks.values():
        handle.reset()
    where = request.node.callspec.id
    if TEST_FUNCTION.search(code):  # a test file: run it the way its reader would
        script = tmp_path / "test_readme_block.py"
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", script.name]
    else:
        script = tmp_path / "readme_block.py"
        command = [sys.executable, script.name]
    script.write_text(code, encoding="utf-8")
    try:
        done = subprocess.run(
            command,
            cwd=tmp_path,
            env=block_environment(mocks),
            capture_output=True,
            text=True,
            timeout=BLOCK_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"{where} did not finish within {BLOCK_TIMEOUT_S} s\n{_output(exc.stdout, exc.stderr)}")
    if done.returncode != 0:
        pytest.fail(f"{where} exited {done.returncode}\n{_output(done.stdout, done.stderr)}", pytrace=False)


def _output(stdout: Any, stderr: Any) -> str:
    def text(value: Any) -> str:
        return value.decode(errors="replace") if isinstance(value, bytes) else (value or "")

    return f"--- stdout ---\n{text(stdout)[-6000:]}\n--- stderr ---\n{text(stderr)[-6000:]}"


# --- the tables of environment variables ------------------------------------------------------------
def documented() -> set[str]:
    return set(ENV_ROW.findall(README.read_text(encoding="utf-8")))


def spelt_out_in_the_code() -> set[str]:
    """Every variable name written in overlays/ and in the generated `_client.py` modules."""
    files = [*ROOT.glob("overlays/**/*.py"), *ROOT.glob("generated/*/_client.py")]
    return {name for path in files for name in ENV_NAME.findall(path.read_text(encoding="utf-8"))}


def read_by_the_clients() -> set[str]:
    """What the clients derive from their profiles (the overlays' own names are spelt out: see above)."""
    from cubicasa import CubiCasa  # noqa: PLC0415
    from nuweb import NuWeb  # noqa: PLC0415
    from pulse_crm import PulseCRM  # noqa: PLC0415

    names: set[str] = set()
    for client in (CubiCasa, PulseCRM, NuWeb):
        profile = client._profile
        names |= {profile.base_url_env, profile.log_env}
        if profile.credential is not None:
            names.add(profile.credential.env)
        names |= {parameter.env for parameter in profile.parameters if parameter.env}
    return names


def read_by_the_commands() -> set[str]:
    """`<PREFIX>_<ARGUMENT>` for every secret the command lines take (global options and request arguments)."""
    from clientkit.cli.params import secret_env, shape  # noqa: PLC0415
    from clientkit.cli.surface import constructor_arguments, resources  # noqa: PLC0415
    from cubicasa import CubiCasa  # noqa: PLC0415
    from nuweb import NuWeb  # noqa: PLC0415
    from pulse_crm import PulseCRM  # noqa: PLC0415

    names: set[str] = set()
    for client in (CubiCasa, PulseCRM, NuWeb):
        profile = client._profile
        credential = profile.credential
        for name, (_, hint) in constructor_arguments(client).items():
            if shape(hint).secret:
                if credential is not None and credential.argument == name:  # the client's own credential
                    names.add(credential.env)
                else:
                    names.add(secret_env(name, profile.env_prefix))
        for resource in resources(client):
            for method in resource.methods:
                for argument in method.arguments:
                    if shape(argument.hint).secret:
                        names.add(secret_env(argument.name, profile.env_prefix))
    return names


def test_every_documented_variable_is_read() -> None:
    read = spelt_out_in_the_code() | read_by_the_clients() | read_by_the_commands()
    never_read = documented() - read
    assert not never_read, f"README.md documents variables nothing reads: {sorted(never_read)}"


def test_every_variable_read_is_documented() -> None:
    assert documented(), "README.md has no table of environment variables"
    read = spelt_out_in_the_code() | read_by_the_clients() | read_by_the_commands()
    undocumented = read - documented()
    assert not undocumented, f"the code reads variables README.md does not document: {sorted(undocumented)}"


def test_the_blocks_get_only_documented_variables(mocks: dict[str, MockHandle]) -> None:
    given = {name for name in block_environment(mocks) if name.startswith(_prefixes())}
    assert given <= documented(), sorted(given - documented())


def _inferred_marks(spec: str) -> int:
    return (ROOT / "openapi" / spec).read_text(encoding="utf-8").count("x-inferred: true")


def test_the_inferred_counts_match_the_specs() -> None:
    """The README's count of guesses is a claim about the specs; keep it true."""
    line = next(line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("Counts: `grep -c"))
    counts = dict(re.findall(r"(CubiCasa|Pulse CRM|NU Web) (\d+)", line))
    assert counts == {
        "CubiCasa": str(_inferred_marks("cubicasa-integrate-v3.yaml")),
        "Pulse CRM": str(_inferred_marks("pulse-crm.yaml")),
        "NU Web": str(_inferred_marks("nuweb.yaml")),
    }


def _benchmark_table(text: str) -> list[str]:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| benchmark | ours"))
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("|")), len(lines))
    return lines[start:end]


def test_the_benchmark_table_is_the_last_full_run() -> None:
    """README's figures are benchmarks/results.md's (what `make bench` last wrote), row for row."""
    results = (ROOT / "benchmarks" / "results.md").read_text(encoding="utf-8")
    assert _benchmark_table(README.read_text(encoding="utf-8")) == _benchmark_table(results)
    run = re.search(r"Run (\d{4}-\d\d-\d\d \d\d:\d\d) UTC", results)
    assert run is not None and f"({run.group(1)} UTC" in README.read_text(encoding="utf-8")
