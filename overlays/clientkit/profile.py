"""What a generated client knows about its API, besides its operations: a plain data record.

The generator writes one `PROFILE` per API (in `<package>/_client.py`) from the
spec (servers, security scheme, client-level parameters, request quota) and from
generator-config.yaml (class names, environment prefix, hooks module); the
runtime reads it to configure a client. Nothing here does I/O.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from clientkit.arguments import Arguments
from clientkit.credentials import check_header_value
from clientkit.errors import ConfigurationError, ErrorClasses
from clientkit.redaction import Secret
from clientkit.responses import DEFAULT_READING, ErrorReading

if TYPE_CHECKING:
    from clientkit.ratelimit import RateLimit


@dataclass(frozen=True)
class Credential:
    """How the API's security scheme sends its secret: `api-key: <key>` or `Authorization: Bearer <token>`."""

    argument: str  # the client's keyword argument, e.g. "api_key"
    env: str  # the environment variable read when the argument is not given
    header: str
    prefix: str = ""
    what: str = "API key"


@dataclass(frozen=True)
class ClientParameter:
    """A parameter the spec sends on many operations, set once on the client (`company_id`, `account_id`)."""

    name: str  # keyword argument and attribute of the client
    wire_name: str  # header or query name, for messages
    check: Callable[[Any, str], Any]
    env: str | None = None
    required: bool = False  # the client refuses to start without it

    def resolve(self, value: Any, errors: ErrorClasses) -> Any:
        """The value given, else the environment's; checked; None when neither and not required."""
        source = self.name
        if value is None and self.env:
            value = os.environ.get(self.env) or None
            source = f"${self.env}"
        if value is None:
            if self.required:
                hint = f" or set the {self.env} environment variable" if self.env else ""
                raise errors.get(ConfigurationError)(
                    f"no {self.name}: pass {self.name}=... to the client{hint} (sent as {self.wire_name})"
                )
            return None
        try:
            return self.check(value, source)
        except ValueError as exc:  # the checker's ArgumentError: at construction it is a configuration error
            where = f" ({self.name} comes from the argument, else ${self.env})" if self.env else ""
            raise errors.get(ConfigurationError)(f"{exc}{where}") from None

    def missing(self, errors: ErrorClasses) -> ConfigurationError:
        """The error for a call that needs this parameter when the client has none."""
        hint = f", set {self.env}" if self.env else ""
        return errors.get(ConfigurationError)(
            f"this call needs {self.name} (sent as {self.wire_name}): pass {self.name}= to the client{hint}, "
            f"or use client.with_options({self.name}=...)"
        )


@dataclass(frozen=True)
class ApiProfile:
    """Everything a client of one API needs besides its operations."""

    title: str
    package: str  # the public package users import, e.g. "cubicasa"
    default_base_url: str
    env_prefix: str
    user_agent: str
    errors: ErrorClasses
    arguments: Arguments
    credential: Credential | None = None
    parameters: tuple[ClientParameter, ...] = ()
    hooks_module: str | None = None
    servers: tuple[str, ...] = field(default=())
    client_class: str = "Client"  # `<package>.<client_class>` and `Async<client_class>` are the clients
    command: str = ""  # the name of its command line (`cubicasa`, `pulse-crm`)
    rate_limit: RateLimit | None = None  # the spec's `x-sdk-rate-limit`: a client-side limiter by default

    @property
    def base_url_env(self) -> str:
        return f"{self.env_prefix}_BASE_URL"

    @property
    def log_env(self) -> str:
        return f"{self.env_prefix}_LOG"

    @cached_property
    def hooks(self) -> Any:
        """The API's overlay hooks module, imported on first use (it may import the public package)."""
        return importlib.import_module(self.hooks_module) if self.hooks_module else None

    @property
    def error_reading(self) -> ErrorReading:
        reading = getattr(self.hooks, "ERROR_READING", None)
        return reading if isinstance(reading, ErrorReading) else DEFAULT_READING

    def parameter(self, name: str) -> ClientParameter:
        return next(p for p in self.parameters if p.name == name)

    def resolve_secret(self, value: object) -> Secret:
        """The credential passed in, else the one in the environment; a clear error when there is none."""
        assert self.credential is not None
        return resolve_secret(value, self.credential.env, f"{self.title} {self.credential.what}", self.errors)


def resolve_secret(value: object, env: str, what: str, errors: ErrorClasses) -> Secret:
    """`value` (a str or `Secret`), else $`env`, checked so that it can travel in a header."""
    configuration_error = errors.get(ConfigurationError)
    raw: object = value.reveal() if isinstance(value, Secret) else value
    if raw is None:
        raw = os.environ.get(env) or None
    if raw is None or raw == "":
        raise configuration_error(f"no {what}: pass it to the client or set the {env} environment variable")
    if not isinstance(raw, str):
        raise configuration_error(f"the {what} must be a string, not {type(raw).__name__}")
    Secret(raw)  # registered for scrubbing before any check can mention it
    try:
        check_header_value(raw, f"the {what}")  # names the problem (a pasted line break, ...), never the value
    except ConfigurationError as exc:
        raise configuration_error(str(exc)) from None
    return value if isinstance(value, Secret) else Secret(raw)
