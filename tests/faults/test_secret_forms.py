"""A secret is masked in every form a library may print it: escaped, JSON, percent-encoded, base64.

The matcher is tested on its own with hostile secrets (CR, LF, NUL, quotes,
backslashes, non-ASCII), so nothing here registers odd values in the
process-wide registry; the registry path (`scrub`, the log filter) is tested
with distinctive keys only.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import sys
from collections.abc import Callable
from urllib.parse import quote, quote_plus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clientkit._secret_forms import SecretMatcher
from clientkit.redaction import MASK, RedactingFilter, Secret, scrub

HOSTILE_SECRETS = [
    "ck-live-plain-4f9d2a7c1e6b",
    "ck-live-se\r\ncret-123456",
    "nul\x00inside-the-key-77",
    "tab\tand\x0bvt\x1b-escape-88",
    'quote\'s-and-"double"-99',
    "back\\slash\\and/slash/00",
    "pässwörd-with-ümlauts-11",
    "emoji-\U0001f511-and-\u2028-22",
    "percent%20plus+amp&eq=33",
    "short7",  # 6 bytes: its base64 is masked when encoded alone, not behind every user name
]
SHORT_LIMITS = {"basic auth, user of 0..5 chars", "basic auth header"}

Render = Callable[[str], str]


def _b64(text: str, *, urlsafe: bool = False, pad: bool = True) -> str:
    encode = base64.urlsafe_b64encode if urlsafe else base64.b64encode
    out = encode(text.encode("utf-8")).decode("ascii")
    return out if pad else out.rstrip("=")


RENDERINGS: dict[str, Render] = {
    "raw": lambda s: s,
    "repr": repr,
    "repr of repr": lambda s: repr(repr(s)),
    "unicode_escape": lambda s: s.encode("unicode_escape").decode("ascii"),
    "bytes repr": lambda s: repr(s.encode("utf-8")),
    "bytes repr, latin-1": lambda s: repr(s.encode("latin-1") if _latin(s) else s.encode()),
    "h11 error in an exception repr": lambda s: repr(ValueError(f"Illegal header value {s.encode()!r}")),
    "httpcore log line": lambda s: f"exception={ValueError(ValueError(f'Illegal header value {s.encode()!r}'))!r}",
    "json": json.dumps,
    "json, not ascii": lambda s: json.dumps(s, ensure_ascii=False),
    "json in a repr": lambda s: repr(json.dumps({"key": s})),
    "json, escaped slash": lambda s: json.dumps(s).replace("/", "\\/"),
    "percent": lambda s: quote(s, safe=""),
    "percent, lower hex": lambda s: re.sub("%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(s, safe="")),
    "percent, plus": lambda s: quote_plus(s, safe=""),
    "base64": _b64,
    "base64 unpadded": lambda s: _b64(s, pad=False),
    "base64 urlsafe": lambda s: _b64(s, urlsafe=True),
    "basic auth, user of 0..5 chars": lambda s: " ".join(_b64(f"{'u' * n}:{s}") for n in range(6)),
    "basic auth, key as the user": lambda s: _b64(f"{s}:"),
    "basic auth header": lambda s: f"Authorization: Basic {_b64('api:' + s)}",
}


def _latin(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _leaks(secret: str, text: str) -> list[str]:
    """Renderings of `secret` (or base64 of it behind a user name) still readable in `text`."""
    found = [name for name, render in RENDERINGS.items() if name != "raw" and _inner(render(secret)) in text]
    if secret in text:
        found.append("raw")
    for word in text.replace("=", " ").split():  # any base64 run that decodes to something holding it
        for candidate in (word, word[word.find(":") + 1 :]):
            try:
                decoded = base64.b64decode(candidate + "=" * (-len(candidate) % 4), validate=False)
            except ValueError:
                continue
            if secret.encode("utf-8") in decoded:
                found.append(f"base64 run {candidate[:12]}...")
    return found


def _inner(rendered: str) -> str:
    """A rendering without the quotes or prefix a repr adds, which the secret need not fill."""
    for prefix in ("b'", 'b"', "'", '"'):
        if rendered.startswith(prefix) and len(rendered) > len(prefix) + 1:
            return rendered[len(prefix) : -1]
    return rendered


CASES = [
    pytest.param(secret, rendering, id=f"{i}-{rendering}")
    for i, secret in enumerate(HOSTILE_SECRETS)
    for rendering in RENDERINGS
    if len(secret.encode()) >= 8 or rendering not in SHORT_LIMITS  # the documented limit, tested below
]


@pytest.mark.parametrize(("secret", "rendering"), CASES)
def test_every_rendering_of_a_secret_is_masked(secret: str, rendering: str) -> None:
    matcher = SecretMatcher([secret])
    shown = f"before {RENDERINGS[rendering](secret)} after"
    masked = matcher.mask(shown, MASK)
    assert MASK in masked
    assert _leaks(secret, masked) == [], masked
    assert masked.startswith("before ") and masked.endswith(" after")  # only the secret's part is masked


@settings(max_examples=200, deadline=None)
@given(
    secret=st.text(min_size=8, max_size=40).filter(lambda s: len(s.strip()) >= 8 and s not in "[REDACTED]"),
    rendering=st.sampled_from(sorted(RENDERINGS)),
    before=st.text(alphabet=" ,;:()[]{}<>", max_size=3),
)
def test_any_secret_in_any_rendering_is_masked(secret: str, rendering: str, before: str) -> None:
    masked = SecretMatcher([secret]).mask(before + RENDERINGS[rendering](secret), MASK)
    assert _leaks(secret, masked) == [], masked


def test_short_secrets_in_base64_are_masked_when_aligned_or_alone() -> None:
    """Under 8 bytes, base64 behind a user name is masked only where the secret starts a base64 group."""
    matcher = SecretMatcher(["short7"])
    masked = {n: matcher.mask(_b64(f"{'u' * n}:short7"), MASK) for n in range(6)}
    assert {n for n, text in masked.items() if text == MASK} == {2, 5}  # "uu:", "uuuuu:": 3 and 6 bytes
    assert matcher.mask(_b64("short7"), MASK) == MASK


def test_text_without_the_secret_is_left_alone() -> None:
    matcher = SecretMatcher(HOSTILE_SECRETS)
    ordinary = (
        "GET /users/a@b.com -> 404 in 3.2 ms; body={'message': 'no such user'} "
        f"token={_b64('someone-else:their-password')} id=312babc6-e742-4d54-ac49-e0f7b16ec15a"
    )
    assert matcher.mask(ordinary, MASK) == ordinary
    assert SecretMatcher([]).mask(ordinary, MASK) == ordinary


def test_several_secrets_and_overlapping_forms_leave_no_fragment() -> None:
    first, second = "ck-live-se\r\ncret-123456", "cret-123456-and-more"
    shown = f"{first!r} {_b64('u:' + first)}{_b64(second)} {second}{first}"
    masked = SecretMatcher([first, second]).mask(shown, MASK)
    assert _leaks(first, masked) == [] and _leaks(second, masked) == []


# --- the process-wide registry and the log filter --------------------------------------------------
REGISTERED = "ck-live-REGISTRY-\r\n-7d3e9a21b5c4"


def test_scrub_masks_registered_secrets_in_escaped_and_encoded_forms() -> None:
    Secret(REGISTERED)
    for name, render in RENDERINGS.items():
        assert _leaks(REGISTERED, scrub(f"[{render(REGISTERED)}]")) == [], name


def test_the_log_filter_scrubs_message_arguments_and_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    Secret(REGISTERED)
    logger = logging.getLogger("tests.secret_forms")
    logger.addFilter(RedactingFilter())
    caplog.set_level(logging.DEBUG, logger=logger.name)
    try:
        raise ValueError(f"Illegal header value {REGISTERED.encode()!r}")
    except ValueError:
        logger.exception("failed with %r and %s", REGISTERED, _b64("user:" + REGISTERED))
    logger.debug("broken template %s %s", REGISTERED)  # noqa: PLE1206 -- one argument short: scrubbed, not raised
    logger.debug("stack", stack_info=True, extra={"unused": 1})
    (failed, broken, _stack) = caplog.records
    assert failed.args is None and broken.args is None
    assert "[REDACTED]" in failed.getMessage() and "[REDACTED]" in (failed.exc_text or "")
    assert "unformattable" in broken.getMessage()
    assert _leaks(REGISTERED, caplog.text) == [], caplog.text
    assert sys.exc_info() == (None, None, None)
