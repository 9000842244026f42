"""What the command-line tests share: the three mocks, and running a command against one of them.

`cubicasa`, `pulse` and `nuweb` run a command in-process (click's `CliRunner` on the group
`clientkit.cli.app.build(PROFILE)` makes) with the environment pointing at the real mock over
HTTP, as a user's shell would; `terminal.py` runs the installed scripts in a real terminal.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

import clientkit_mocks as mocks
from clientkit.cli.app import build
from cubicasa_client import PROFILE as CUBICASA
from nuweb_client import PROFILE as NUWEB
from pulse_crm_client import PROFILE as PULSE
from tests.mock_state import fresh_state

PROFILES = {"cubicasa": CUBICASA, "pulse_crm": PULSE, "nuweb": NUWEB}
CREDENTIALS = {  # mocks/README.md
    "cubicasa": {"CUBICASA_API_KEY": "demo-key"},
    "pulse_crm": {"PULSE_API_KEY": "apiKey-demo", "PULSE_API_SECRET": "demo-secret", "PULSE_ACCOUNT_ID": "2311"},
    "nuweb": {"NUWEB_TOKEN": "demo-token", "NUWEB_COMPANY_ID": "1"},
}
SECRETS = ("demo-key", "demo-secret", "demo-token", "demo-password")  # never in any output
DRIVES: dict[str, set[str]] = {api: set() for api in PROFILES}  # api -> "resource command" a test drives


@functools.cache
def group(api: str) -> click.Group:
    return build(PROFILES[api])


def command_of(api: str, args: tuple[str, ...]) -> str | None:
    """`users list` for `("--json", "users", "list", ...)`: the first resource group and its command."""
    root = group(api)
    for index, arg in enumerate(args):
        sub = root.commands.get(arg)
        if isinstance(sub, click.Group) and index + 1 < len(args):
            name = next((a for a in args[index + 1 :] if not a.startswith("-")), None)
            return f"{arg} {name}" if name in sub.commands else None
    return None


def clean_environment() -> dict[str, str | None]:
    """The developer's own API settings and terminal width unset, for a run that sees only the test's."""
    names = [n for n in os.environ if n.startswith(("CUBICASA_", "PULSE_", "NUWEB_"))]
    return {name: None for name in [*names, "COLUMNS", "LINES", "FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE"]}


@dataclass
class Cli:
    """Runs `<api> ARGS` in-process against the mock; remembers which commands succeeded."""

    api: str
    url: str
    ran: set[str] = field(default_factory=set)

    @property
    def env(self) -> dict[str, str | None]:
        return {**clean_environment(), **CREDENTIALS[self.api], PROFILES[self.api].base_url_env: self.url}

    def __call__(
        self, *args: str, input: str | None = None, env: dict[str, str | None] | None = None, code: int = 0
    ) -> Result:
        result = CliRunner().invoke(group(self.api), list(args), input=input, env={**self.env, **(env or {})})
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"{args} crashed: {result.exception!r}\n{result.output}") from result.exception
        assert result.exit_code == code, f"{args} exited {result.exit_code}, not {code}:\n{result.output}"
        for secret in SECRETS:
            assert secret not in result.output, f"{args} printed a credential"
        if result.exit_code == 0 and (command := command_of(self.api, args)) is not None:
            self.ran.add(command)
        return result

    def json(self, *args: str, **options: Any) -> Any:
        """The command's answer, run with --json after the command's arguments."""
        return json.loads(self(*args, "--json", **options).stdout)


def drives(api: str, *commands: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Marks a test as the one that runs `commands` of `api` for real (checked when it ends)."""

    def mark(test: Callable[..., None]) -> Callable[..., None]:
        DRIVES[api].update(commands)

        @functools.wraps(test)
        def run(*args: Any, **kwargs: Any) -> None:
            test(*args, **kwargs)
            ran = set().union(*(c.ran for c in kwargs.values() if isinstance(c, Cli) and c.api == api))
            assert set(commands) <= ran, f"declared but not run successfully: {sorted(set(commands) - ran)}"

        return run

    return mark


@pytest.fixture(scope="session")
def mock_urls() -> Iterator[dict[str, str]]:
    """One strict mock per API for the whole run (the data is reset per test)."""
    with ExitStack() as stack:
        yield {api: stack.enter_context(mocks.running(api)) for api in PROFILES}


def _cli(api: str, mock_urls: dict[str, str]) -> Iterator[Cli]:
    with fresh_state(mock_urls[api]) as url:
        yield Cli(api, url)


@pytest.fixture
def cubicasa(mock_urls: dict[str, str]) -> Iterator[Cli]:
    yield from _cli("cubicasa", mock_urls)


@pytest.fixture
def pulse(mock_urls: dict[str, str]) -> Iterator[Cli]:
    yield from _cli("pulse_crm", mock_urls)


@pytest.fixture
def nuweb(mock_urls: dict[str, str]) -> Iterator[Cli]:
    yield from _cli("nuweb", mock_urls)
