"""Shared machinery of the API clients: HTTP engines, errors, retries, pagination, redaction, webhooks."""

from clientkit.auth import HeaderAuth
from clientkit.base_client import AsyncAPIClient, SyncAPIClient
from clientkit.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    FieldError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    SDKError,
    UnprocessableEntityError,
    WebhookError,
)
from clientkit.facade import AsyncClientBase, SyncClientBase
from clientkit.options import NOT_GIVEN, ClientOptions
from clientkit.pagination import AsyncPaginator, OffsetStrategy, PageNumberStrategy, SyncPaginator
from clientkit.redaction import Secret
from clientkit.responses import ErrorReading
from clientkit.retries import RetryPolicy

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncClientBase",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "ErrorReading",
    "FieldError",
    "HeaderAuth",
    "InternalServerError",
    "NotFoundError",
    "OffsetStrategy",
    "PageNumberStrategy",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "SDKError",
    "Secret",
    "SyncAPIClient",
    "SyncClientBase",
    "SyncPaginator",
    "UnprocessableEntityError",
    "WebhookError",
]
