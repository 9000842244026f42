"""`check_header_value` refuses what cannot travel in a header, and never shows the value while doing so."""

from __future__ import annotations

import traceback

import pytest

from clientkit import ConfigurationError, Secret
from clientkit._secret_forms import SecretMatcher
from clientkit.credentials import check_header_value
from clientkit.redaction import MASK

REFUSED = [
    ("ck-CRED-se\r\ncret-123456", "CR, LF", "inside"),
    ("ck-CRED-secret-123456\n", "LF", "at its end"),
    ("ck-CRED-secret-123456\r\n", "CR, LF", "at its end"),
    ("ck-CRED\x00secret-123456", "NUL", "inside"),
    ("ck-CRED\tsecret-123456", "TAB", "inside"),
    ("ck-CRED\x0bsecret\x7f-123456", "DEL, other control character", "inside"),
    ("ck-CRED-sécret-123456", "non-ASCII", ""),
    ("ck-CRED-\u2028-123456", "non-ASCII", ""),
    ("ck-CRED-\U0001f511-123456", "non-ASCII", ""),
    (" ck-CRED-secret-123456", "space", ""),
    ("ck-CRED-secret-123456 ", "space", ""),
]


@pytest.mark.parametrize(("value", "named", "where"), REFUSED, ids=range(len(REFUSED)))
@pytest.mark.parametrize("wrap", [str, Secret], ids=["str", "Secret"])
def test_bad_credentials_are_refused_without_echoing_them(value: str, named: str, where: str, wrap: type) -> None:
    with pytest.raises(ConfigurationError) as info:
        check_header_value(wrap(value), "the CubiCasa API key")
    exc = info.value
    shown = [str(exc), repr(exc), repr(exc.args), "".join(traceback.format_exception(exc))]
    assert str(exc).startswith("the CubiCasa API key ")
    assert named in str(exc) and where in str(exc)
    matcher = SecretMatcher([value, value.strip()])  # the value in any escaped or encoded form
    for text in shown:
        assert matcher.mask(text, MASK) == text, text
    assert exc.__cause__ is None and exc.__suppress_context__


@pytest.mark.parametrize("value", [None, b"ck-live-bytes-123", 12345, ""], ids=["None", "bytes", "int", "empty"])
def test_non_strings_and_empty_values_are_refused(value: object) -> None:
    with pytest.raises(ConfigurationError, match=r"the token (must be a string|is empty)") as info:
        check_header_value(value, "the token")  # type: ignore[type-var]
    assert "ck-live-bytes" not in str(info.value)


@pytest.mark.parametrize(
    "value", ["ck-CRED-4f9d2a7c1e6b8035", "a b", "!#$%&'*+-.^_`|~0123456789", "eyJhbGciOi.J9.x-_=", "x" * 4096]
)
def test_good_credentials_come_back_unchanged(value: str) -> None:
    assert check_header_value(value, "the token") is value
    secret = Secret(value) if len(value) > 8 else None
    if secret is not None:
        assert check_header_value(secret, "the token") is secret
