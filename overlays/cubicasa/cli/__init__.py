"""The `cubicasa` command line (`pip install 'typed-api-clients[cli]'`): users and orders from a shell.

    export CUBICASA_API_KEY=...
    cubicasa users list --max-items 50
    cubicasa --json orders list --status Ready
    cubicasa orders pdf 312babc6-e742-4d54-ac49-e0f7b16ec15a plan.pdf

Exit codes: 0 success, 1 the API answered with an error, 2 bad configuration or
arguments, 3 no answer (connection failed or timed out).
"""

from __future__ import annotations

import sys

EXIT_USAGE = 2


def main() -> None:
    """Entry point of the `cubicasa` script and of `python -m cubicasa`."""
    try:
        from cubicasa.cli._app import app  # noqa: PLC0415 - typer and rich are an optional extra
    except ModuleNotFoundError as exc:
        if exc.name not in {"typer", "rich"}:
            raise
        print(
            "Error: the cubicasa command needs the 'cli' extra: pip install 'typed-api-clients[cli]'", file=sys.stderr
        )
        sys.exit(EXIT_USAGE)
    app(prog_name="cubicasa")
