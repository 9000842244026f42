"""What every command shares: the global options, the client, and SDK errors turned into exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NoReturn

import httpx
import typer

from clientkit.options import DEFAULT_TIMEOUT
from clientkit.redaction import scrub
from cubicasa import APIConnectionError, ArgumentError, ConfigurationError, CubiCasa, CubiCasaError

EXIT_API = 1  # the API answered with an error, or with something the client could not read
EXIT_USAGE = 2  # bad configuration or arguments: nothing was sent
EXIT_CONNECTION = 3  # no answer: the connection failed or timed out


@dataclass(frozen=True)
class Settings:
    """The global options; the API key is left out of the repr."""

    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float | None = None
    json: bool = False


def settings(ctx: typer.Context) -> Settings:
    found = ctx.find_object(Settings)
    return found if found is not None else Settings()


def make_client(settings: Settings, *, transport: httpx.BaseTransport | None = None) -> CubiCasa:
    """The client a command uses. Tests replace this (or pass `transport`) to run without a network."""
    return CubiCasa(
        settings.api_key,
        base_url=settings.base_url,
        timeout=DEFAULT_TIMEOUT if settings.timeout is None else settings.timeout,
        transport=transport,
    )


def exit_code(exc: CubiCasaError) -> int:
    if isinstance(exc, ConfigurationError | ArgumentError):
        return EXIT_USAGE
    if isinstance(exc, APIConnectionError):
        return EXIT_CONNECTION
    return EXIT_API


def fail(message: str, code: int) -> NoReturn:
    """Print one line to stderr (scrubbed of credentials) and exit with `code`."""
    typer.echo(f"Error: {scrub(message)}", err=True)
    raise typer.Exit(code)


@contextmanager
def session(ctx: typer.Context) -> Iterator[CubiCasa]:
    """A client for one command, closed afterwards; an SDK error becomes `Error: ...` and an exit code."""
    try:
        with make_client(settings(ctx)) as client:
            yield client
    except CubiCasaError as exc:
        fail(str(exc), exit_code(exc))
