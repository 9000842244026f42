"""Check a live deployment against our spec, read-only: `make contract-live API=cubicasa URL=... API_KEY=...`.

Runs schemathesis' CLI with only the safe operations (GET) unless `--allow-writes`
is given explicitly, positive data only, rate-limited to stay well under the
vendor's limits, then prints one line per operation where the live API and
our spec disagree. A live API is never sent a write by accident.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tools.generate import ROOT, load_config


@dataclass(frozen=True)
class LiveAuth:
    """How one API authenticates, and how fast we may call it."""

    headers: tuple[tuple[str, str], ...]  # (header, environment variable holding its value)
    prefix: str  # put before the secret value of the first header (e.g. "Bearer ")
    rate_limit: str


LIVE_AUTH = {
    "cubicasa": LiveAuth((("api-key", "API_KEY"),), "", "2/s"),  # no limit documented: stay polite
    "pulse_crm": LiveAuth((("Authorization", "API_KEY"), ("x-account-id", "ACCOUNT_ID")), "Bearer ", "2/s"),
    "nuweb": LiveAuth((("Authorization", "API_KEY"), ("X-NU-COMPANY-ID", "COMPANY_ID")), "Bearer ", "50/m"),
}


@dataclass(frozen=True)
class Mismatch:
    operation: str
    message: str


def build_command(
    api: str, url: str, report_dir: Path, *, allow_writes: bool, max_examples: int, rate_limit: str | None
) -> tuple[list[str], dict[str, str]]:
    """The schemathesis command; secrets travel in the environment, never on the command line."""
    entry = next((a for a in load_config().apis if a.name == api), None)
    if entry is None or api not in LIVE_AUTH:
        raise SystemExit(f"unknown API {api!r}; choose one of {', '.join(sorted(LIVE_AUTH))}")
    auth = LIVE_AUTH[api]
    env = dict(os.environ)
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "run",
        str(entry.spec),
        "--url",
        url,
        "--mode",
        "positive",
        "--max-examples",
        str(max_examples),
        "--rate-limit",
        rate_limit or auth.rate_limit,
        "--phases",
        "examples,coverage,fuzzing",
        "--report",
        "junit",
        "--report-dir",
        str(report_dir),
        "--no-shrink",
    ]
    config_lines = ["[headers]"]
    for i, (header, variable) in enumerate(auth.headers):
        value = os.environ.get(variable)
        if not value:
            raise SystemExit(f"set {variable} (the value of the {header} header) to test {api} live")
        env_name = f"CONTRACT_LIVE_HEADER_{i}"
        env[env_name] = (auth.prefix if i == 0 else "") + value
        config_lines.append(f'"{header}" = "${{{env_name}}}"')  # schemathesis resolves ${NAME} itself
    config = report_dir / "schemathesis.toml"
    config.write_text("\n".join(config_lines) + "\n")
    command[1:1] = ["--config-file", str(config)]
    if not allow_writes:
        command += ["--include-method", "GET"]
    return command, env


def read_mismatches(report_dir: Path) -> list[Mismatch]:
    """Failures from schemathesis' JUnit report, one per failing operation and message."""
    found: list[Mismatch] = []
    for report in report_dir.glob("*.xml"):
        for case in ET.parse(report).getroot().iter("testcase"):
            for failure in [*case.iter("failure"), *case.iter("error")]:
                text = (failure.get("message") or failure.text or "").strip().splitlines()
                found.append(Mismatch(case.get("name", "?"), text[0] if text else failure.tag))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api", default="cubicasa", choices=sorted(LIVE_AUTH))
    parser.add_argument("--url", required=True, help="base URL of the deployment")
    parser.add_argument("--allow-writes", action="store_true", help="also send POST/PATCH/PUT/DELETE (creates data!)")
    parser.add_argument("--max-examples", type=int, default=5)
    parser.add_argument("--rate-limit", default=None, help="e.g. 2/s or 50/m (default per API)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="contract-live-") as tmp:
        command, env = build_command(
            args.api,
            args.url,
            Path(tmp),
            allow_writes=args.allow_writes,
            max_examples=args.max_examples,
            rate_limit=args.rate_limit,
        )
        mode = "reads and WRITES" if args.allow_writes else "read-only (GET)"
        print(
            f"contract-live: {args.api} at {args.url}, {mode}, rate limit {command[command.index('--rate-limit') + 1]}"
        )
        code = subprocess.run(command, env=env, cwd=ROOT, check=False).returncode
        mismatches = read_mismatches(Path(tmp))
    print(f"\ncontract-live summary: {len(mismatches)} mismatch(es) between the live API and our spec")
    for mismatch in mismatches:
        print(f"  {mismatch.operation}: {mismatch.message}")
    return 1 if mismatches or code else 0


if __name__ == "__main__":
    sys.exit(main())
