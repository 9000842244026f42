"""placeholder"""

from __future__ import annotations

import sys
from typing import Any

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_CANCELLED = 4
EXIT_INTERRUPTED = 130  # Ctrl-C while a call was under way (the shell's convention)


def run(profile: Any, argv: list[str] | None = None) -> None:
    """Build the command line of the API `profile` describes and run it (exits the process)."""
    try:
        import click  # noqa: F401, PLC0415 -- an optional extra
        import rich  # noqa: F401, PLC0415
    except ModuleNotFoundError:
        distribution = "typed-api-clients[cli]"
        message = f"Error: the {profile.command} command needs the 'cli' extra: pip install '{distribution}'"
        print(message, file=sys.stderr)
        sys.exit(EXIT_USAGE)
    from clientkit.cli.app import build  # noqa: PLC0415

    build(profile).main(args=argv, prog_name=profile.command)
