"""Typed Python client for the NU Web Group (Nutickets) Admin API: company users and login.

from nuweb import NuWeb, ValidationError
# token falls back to $NUWEB_TOKEN, company_id to $NUWEB_COMPANY_ID (sent as X-NU-COMPANY-ID)
with NuWeb(token="...", company_id=42, language="en") as client:
    for user in client.users.list():              # every page, lazily; at most 60 requests a minute
        print(user.name, [role.title for role in user.roles], user.memberships[0].locale)
    user = client.users.create(name="Ada", email="ada@example.com")
    client.users.update(user.id, roles=[1, 2])
    client.users.suspend(user.id)                 # NU Web's reversible delete; restore() undoes it
    try:
        client.users.create(name="Ada", email="not-an-email")
    except ValidationError as exc:
        print(exc.errors)                         # {"email": ["The email must be a valid email address."]}

client = NuWeb.from_login(email="admin@example.com", password="...", company_id=42)
"""

from clientkit import SDKError as NuWebError
from clientkit.public_errors import *  # noqa: F403
from clientkit.public_errors import __all__ as _error_names
from nuweb import models
from nuweb._client import PRODUCTION_URL, AsyncNuWeb, NuWeb
from nuweb._errors import ValidationError
from nuweb._jsonapi import Related
from nuweb._paging import AsyncJsonApiPaginator, JsonApiPaginator, Page
from nuweb._ratelimit import RateLimiter, RateLimitHoldError
from nuweb._version import __version__
from nuweb.objects import CompanyMembership, CompanyUser, Role, UserStatus, VisibilityGroup
from nuweb.resources.users import UserPage

__all__ = [  # noqa: PLE0604
    *_error_names,
    "PRODUCTION_URL",
    "AsyncJsonApiPaginator",
    "AsyncNuWeb",
    "CompanyMembership",
    "CompanyUser",
    "JsonApiPaginator",
    "NuWeb",
    "NuWebError",
    "Page",
    "RateLimitHoldError",
    "RateLimiter",
    "Related",
    "Role",
    "UserPage",
    "UserStatus",
    "ValidationError",
    "VisibilityGroup",
    "__version__",
    "models",
]
