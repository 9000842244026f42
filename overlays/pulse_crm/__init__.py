"""Typed Python client for the Pulse CRM API (user management).

    from pulse_crm import PulseCRM

    with PulseCRM(api_key="...", api_secret="...", account_id="2311") as client:
        for user in client.users.list():
            print(user.email)

The client is generated from openapi/pulse-crm.yaml (reference: docs/reference/pulse_crm.md);
this package adds Pulse's session login (`_auth`, `_client`) and how its errors name fields.
"""

from clientkit import FieldError, RawResponse, Secret
from pulse_crm import models
from pulse_crm._client import DEFAULT_BASE_URL, AsyncPulseCRM, PulseCRM
from pulse_crm_client import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    PulseCRMError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
    WebhookError,
    __version__,
)

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
    "RawResponse",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "Secret",
    "UnprocessableEntityError",
    "WebhookError",
    "__version__",
    "models",
]
