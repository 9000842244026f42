"""The command line of every API, built from its generated client: one command per operation.

    cubicasa users list --max-items 50
    cubicasa orders get 312babc6-e742-4d54-ac49-e0f7b16ec15a --json
    pulse-crm users create --email ada@example.com --name "Ada Lovelace"
    nuweb users suspend 5 --yes

Exit codes: 0 success; 1 the API answered with an error (or with something that does not match
its spec); 2 bad configuration or arguments (nothing was sent); 3 no usable answer (connection
failed, timed out, or the answer was too large); 4 cancelled at a prompt (nothing was sent).
"""

from __future__ import annotations

import sys
from typing import Any

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_CANCELLED = 4


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
