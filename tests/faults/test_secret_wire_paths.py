"""A key h11 refuses (CR, LF, NUL) is quoted by h11's error: it must not reach logs, messages or stderr.

h11 raises `LocalProtocolError("Illegal header value b'...'")`, httpcore logs the
repr of that error at DEBUG, and the engine's message quotes it. The key sits
there as a bytes repr (escaped once) or the repr of one (escaped twice), which
an exact-match scrubber misses. Nothing listens on the socket: h11 fails
before a byte is written, so no server is needed.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from clientkit.auth import HeaderAuth
from clientkit.logs import HTTP_LOGGERS, redact_http_loggers
from clientkit.redaction import MASK, Secret, scrub
from tests.faults.test_secret_forms import _leaks

BAD_KEYS = ["ck-WIRE-se\r\ncret-5e6f7a8b9c", "ck-WIRE-nul\x00-1a2b3c4d5e", "ck-WIRE-vt\x0b-99aa88bb77"]


@pytest.fixture(scope="module")
def listening() -> Iterator[str]:
    """A loopback socket that accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        yield f"http://127.0.0.1:{server.getsockname()[1]}"


@pytest.mark.parametrize("key", BAD_KEYS, ids=["CRLF", "NUL", "VT"])
def test_h11_refusal_shows_no_key_in_debug_logs_or_messages(
    key: str, listening: str, caplog: pytest.LogCaptureFixture
) -> None:
    redact_http_loggers()
    for name in (*HTTP_LOGGERS, "clientkit"):
        caplog.set_level(logging.DEBUG, logger=name)
    with httpx.Client(base_url=listening, timeout=5) as http:
        request = http.build_request("GET", "/users")
        with pytest.raises(httpx.LocalProtocolError) as info:
            http.send(request, auth=HeaderAuth("api-key", Secret(key)))
    assert _leaks(key, str(info.value)) != [], "the probe should reach h11's echo"
    for shown in (str(info.value), repr(info.value), repr(info.value.args)):  # what an engine message quotes
        assert _leaks(key, scrub(shown)) == [] and MASK in scrub(shown)
    wire = [r for r in caplog.records if r.name.startswith(("httpx", "httpcore"))]
    assert any("Illegal header value" in r.getMessage() for r in wire), "httpcore should log h11's error"
    for record in caplog.records:
        assert _leaks(key, record.getMessage()) == [], f"{record.name}: {record.getMessage()}"
    assert _leaks(key, caplog.text) == []


def test_every_http_logger_has_the_filter_once() -> None:
    redact_http_loggers()
    redact_http_loggers()
    for name in HTTP_LOGGERS:
        filters = [f for f in logging.getLogger(name).filters if type(f).__name__ == "RedactingFilter"]
        assert len(filters) == 1, name


def test_cli_stderr_shows_no_form_of_a_bad_key(listening: str) -> None:
    key = BAD_KEYS[0]
    env = {**os.environ, "CUBICASA_API_KEY": key, "CUBICASA_BASE_URL": listening, "CUBICASA_LOG": "debug"}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    done = subprocess.run(
        [sys.executable, "-m", "cubicasa", "users", "list", "--max-items", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "Error:" in done.stderr, done.stderr[-2000:]
    assert _leaks(key, done.stdout) == [] and _leaks(key, done.stderr) == [], done.stderr[-2000:]
    assert _leaks(key, scrub(repr(key.encode()))) == []
