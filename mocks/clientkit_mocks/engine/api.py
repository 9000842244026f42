"""The contract between the generic engine and one API's mock module.

An API module subclasses :class:`MockApi`; the engine owns HTTP, routing,
validation, auth plumbing, faults and drift detection, while the module owns
state, handlers, credentials and the API's own error body shapes.
"""

from __future__ import annotations

import abc
import enum
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.routing import BaseRoute

    from clientkit_mocks.engine.spec import Operation, SecurityScheme
    from clientkit_mocks.engine.validation import Issue
    from clientkit_mocks.engine.webhooks import WebhookDispatcher

JSON = Any
"""Any JSON-compatible Python value (kept loose on purpose: bodies are free-form)."""

ALL_FAULTS: tuple[str, ...] = ("503", "429", "500", "drop", "truncate", "stall")


class Access(enum.IntEnum):
    """What a credential may do; the engine turns READ on a write into 403."""

    READ = 1
    WRITE = 2


def _env_flag(name: str) -> bool | None:
    value = os.environ.get(name)
    if value is None or value == "":
        return None
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass
class MockOptions:
    """Run-time switches shared by every API mock (CLI flags map onto these)."""

    seed: int = 1
    strict: bool | None = None
    api_key: str | None = None
    latency_ms: float = 0.0
    fault_rate: float = 0.0
    faults: Sequence[str] = ALL_FAULTS
    stall_s: float = 5.0
    retry_after_s: int = 1
    allow_unknown_query: bool = False  # strict by default: catches misspelt client parameters
    webhook_tries: int = 3
    webhook_timeout_s: float = 2.0
    webhook_backoff_s: float = 0.1
    webhook_hosts: Sequence[str] = ("127.0.0.1", "localhost", "::1")
    max_body_bytes: int = 1024 * 1024  # larger request bodies get 413, on every route
    header_timeout_s: float = 5.0  # a request's headers must arrive within this, else the connection is closed
    body_timeout_s: float = 5.0  # the longest pause inside a request body before the connection is closed
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.strict is None:
            self.strict = bool(_env_flag("MOCK_STRICT"))
        unknown = [f for f in self.faults if f not in ALL_FAULTS]
        if unknown:
            raise ValueError(f"unknown fault kinds {unknown}; known: {', '.join(ALL_FAULTS)}")
        if not 0.0 <= self.fault_rate <= 1.0:
            raise ValueError("fault_rate must be between 0 and 1")
        if self.max_body_bytes < 0:
            raise ValueError("max_body_bytes must not be negative")
        if self.header_timeout_s <= 0 or self.body_timeout_s <= 0:
            raise ValueError("header_timeout_s and body_timeout_s must be positive")

    @property
    def is_strict(self) -> bool:
        """Strict mode as a plain bool (``strict`` is resolved in ``__post_init__``)."""
        return bool(self.strict)


@dataclass
class MockRequest:
    """A request after validation: parameters coerced to their schema types."""

    operation: Operation
    path_params: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    cookies: dict[str, Any]
    body: JSON
    raw_body: bytes
    content_type: str | None
    access: Access | None
    request: Request

    @property
    def accept(self) -> str:
        """The raw ``Accept`` header ('' when absent), for content negotiation."""
        return self.request.headers.get("accept", "")


@dataclass
class MockResponse:
    """What a handler returns; the engine validates it against the spec."""

    status: int = 200
    body: JSON = None
    content_type: str | None = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # set for non-JSON bodies (PDF, ...)


class HttpError(Exception):
    """Raised by handlers for an error rendered in the API's own error shape."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


Handler = Callable[[MockRequest], "MockResponse | JSON | Awaitable[MockResponse | JSON]"]


class MockApi(abc.ABC):
    """Base class of a per-API mock module.

    Subclasses set ``name`` and ``spec_path``, build state in :meth:`reset`,
    and return their handlers keyed by ``operationId`` from :meth:`handlers`.
    """

    name: ClassVar[str] = ""
    spec_path: ClassVar[Path]

    def __init__(self, options: MockOptions, webhooks: WebhookDispatcher) -> None:
        self.options = options
        self.webhooks = webhooks
        self.reset()

    @abc.abstractmethod
    def reset(self) -> None:
        """Rebuild the in-memory state from ``options.seed`` (deterministic)."""

    @abc.abstractmethod
    def handlers(self) -> Mapping[str, Handler]:
        """Map each ``operationId`` to its handler."""

    @abc.abstractmethod
    def authenticate(self, scheme: SecurityScheme, credential: str) -> Access | None:
        """Return what ``credential`` may do under ``scheme``, or None if invalid."""

    def error_body(self, status: int, message: str) -> JSON:
        """Body of a non-validation error (401, 404, 429, 500, ...)."""
        return {"message": message}

    def validation_error_body(self, issues: Sequence[Issue]) -> JSON:
        """Body of a 400 caused by request validation."""
        return {"message": "validation failed", "errors": [{"loc": list(i.loc), "msg": i.msg} for i in issues]}

    def validation_status(self, issues: Sequence[Issue]) -> int:
        """Status of an answer to a request that failed validation (400; an API may answer some rules with 422)."""
        return 400

    def control_routes(self) -> Sequence[BaseRoute]:
        """Extra unauthenticated ``/__mock__/...`` routes specific to this API."""
        return ()

    def client_credentials(self) -> dict[str, Any]:
        """The keyword arguments the API's client takes to act as this mock's full-access user
        (`CubiCasa(base_url=url, **credentials)`)."""
        return {}
