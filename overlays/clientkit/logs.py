"""The SDK's loggers: quiet by default, `<API>_LOG=debug|info` to see requests, always redacted."""

from __future__ import annotations

import logging
import os

from clientkit.redaction import RedactingFilter

_configured: set[str] = set()


def get_logger(name: str, env_var: str | None = None) -> logging.Logger:
    """The logger `name`, with the redacting filter attached and its level taken from `env_var`."""
    logger = logging.getLogger(name)
    if name not in _configured:
        _configured.add(name)
        logger.addFilter(RedactingFilter())
        level = os.environ.get(env_var, "") if env_var else ""
        if level.lower() in {"debug", "info"}:
            logger.setLevel(logging.DEBUG if level.lower() == "debug" else logging.INFO)
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            handler.addFilter(RedactingFilter())
            logger.addHandler(handler)
    return logger
