"""Find a secret in any form a library may print it, not just as typed.

h11 puts a header value into its error as a bytes repr (`b'key\\r\\n'`), the
repr of that exception escapes it again, JSON bodies escape it, URLs
percent-encode it and Basic auth base64-encodes it behind a user name. A
`SecretMatcher` knows every such form of every secret and masks them all.

Base64 needs care: where the secret starts inside the encoded text (after
`user:` of any length) shifts its encoding, so for each of the 3 alignments
the part made only of the secret's own bytes is searched for, and a hit masks
the whole base64 run around it. Secrets under 8 bytes have no such part at
every alignment, so their base64 is masked only when encoded alone.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable, Iterator
from urllib.parse import quote, quote_plus

_B64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_")
_MIN_B64_CORE = 8  # characters (6 bytes): shorter runs turn up in ordinary text
_ESCAPE_DEPTH = 2  # a repr inside a message inside a repr (httpcore's `exception=...` log lines)


def _encodings(value: str) -> list[bytes]:
    """The bytes a value may be sent as: UTF-8, and Latin-1 where that differs."""
    forms = [value.encode("utf-8", "surrogatepass")]
    try:
        latin = value.encode("latin-1")
    except UnicodeEncodeError:
        return forms
    return forms if latin == forms[0] else [*forms, latin]


def _escapes(text: str) -> Iterator[str]:
    """`text` as it shows inside quotes after one round of escaping (Python reprs, JSON)."""
    yield repr(text)[1:-1]
    yield text.encode("unicode_escape").decode("ascii")
    for data in _encodings(text):
        yield repr(data)[2:-1]
    as_json = json.dumps(text)[1:-1]
    yield as_json
    yield as_json.replace("/", "\\/")
    yield json.dumps(text, ensure_ascii=False)[1:-1]


def _quote_variants(text: str) -> Iterator[str]:
    """A repr escapes the quote character it chose, which depends on the text around the secret."""
    yield text
    yield text.replace("'", "\\'")
    yield text.replace('"', '\\"')


def _percent_forms(value: str) -> Iterator[str]:
    for encoded in (quote(value, safe="", errors="surrogatepass"), quote_plus(value, safe="", errors="surrogatepass")):
        yield encoded
        yield re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), encoded)


def literal_forms(value: str) -> set[str]:
    """The value raw, escaped up to twice, and percent-encoded."""
    forms = {value}
    for _ in range(_ESCAPE_DEPTH):
        forms |= {variant for form in forms for escaped in _escapes(form) for variant in _quote_variants(escaped)}
    forms.update(_percent_forms(value))
    return forms


def base64_forms(value: str) -> set[str]:
    """The value's base64 alone, and for each alignment the characters that encode only its own bytes."""
    forms = set()
    for data in _encodings(value):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            forms.add(encode(data).decode("ascii").rstrip("="))
            for skip in range(3):
                chunk = data[skip:]
                core = encode(chunk[: len(chunk) // 3 * 3]).decode("ascii")
                if len(core) >= _MIN_B64_CORE:
                    forms.add(core)
    return forms


class SecretMatcher:
    """One regular expression over every form of every secret; `mask()` replaces each hit."""

    def __init__(self, values: Iterable[str]) -> None:
        literals: set[str] = set()
        self._cores: set[str] = set()  # base64 forms: a hit masks the whole base64 run around it
        for value in values:
            literals |= literal_forms(value)
            self._cores |= base64_forms(value)
        alternatives = sorted(literals | self._cores, key=len, reverse=True)  # longest first
        self._pattern = re.compile("|".join(map(re.escape, alternatives))) if alternatives else None

    def mask(self, text: str, mask: str) -> str:
        if self._pattern is None:
            return text
        spans: list[tuple[int, int]] = []
        for match in self._pattern.finditer(text):
            start, end = match.span()
            if match.group(0) in self._cores:  # widen to the whole base64 run (`Basic dXNlcjpr...==`)
                start, end = _widen(text, start, end)
            while spans and start <= spans[-1][1]:  # overlapping or touching: one mask
                before = spans.pop()
                start, end = min(start, before[0]), max(end, before[1])
            spans.append((start, end))
        if not spans:
            return text
        pieces, done = [], 0
        for start, end in spans:
            pieces += [text[done:start], mask]
            done = end
        pieces.append(text[done:])
        return "".join(pieces)


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1] in _B64_CHARS:
        start -= 1
    while end < len(text) and text[end] in _B64_CHARS:
        end += 1
    while end < len(text) and text[end] == "=":
        end += 1
    return start, end
