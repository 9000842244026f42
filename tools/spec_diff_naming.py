"""Fallback copy of openapi-python-client 0.29.1's naming helpers (`openapi_python_client/strings.py`, MIT).

`tools.spec_diff_surface` imports the real ones from `openapi_python_client.strings` whenever the generator is
installed (it always is in `.venv`); this copy only keeps `python -m tools.spec_diff` usable without it.
`tests/spec_diff/test_naming.py` checks that both give the same names.
"""

from __future__ import annotations

import builtins
import re
from keyword import iskeyword

DELIMITERS = r"\. _-"
RESERVED_WORDS = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def sanitize(value: str) -> str:
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in DELIMITERS)


def split_words(value: str) -> list[str]:
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(DELIMITERS)}]+", value)


def fix_reserved_words(value: str) -> str:
    return f"{value}_" if value in RESERVED_WORDS or iskeyword(value) else value


def snake_case(value: str) -> str:
    return "_".join(split_words(sanitize(value))).lower()


def pascal_case(value: str) -> str:
    words = split_words(sanitize(value))
    return "".join(word.capitalize() if not word.isupper() else word for word in words)


class PythonIdentifier(str):
    __slots__ = ()

    def __new__(cls, value: str, prefix: str, skip_snake_case: bool = False) -> PythonIdentifier:
        safe_value = sanitize(value)
        leading_underscore = safe_value.startswith("_")
        safe_value = re.sub(r"[^\w]+", "", safe_value) if skip_snake_case else snake_case(safe_value)
        safe_value = fix_reserved_words(safe_value)
        if not safe_value.isidentifier() or leading_underscore:
            safe_value = f"{prefix}{safe_value}"
        return str.__new__(cls, safe_value)


class ClassName(str):
    __slots__ = ()

    def __new__(cls, value: str, prefix: str) -> ClassName:
        safe_value = fix_reserved_words(pascal_case(value))
        if not safe_value.isidentifier():
            safe_value = fix_reserved_words(pascal_case(f"{prefix}{safe_value}"))
        return str.__new__(cls, safe_value)
