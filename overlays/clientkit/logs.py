"""The SDK's loggers: quiet by default, `<API>_LOG=debug|info` to see requests, always redacted.

httpx and httpcore log what goes on the wire at DEBUG (httpcore even logs h11's
errors, which quote a bad header value), so their loggers get the redacting
filter too. A logger's filter sees only records made on that very logger, not
its children's, hence one per logger httpcore creates.
"""

from __future__ import annotations

import logging
import os

from clientkit.redaction import RedactingFilter

HTTP_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)

_configured: set[str] = set()


def redact_logger(logger: logging.Logger) -> logging.Logger:
    """Attach the redacting filter to `logger`, once."""
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    return logger


def redact_http_loggers() -> None:
    """Put the redacting filter on every logger httpx and httpcore write to."""
    for name in HTTP_LOGGERS:
        redact_logger(logging.getLogger(name))


def get_logger(name: str, env_var: str | None = None) -> logging.Logger:
    """The logger `name`, with the redacting filter attached and its level taken from `env_var`."""
    logger = logging.getLogger(name)
    if name not in _configured:
        _configured.add(name)
        redact_logger(logger)
        redact_http_loggers()
        level = os.environ.get(env_var, "") if env_var else ""
        if level.lower() in {"debug", "info"}:
            logger.setLevel(logging.DEBUG if level.lower() == "debug" else logging.INFO)
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            handler.addFilter(RedactingFilter())
            logger.addHandler(handler)
    return logger
