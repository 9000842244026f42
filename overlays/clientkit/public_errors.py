"""The error surface every API package re-exports, so a new API does not copy the list.

    from clientkit.public_errors import *  # in <api>/__init__.py

`APIError` here is the status-error base users ask for (status, body, request id);
`RequestError` is the base of every failed request (status or connection).
"""

from clientkit.errors import (
    APIConnectionError,
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
    UnprocessableEntityError,
    WebhookError,
)
from clientkit.errors import APIError as RequestError
from clientkit.errors import APIStatusError as APIError
from clientkit.redaction import Secret
from clientkit.resource import ArgumentError

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestError",
    "ResponseValidationError",
    "Secret",
    "UnprocessableEntityError",
    "WebhookError",
]
