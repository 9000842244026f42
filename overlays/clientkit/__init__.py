"""The one runtime every generated API client runs on.

Generated clients subclass `SyncAPIClient`/`AsyncAPIClient` and their resources
`SyncResource`/`AsyncResource`; each generated endpoint module hands the runtime
an `Endpoint` (see clientkit.operation). Here: sending with retries, errors,
pagination, downloads, redaction, webhooks, a client-side rate limiter.
"""

from typing import TYPE_CHECKING, Any

from clientkit.auth import HeaderAuth
from clientkit.client import AsyncAPIClient, BaseAPIClient, SyncAPIClient
from clientkit.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorClasses,
    FieldError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RateLimitHoldError,
    ResponseTooLargeError,
    ResponseValidationError,
    SDKError,
    UnprocessableEntityError,
    WebhookError,
)
from clientkit.operation import Endpoint, Operation, RequestParts
from clientkit.options import NOT_GIVEN, ClientOptions, NotGiven
from clientkit.pagination import AsyncPaginator, OffsetPaging, PageNumberPaging, SyncPaginator
from clientkit.redaction import Secret
from clientkit.resource import AsyncResource, RawResponse, SyncResource
from clientkit.responses import ErrorReading
from clientkit.retries import RetryPolicy

if TYPE_CHECKING:
    from clientkit.ratelimit import RateLimit, RateLimiter


def __getattr__(name: str) -> Any:
    """The rate limiter loads with the first API whose spec declares a quota, not with `import clientkit`."""
    if name in ("RateLimit", "RateLimiter"):
        from clientkit import ratelimit  # noqa: PLC0415

        return getattr(ratelimit, name)
    raise AttributeError(f"module 'clientkit' has no attribute {name!r}")


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AsyncAPIClient",
    "AsyncPaginator",
    "AsyncResource",
    "AuthenticationError",
    "BadRequestError",
    "BaseAPIClient",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "Endpoint",
    "ErrorClasses",
    "ErrorReading",
    "FieldError",
    "HeaderAuth",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "OffsetPaging",
    "Operation",
    "PageNumberPaging",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimitHoldError",
    "RateLimiter",
    "RawResponse",
    "RequestParts",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SDKError",
    "Secret",
    "SyncAPIClient",
    "SyncPaginator",
    "SyncResource",
    "UnprocessableEntityError",
    "WebhookError",
]
