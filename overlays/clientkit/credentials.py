"""Refuse a credential that cannot travel in an HTTP header, before it is ever put in one.

A key with a CR, LF or NUL in it makes h11 raise an error that quotes the
whole header value, which then reaches `str(exc)`, tracebacks and DEBUG logs;
a non-ASCII one is sent as bytes the server never issued. The error raised
here names what is wrong and never the value.
"""

from __future__ import annotations

from typing import TypeVar

from clientkit.errors import ConfigurationError
from clientkit.redaction import Secret

CredentialT = TypeVar("CredentialT", str, Secret)

_CONTROL_NAMES = {"\r": "CR", "\n": "LF", "\x00": "NUL", "\t": "TAB", "\x7f": "DEL"}


def _is_control(char: str) -> bool:
    return char < " " or char == "\x7f"


def _control_kinds(text: str) -> str:
    kinds = {_CONTROL_NAMES.get(char, "other control character") for char in text if _is_control(char)}
    return ", ".join(sorted(kinds))


def header_problem(value: str) -> str | None:
    """What stops `value` from travelling as an HTTP header value, worded without quoting it; None if nothing.

    Control characters (CR, LF, NUL, TAB, DEL, ...) would split the request or be refused by h11
    with an error quoting the whole value; non-ASCII characters go out as bytes nobody issued;
    spaces at either end are not part of a header value (servers strip them, h11 refuses them).
    """
    if any(_is_control(char) for char in value):
        trimmed = value.rstrip("".join({char for char in value if _is_control(char)}))
        where = "at its end (a copied line break?)" if not any(map(_is_control, trimmed)) else "inside it"
        return f"contains a control character ({_control_kinds(value)}) {where}; an HTTP header cannot carry it"
    if not value.isascii():
        count = sum(1 for char in value if not char.isascii())
        return f"contains {count} non-ASCII character(s); HTTP headers carry ASCII only"
    if value != value.strip(" "):
        return "starts or ends with a space"
    return None


def check_header_value(value: CredentialT, what: str) -> CredentialT:
    """Return `value` if it can be sent as a header value; else raise `ConfigurationError` naming `what`.

    Refused: a non-string, an empty value, control characters (CR, LF, NUL, TAB, ...), non-ASCII
    characters, and spaces at either end. The message says which and roughly where, never the value.
    """
    if isinstance(value, Secret):
        check_header_value(value.reveal(), what)
        return value
    if not isinstance(value, str):
        raise ConfigurationError(f"{what} must be a string, not {type(value).__name__}") from None
    if not value:
        raise ConfigurationError(f"{what} is empty") from None
    problem = header_problem(value)
    if problem is not None:
        raise ConfigurationError(f"{what} {problem}, so check how the value was copied") from None
    return value
