"""`nuweb`: the command line of the NU Web Group (Nutickets) Admin API - company users client, one command per operation.

The commands are built at start-up from the client's resources (clientkit.cli), so every
operation of the spec is a command, with its arguments and help. Generated; do not edit.
Needs the `cli` extra (click and rich).
"""

from ._client import PROFILE


def main() -> None:
    """Entry point of the `nuweb` script and of `python -m nuweb`."""
    from clientkit.cli import run

    run(PROFILE)
