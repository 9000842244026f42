"""Typed Python client for the NU Web Group (Nutickets) Admin API: company users and login.

    from nuweb import NuWeb, ValidationError

    # token falls back to $NUWEB_TOKEN, company_id to $NUWEB_COMPANY_ID (sent as X-NU-COMPANY-ID)
    with NuWeb(token="...", company_id=1, language="en") as client:
        for user in client.users.list():      # every page, lazily; at most 60 requests a minute
            print(user.name, [role.title for role in user.roles])
        user = client.users.create(name="Ada", email="ada@example.com")
        client.users.update(user_id=user.id, roles=[1, 2])
        client.users.suspend(user_id=user.id)  # NU Web's reversible delete; restore() undoes it

The client is generated from openapi/nuweb.yaml (reference: docs/reference/nuweb.md); this
package adds the JSON:API flattening (`objects`, `_jsonapi`) and `from_login`; the rate limiter
(`RateLimiter`, `rate_limit=`) comes from the spec's `x-sdk-rate-limit`.
"""

from clientkit import FieldError, RawResponse, Secret
from nuweb import models
from nuweb._client import AsyncNuWeb, NuWeb
from nuweb._jsonapi import Related
from nuweb._paging import Page
from nuweb.objects import CompanyMembership, CompanyUser, Role, UserStatus, VisibilityGroup
from nuweb_client import (
    PROFILE,
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
    NuWebError,
    PaginationError,
    PermissionDeniedError,
    RateLimiter,
    RateLimitError,
    RateLimitHoldError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
    WebhookError,
    __version__,
)

PRODUCTION_URL = PROFILE.default_base_url
ValidationError = UnprocessableEntityError  # NU Web's name for its 422 answers
UserPage = Page[CompanyUser]

__all__ = [
    "PRODUCTION_URL",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AsyncNuWeb",
    "AuthenticationError",
    "BadRequestError",
    "CompanyMembership",
    "CompanyUser",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "NuWeb",
    "NuWebError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitHoldError",
    "RateLimiter",
    "RawResponse",
    "Related",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "Role",
    "Secret",
    "UnprocessableEntityError",
    "UserPage",
    "UserStatus",
    "ValidationError",
    "VisibilityGroup",
    "WebhookError",
    "__version__",
    "models",
]
