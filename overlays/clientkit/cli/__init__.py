"""The command line of every API, built from its generated client: one command per operation.

    cubicasa users list --max-items 50
    cubicasa orders get 312babc6-e742-4d54-ac49-e0f7b16ec15a --json
    cubicasa orders combined-pdf 312babc6-e742-4d54-ac49-e0f7b16ec15a plan.pdf
    pulse-crm users create --email ada@example.com --name "Ada Lovelace" --no-active
    nuweb --company-id 2 users suspend 5 --yes

Commands (`cubicasa`, `pulse-crm`, `nuweb`; also `python -m cubicasa|pulse_crm|nuweb`):
`<command> [GLOBAL OPTIONS] RESOURCE METHOD [ARGUMENTS] [OPTIONS]`, one group per resource of
the client and one command per method its `_operations` declares (`client.users.get_by_email`
is `users get-by-email`), built at start-up from signatures, type hints and docstrings: an
operation added to a spec is a command after `make generate`. A paginated operation is two
commands: `list` prints every item (fetching page after page; `--max-items`, `--max-pages`,
`--dedupe`) and `list-page` prints one page (its paging fields go to stderr). A download
takes the file's PATH and prints it. `--help` (`-h`) at every level.

Arguments: path parameters (and `x-sdk-positional` ones) are positional; everything else is an
option named after the Python argument (`--owner-email`). Enums list their values (others are
still sent, as the client allows); lists repeat the option (`--status Ready --status Pending`);
models and mappings take JSON (`--order-preferences '{"comment": "x"}'`, checked before sending);
`bool | None` is tri-state (`--active`, `--no-active`, or neither: not sent); an open body takes
`--field NAME=VALUE` (VALUE is JSON, else text). Passwords and other secrets in a request are
never command-line values: `--password` is a flag, and the value comes from $<PREFIX>_<NAME>
(`CUBICASA_PASSWORD`, `NUWEB_PASSWORD`, `PULSE_API_SECRET`...), else a prompt without echo, else
the first line of stdin when that is not a terminal (one line per secret, in order).

Global options (before the resource): one per text or number argument of the client's
constructor, following an overlay's `**options` to the generated class: the credentials
(`--api-key`; Pulse `--api-key`/`--api-secret`/`--token`; NU Web `--token`: the environment is
better, a command line is visible to other users), `--base-url` (else $<PREFIX>_BASE_URL, else
production), the client parameters (`--account-id`, `--company-id`, `--language`, else their
environment variables), `--timeout`, `--max-retries`, the size and download limits,
`--allow-insecure`, NU Web's `--rate-limit`; `--version` (`-V`). `--json` is accepted anywhere:
before the resource, after it, or among the command's own options.

Output: with `--json`, the API's fields as JSON (a listing is a JSON array written item by item;
an answer with no body is `null`). Otherwise a listing is a table in a terminal and tab-separated
lines in a pipe (a header line, then one line per item, every value whole, streamed); one object
is printed as `field  value` lines (nested fields as `info.status`). Identifiers and e-mail
addresses (by name, or any value shaped like a UUID or an address) are never cut: the `id` and
e-mail columns keep their full width even when that is wider than the terminal, other such
columns are shown only when they fit whole, the remaining columns wrap or are left out (named on
stderr). While a listing is fetched, stderr shows a live count when it is a terminal; a download
shows a progress bar there. Nothing but the answer goes to stdout.

Credentials never reach the screen: everything written is scrubbed of every credential the
client holds (even when a server echoes one back), and help shows no values. One exception, on
purpose: a login (an operation that sends no credentials: `nuweb auth login`, `pulse-crm auth
login`) prints the token it obtained, since that is what it is for (`nuweb auth login` prints
only the token, so `NUWEB_TOKEN=$(nuweb auth login --email ... --password)` works; NU Web tokens
do not expire). Such commands run without a stored credential.

DELETE commands ask first (`Delete user <id>? [y/N]`); `--yes` (`-y`) does not; without a
terminal on stdin they refuse unless given `--yes`.

Errors are one `Error: ...` line on stderr (no traceback): the API's status, method, path and
message, and for API and connection errors the base URL used and where it came from
(`--base-url`, $<PREFIX>_BASE_URL, or production, the default); a configuration error names the
option and variable to set.

Exit codes: 0 success; 1 the API answered with an error (or with something that does not match
its spec); 2 bad options, arguments or configuration, or a confirmation needed without a terminal
(nothing was sent); 3 no usable answer (connection failed, timed out, or the answer was too
large); 4 cancelled at a prompt (nothing was sent); 130 interrupted (Ctrl-C) during a call.
A closed pipe (`| head`) ends the command quietly with 0.
"""

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
