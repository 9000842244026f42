"""`pulse-crm`: the command line of the Pulse CRM API (user management) client, one command per operation.

The commands are built at start-up from the client's resources (clientkit.cli), so every
operation of the spec is a command, with its arguments and help. Generated; do not edit.
Needs the `cli` extra (click and rich).
"""

from ._client import PROFILE


def main() -> None:
    """Entry point of the `pulse-crm` script and of `python -m pulse_crm`."""
    from clientkit.cli import run

    run(PROFILE)
