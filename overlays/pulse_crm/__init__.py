"""Typed Python client for the Pulse CRM API (user management).

from pulse_crm import PulseCRM
with PulseCRM(api_key="...", api_secret="...", account_id="2311") as client:
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
)
from clientkit import APIError as _TransportOrStatusError
from clientkit import SDKError as PulseCRMError
from clientkit.resource import ArgumentError
from pulse_crm import models
from pulse_crm._client import DEFAULT_BASE_URL, AsyncPulseCRM, PulseCRM
from pulse_crm._version import __version__

# `APIError` is the status-error base users ask for (status, body, request id), as in `cubicasa`.
APIError = APIStatusError
RequestError = _TransportOrStatusError

__all__ = [
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AsyncPulseCRM",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "PulseCRM",
    "PulseCRMError",
    "RateLimitError",
    "RequestError",
    "ResponseValidationError",
    "Secret",
    "UnprocessableEntityError",
    "__version__",
    "models",
]
