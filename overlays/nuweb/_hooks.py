"""What the NU Web spec cannot say, named by it (`x-sdk-result`) or read by the runtime.

- `company_user`, `user_page`, `user_status`: JSON:API documents flattened into `CompanyUser`
  objects (included roles, memberships and visibility groups resolved; see `_jsonapi`), pages
  of them, and suspend/restore answers; the generated documents stay available as `.raw`;
- `accept_token`: the token a login returns, as a `Secret` (and the client's own token when it
  was made with `NuWeb.from_login`);
- `ERROR_READING`: Laravel's `{"errors": {"field": ["message"]}}` on 422.
"""

from __future__ import annotations

from typing import Any

import httpx

from clientkit.redaction import Secret
from nuweb._auth import NuWebAuth
from nuweb._errors import ERROR_READING
from nuweb._jsonapi import Document, key_of
from nuweb._paging import Page, links_of, total_of
from nuweb.objects import CompanyUser, UserStatus
from nuweb_client.errors import ERRORS, ResponseValidationError
from nuweb_client.models import (
    CompanyUserDocument,
    CompanyUserList,
    CompanyUserStatusMessage,
    IncludedCompanyMembership,
    IncludedRole,
    IncludedVisibilityGroup,
    JsonApiIncludedResource,
    LoginResponse,
)
from nuweb_client.types import UNSET, Unset

__all__ = [
    "ERROR_READING",
    "CompanyUser",
    "Page",
    "Secret",
    "UserStatus",
    "accept_token",
    "company_user",
    "user_page",
    "user_status",
]


Included = IncludedCompanyMembership | IncludedRole | IncludedVisibilityGroup | JsonApiIncludedResource


def _included(value: list[Included] | Unset) -> list[Included]:
    return [] if isinstance(value, Unset) else value


def company_user(document: CompanyUserDocument, client: Any, response: httpx.Response) -> CompanyUser:
    """One user with everything the document included about it resolved."""
    index = Document(item.to_dict() for item in _included(document.included))
    return CompanyUser.from_flat(index.flatten(document.data.to_dict()), raw=document)


def _number(response: httpx.Response, name: str, default: int) -> int:
    value = response.request.url.params.get(name)
    return int(value) if value is not None and value.isascii() and value.isdigit() else default


def user_page(raw: CompanyUserList, client: Any, response: httpx.Response) -> Page[CompanyUser]:
    """The page's users, each with `raw` = a document of that user and its share of `included`."""
    included = _included(raw.included)
    index = Document(item.to_dict() for item in included)
    models = {key_of(item.type_, item.id): item for item in included}
    users: list[CompanyUser] = []
    for resource in raw.data:
        flat = index.flatten(resource.to_dict())
        own = [models[key] for key in flat.related_keys() if key in models]
        document = CompanyUserDocument(data=resource, included=own if own else UNSET)
        users.append(CompanyUser.from_flat(flat, raw=document))
    return Page(
        items=tuple(users),
        number=_number(response, "page", 1),
        limit=_number(response, "limit", len(users)),
        total=total_of(raw.meta),
        links=links_of(raw.links),
        raw=raw,
    )


def user_status(raw: CompanyUserStatusMessage, client: Any, response: httpx.Response) -> UserStatus:
    message = raw.message if isinstance(raw.message, str) else None
    data = {} if isinstance(raw.data, Unset) else raw.data.to_dict()
    return UserStatus(message=message, data=data, raw=raw)


def accept_token(answer: LoginResponse, client: Any, response: httpx.Response) -> Secret:
    """The token as a `Secret` (registered, so it is scrubbed from logs and messages from now on)."""
    token = answer.token
    if not isinstance(token, str) or not token.strip():
        raise ERRORS.get(ResponseValidationError)("the login answer holds no token", field="LoginResponse.token")
    answer.token = "****"  # the parsed model should not keep a clear-text copy
    secret = Secret(token)
    auth = getattr(client, "_auth", None)
    if isinstance(auth, NuWebAuth) and auth.token is None:  # a client made to log in (`from_login`)
        auth.set_token(secret)
    return secret
