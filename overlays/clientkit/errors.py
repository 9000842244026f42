"""One exception tree shared by every API client, named as openai-python names it.

    SDKError                      anything the SDK raises on purpose
    ├── APIError                  a request failed (`request` is the last one sent)
    │   ├── APIStatusError        the server answered with an error status
    │   │   ├── BadRequestError (400), AuthenticationError (401), PermissionDeniedError (403),
    │   │   ├── NotFoundError (404), ConflictError (409), UnprocessableEntityError (422),
    │   │   └── RateLimitError (429), InternalServerError (5xx)
    │   └── APIConnectionError    no usable answer came at all
    │       ├── APITimeoutError
    │       └── ResponseTooLargeError  the answer passed the size limit
    ├── ConfigurationError, ArgumentError       raised before anything is sent
    ├── RateLimitHoldError        the server asked to hold requests too long (client-side rate limit)
    ├── ResponseValidationError, PaginationError, WebhookError

Each API's generated `errors` module subclasses every class here twice over
(`cubicasa.NotFoundError` is a `cubicasa.APIStatusError` and a
`clientkit.NotFoundError`), so `except cubicasa.CubiCasaError` catches only
CubiCasa's errors while `except clientkit.NotFoundError` catches any API's 404.
`ErrorClasses` maps each class here to the API's own, and the runtime raises
through it, so tracebacks name the API's classes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import httpx

from clientkit.retries import parse_retry_after

E = TypeVar("E", bound=BaseException)


class SDKError(Exception):
    """Base of everything this SDK raises on purpose."""


class ConfigurationError(SDKError, ValueError):
    """The client was set up wrongly (no API key, credentials over plain http, bad option)."""


class ArgumentError(SDKError, ValueError):
    """A method argument is invalid; raised before anything is sent."""


@dataclass(frozen=True)
class FieldError:
    """One invalid field reported by the server: where it is and what is wrong with it."""

    location: tuple[str | int, ...]
    message: str

    @property
    def field(self) -> str:
        """Dotted path of the field, e.g. `body.street` or `order_preferences.style_2d`."""
        return ".".join(str(part) for part in self.location)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class APIError(SDKError):
    """A request failed; `request` is the last one sent (never holds credentials)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No usable answer: the connection failed, was dropped or the body was cut short."""

    cause: BaseException | None = None  # the underlying httpx error, for debugging

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request did not finish within its timeout."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class ResponseTooLargeError(APIConnectionError):
    """The answer exceeded the size limit (`limit`, in bytes): it was cut off, never read whole.

    `received` is how many bytes had come off the wire (compressed, for a compressed answer) when
    the client stopped reading.
    """

    def __init__(
        self,
        message: str = "Response too large.",
        *,
        request: httpx.Request | None = None,
        limit: int = 0,
        received: int = 0,
    ) -> None:
        super().__init__(message, request=request)
        self.limit = limit
        self.received = received


class APIStatusError(APIError):
    """The server answered with an error status; `status_code`, `body` and `request_id` say more."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        request_id: str | None = None,
        field_errors: tuple[FieldError, ...] = (),
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id
        self.field_errors = field_errors

    @property
    def headers(self) -> Mapping[str, str]:
        return self.response.headers

    @property
    def errors(self) -> dict[str, list[str]]:
        """Messages by field, as the server sent them: `{"email": ["The email has already been taken."]}`."""
        grouped: dict[str, list[str]] = {}
        for error in self.field_errors:
            grouped.setdefault(error.field, []).append(error.message)
        return grouped

    @property
    def summary(self) -> str | None:
        """The server's own one-line message, when its body has one (`message`, `detail`, `error`)."""
        if isinstance(self.body, dict):
            for key in ("message", "detail", "error"):
                if isinstance(self.body.get(key), str):
                    return str(self.body[key])
        return None


class BadRequestError(APIStatusError):
    """400: the server rejected the request; `field_errors` lists each invalid field."""


class AuthenticationError(APIStatusError):
    """401: credentials missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (e.g. a duplicate e-mail)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but invalid; `field_errors` lists each field."""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the server's advice in seconds, if it gave one."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.response.headers)


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class RateLimitHoldError(SDKError):
    """The server asked to hold every request for longer than the client-side rate limiter waits
    (`max_server_wait`); raised before anything is sent (see clientkit.ratelimit).

    `requested` is what the server asked for (seconds, may be `inf`), `cap` the longest wait the
    limiter accepts, `retry_in` when it lets requests out again to hear a fresh answer.
    """

    def __init__(
        self,
        message: str = "Requests are on hold.",
        *,
        requested: float = 0.0,
        cap: float = 0.0,
        retry_in: float = 0.0,
    ) -> None:
        super().__init__(message)
        self.requested = requested
        self.cap = cap
        self.retry_in = retry_in


class PaginationError(SDKError):
    """The server's paging data would make iteration repeat itself or never end."""


class ResponseValidationError(SDKError):
    """A success response did not match the spec, so it could not be turned into models."""

    def __init__(self, message: str, *, response: httpx.Response | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.response = response
        self.field = field


class WebhookError(SDKError):
    """A webhook body could not be accepted (not JSON, too large, not an event)."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

# Every class an API's `errors` module must subclass, by the name it must use.
SHARED_CLASSES: tuple[type[SDKError], ...] = (
    APIError,
    APIStatusError,
    APIConnectionError,
    APITimeoutError,
    ResponseTooLargeError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
    ConfigurationError,
    ArgumentError,
    RateLimitHoldError,
    PaginationError,
    ResponseValidationError,
    WebhookError,
)


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The most specific shared class for a status; undocumented statuses still get `APIStatusError`."""
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)


class ErrorClasses:
    """An API's own subclass of each shared class: `classes.get(NotFoundError)` is `cubicasa.NotFoundError`."""

    def __init__(self, base: type[SDKError], classes: Mapping[type[BaseException], type[BaseException]]) -> None:
        missing = [c.__name__ for c in SHARED_CLASSES if c not in classes]
        if missing:
            raise TypeError(f"{base.__name__}: no subclass given for {', '.join(missing)}")
        for shared, own in classes.items():
            if not (issubclass(own, shared) and issubclass(own, base)):
                raise TypeError(f"{own.__name__} must subclass {shared.__name__} and {base.__name__}")
        self.base = base
        self._classes: dict[type[BaseException], type[BaseException]] = dict(classes)

    @classmethod
    def from_namespace(cls, base: type[SDKError], namespace: Mapping[str, Any]) -> ErrorClasses:
        """The classes named like the shared ones in `namespace` (a generated module's globals)."""
        return cls(base, {shared: namespace[shared.__name__] for shared in SHARED_CLASSES})

    def get(self, shared: type[E]) -> type[E]:
        """The API's own class for `shared` (or for the nearest shared class it derives from)."""
        for ancestor in shared.__mro__:
            own = self._classes.get(ancestor)
            if own is not None:
                return cast(type[E], own)
        return shared

    def for_status(self, status_code: int) -> type[APIStatusError]:
        return self.get(status_error_class(status_code))


SHARED = ErrorClasses(SDKError, {c: c for c in SHARED_CLASSES})
