"""Typed Python client for the CubiCasa Integrate API v3.

from cubicasa import CubiCasa
with CubiCasa(api_key="...") as client:
    for user in client.users.list():
        print(user.email)
"""

from clientkit import (
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
    Secret,
    UnprocessableEntityError,
    WebhookError,
)
from clientkit import APIError as _TransportOrStatusError
from clientkit import SDKError as CubiCasaError
from clientkit.resource import ArgumentError
from cubicasa import models, webhooks
from cubicasa._client import PRODUCTION_URL, STAGING_URL, AsyncCubiCasa, CubiCasa
from cubicasa._version import __version__

# `APIError` is the status-error base the issue tracker and users ask for: status, body, request id.
APIError = APIStatusError
RequestError = _TransportOrStatusError

__all__ = [
    "PRODUCTION_URL",
    "STAGING_URL",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AsyncCubiCasa",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "CubiCasa",
    "CubiCasaError",
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
    "__version__",
    "models",
    "webhooks",
]
