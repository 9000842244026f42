"""The command lines cover the generated surface: a command per operation, and a test that runs each.

The operations come from the spec through the generator's own surface model
(`tools.surface_project.build_surface`), not from the command line, so an operation
the command line failed to pick up is caught here.
"""

from __future__ import annotations

import functools
import importlib

import click
import pytest

from tests.cli.conftest import DRIVES, PROFILES, group
from tools.generate import load_config
from tools.surface_project import build_surface

DRIVE_MODULES = ("tests.cli.test_drive_cubicasa", "tests.cli.test_drive_pulse_crm", "tests.cli.test_drive_nuweb")


@functools.cache
def operations(api: str) -> set[str]:
    """`resource method` (the command line's spelling) for every operation of the spec, plus the
    one-page variant of each paginated one."""
    entry = next(entry for entry in load_config().apis if entry.name == api)
    found = set()
    for method in build_surface(entry).methods():
        name = f"{method.resource.replace('_', '-')} {method.name.replace('_', '-')}"
        found.add(name)
        if method.paging is not None:
            found.add(f"{name}-page")
    return found


def commands(api: str) -> set[str]:
    root = group(api)
    return {
        f"{name} {command}"
        for name, sub in root.commands.items()
        if isinstance(sub, click.Group)
        for command in sub.commands
    }


def test_every_api_has_a_command_line() -> None:
    assert {entry.name for entry in load_config().apis} == set(PROFILES)
    assert [PROFILES[api].command for api in PROFILES] == ["cubicasa", "pulse-crm", "nuweb"]


@pytest.mark.parametrize("api", list(PROFILES))
def test_every_operation_is_a_command(api: str) -> None:
    assert operations(api), "the surface has operations"
    assert operations(api) == commands(api)


@pytest.mark.parametrize("api", list(PROFILES))
def test_every_command_is_driven_against_the_mock(api: str) -> None:
    for module in DRIVE_MODULES:
        importlib.import_module(module)
    assert sorted(commands(api) - DRIVES[api]) == [], "commands no test runs"
    assert sorted(DRIVES[api] - commands(api)) == [], "tests declare commands that do not exist"


@pytest.mark.parametrize("api", list(PROFILES))
def test_every_command_has_help(api: str) -> None:
    root = group(api)
    for name, sub in root.commands.items():
        assert isinstance(sub, click.Group) and sub.help, name
        for command_name, command in sub.commands.items():
            assert command.help and command.short_help, f"{name} {command_name}"
            assert "paginator" not in command.help and "`.pages()`" not in command.help
            for param in command.params:  # the options the command line adds (the spec describes the others)
                if param.name in {"max_pages", "dedupe", "max_items", "yes", "json", "fields"}:
                    assert isinstance(param, click.Option) and param.help, f"{name} {command_name} {param.opts}"
