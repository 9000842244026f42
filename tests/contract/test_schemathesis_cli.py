"""Schemathesis' own command line (``st run``) against each mock: every phase, every check, no failure.

This is the run a user of the specs would make first, so it runs here as the vendor's tool
ships it: ``--checks all`` and the examples, coverage, fuzzing and stateful phases (schemathesis'
link inference on, next to the specs' own links), bounded by ``--max-examples`` and
``--max-time``. The mocks run in strict mode, so an answer that drifts from its spec is a 500
(``not_a_server_error``) and is recorded for the drift check at the end.

What is set around the tool, and why (nothing else is excluded):

* ``tests/contract/st_hooks.py`` points a tenant header at the seeded tenant (test data), and
  drops three kinds of false positives of schemathesis, each explained there: a 422 for a
  request that breaks the spec's ``x-any-of-parameters`` rule (which OpenAPI cannot state and
  schemathesis does not read), a 422 that only names data-dependent errors (an e-mail address
  in use, wrong credentials, an unknown role id), and an extra header reported as accepted
  negative data. The summary counts what was dropped.
* Credentials go in the config's ``[auth.openapi.<scheme>]`` (Pulse CRM: a fresh session from
  ``POST /auth/login``), so schemathesis knows which header carries them.
* Schemathesis' cache is off and its example database is ``none``, so runs do not depend on
  earlier ones; the seed is fixed.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import clientkit_mocks as mocks

ROOT = Path(__file__).resolve().parents[2]
HOOKS = Path(__file__).with_name("st_hooks.py")
ST = Path(sys.executable).with_name("st")  # schemathesis' CLI, installed next to this interpreter
MAX_EXAMPLES, MAX_TIME_S, SEED = 10, 15, 17
SPECS = {"cubicasa": "cubicasa-integrate-v3.yaml", "pulse_crm": "pulse-crm.yaml", "nuweb": "nuweb.yaml"}
CONFIG = f"""\
hooks = "{HOOKS.as_posix()}"

[cache]
enabled = false
"""


def credentials(api: str, base_url: str) -> str:
    """The run's `[auth.openapi.<scheme>]` block: schemathesis then knows which header is the credential,
    so its "missing required header" cases really go without it."""
    if api == "cubicasa":
        return '[auth.openapi.apiKey]\napi_key = "demo-key"\n'
    if api == "nuweb":
        return '[auth.openapi.bearerAuth]\nbearer = "demo-token"\n'
    login = httpx.post(f"{base_url}/auth/login", json={"apiKey": "apiKey-demo", "apiSecret": "demo-secret"})
    login.raise_for_status()
    token = login.json()["token"]
    return f'[auth.openapi.bearerAuth]\nbearer = "{token}"\n'


@pytest.fixture(params=sorted(SPECS), ids=sorted(SPECS))
def api(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """A fresh strict mock per API, with its name and base URL."""
    with mocks.running(request.param, strict=True) as base_url:
        yield request.param, base_url


def test_st_run_all_phases_all_checks_finds_nothing(api: tuple[str, str], tmp_path: Path) -> None:
    name, base_url = api
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG + "\n" + credentials(name, base_url))
    command = [
        sys.executable,
        str(ST),
        "--config-file",
        str(config),
        "--no-color",
        "run",
        str(ROOT / "openapi" / SPECS[name]),
        "--url",
        base_url,
        "--checks",
        "all",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--max-time",
        str(MAX_TIME_S),
        "--seed",
        str(SEED),
        "--no-shrink",
        "--generation-database",
        "none",
        "--request-timeout",
        "10",
    ]
    run = subprocess.run(command, check=False, cwd=tmp_path, capture_output=True, text=True, timeout=MAX_TIME_S + 120)
    output = run.stdout + run.stderr
    assert run.returncode == 0, f"st run found problems ({name}):\n{output[-6000:]}"
    assert "Failed to extract data from response" not in output, output[-6000:]  # every declared link resolves
    stateful = re.search(r"Stateful \(in .*?Scenarios:\s+(\d+).*?API Links:\s+(\d+) covered", output, re.S)
    assert stateful and int(stateful[1]) > 0 and int(stateful[2]) > 0, f"no stateful scenario ran:\n{output}"
    drift = httpx.get(f"{base_url}/__mock__/drift").json()
    assert drift == [], f"mock answers drifted from the spec: {drift}"
    print(output[output.find("Stateful (") :])  # with -rP: links covered, failures dropped by st_hooks
