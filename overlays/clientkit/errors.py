"""One exception tree for every API client, modelled on httpx's and openai-python's.

Catch `SDKError` for anything the SDK raises, `APIStatusError` for an HTTP
error answer, `APIConnectionError` when no answer came at all. Each API package
re-exports these under its own name (`cubicasa.CubiCasaError`, ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from clientkit.retries import parse_retry_after


class SDKError(Exception):
    """Base of everything this SDK raises on purpose."""


class ConfigurationError(SDKError, ValueError):
    """The client was set up wrongly (no API key, credentials over plain http, bad option)."""


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
    """A request failed; `request` is the last one sent (never includes credentials in str())."""

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


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The most specific class for a status; undocumented statuses still get `APIStatusError`."""
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)
