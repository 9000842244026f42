from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_user_document import CompanyUserDocument
from ...models.error_message import ErrorMessage
from ...models.update_company_user_request import UpdateCompanyUserRequest
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateCompanyUserRequest,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_nu_company_id, Unset):
        headers["X-NU-COMPANY-ID"] = str(x_nu_company_id)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/users/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyUserDocument | ErrorMessage | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = CompanyUserDocument.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ValidationErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorMessage.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorMessage.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorMessage.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyUserDocument | ErrorMessage | ValidationErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateCompanyUserRequest,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[CompanyUserDocument | ErrorMessage | ValidationErrorResponse]:
    """Update Company User

     Update the user whose `id` is given in the body (the vendor uses `POST …/update` rather than
    `PUT`/`PATCH`). Fields left out are not changed. A user cannot change their own roles, visibility
    groups or permissions. Cannot be sent with `async=true` because the body may carry a password.

    Args:
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):
        body (UpdateCompanyUserRequest): Fields to change on the user given by `id`, which is
            needed. Inferred: the vendor marks no field as required, but the update names its user by
            `id` (it answers `422` without it). The rules for `name`, `email` and `password` are those
            of creation. An e-mail address of another user, or a role or visibility group id the
            company does not have, is a `422` too. Example: {'id': 1, 'name': 'John Doe', 'email':
            'email@example.com', 'password': 'password', 'acceptedTerms': True, 'acceptedPrivacy':
            True, 'acceptedEmailOptIn': True, 'roles': [1], 'visibilityGroups': [1]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyUserDocument | ErrorMessage | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_nu_company_id=x_nu_company_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateCompanyUserRequest,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> CompanyUserDocument | ErrorMessage | ValidationErrorResponse | None:
    """Update Company User

     Update the user whose `id` is given in the body (the vendor uses `POST …/update` rather than
    `PUT`/`PATCH`). Fields left out are not changed. A user cannot change their own roles, visibility
    groups or permissions. Cannot be sent with `async=true` because the body may carry a password.

    Args:
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):
        body (UpdateCompanyUserRequest): Fields to change on the user given by `id`, which is
            needed. Inferred: the vendor marks no field as required, but the update names its user by
            `id` (it answers `422` without it). The rules for `name`, `email` and `password` are those
            of creation. An e-mail address of another user, or a role or visibility group id the
            company does not have, is a `422` too. Example: {'id': 1, 'name': 'John Doe', 'email':
            'email@example.com', 'password': 'password', 'acceptedTerms': True, 'acceptedPrivacy':
            True, 'acceptedEmailOptIn': True, 'roles': [1], 'visibilityGroups': [1]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyUserDocument | ErrorMessage | ValidationErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_nu_company_id=x_nu_company_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateCompanyUserRequest,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[CompanyUserDocument | ErrorMessage | ValidationErrorResponse]:
    """Update Company User

     Update the user whose `id` is given in the body (the vendor uses `POST …/update` rather than
    `PUT`/`PATCH`). Fields left out are not changed. A user cannot change their own roles, visibility
    groups or permissions. Cannot be sent with `async=true` because the body may carry a password.

    Args:
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):
        body (UpdateCompanyUserRequest): Fields to change on the user given by `id`, which is
            needed. Inferred: the vendor marks no field as required, but the update names its user by
            `id` (it answers `422` without it). The rules for `name`, `email` and `password` are those
            of creation. An e-mail address of another user, or a role or visibility group id the
            company does not have, is a `422` too. Example: {'id': 1, 'name': 'John Doe', 'email':
            'email@example.com', 'password': 'password', 'acceptedTerms': True, 'acceptedPrivacy':
            True, 'acceptedEmailOptIn': True, 'roles': [1], 'visibilityGroups': [1]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyUserDocument | ErrorMessage | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_nu_company_id=x_nu_company_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateCompanyUserRequest,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> CompanyUserDocument | ErrorMessage | ValidationErrorResponse | None:
    """Update Company User

     Update the user whose `id` is given in the body (the vendor uses `POST …/update` rather than
    `PUT`/`PATCH`). Fields left out are not changed. A user cannot change their own roles, visibility
    groups or permissions. Cannot be sent with `async=true` because the body may carry a password.

    Args:
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):
        body (UpdateCompanyUserRequest): Fields to change on the user given by `id`, which is
            needed. Inferred: the vendor marks no field as required, but the update names its user by
            `id` (it answers `422` without it). The rules for `name`, `email` and `password` are those
            of creation. An e-mail address of another user, or a role or visibility group id the
            company does not have, is a `422` too. Example: {'id': 1, 'name': 'John Doe', 'email':
            'email@example.com', 'password': 'password', 'acceptedTerms': True, 'acceptedPrivacy':
            True, 'acceptedEmailOptIn': True, 'roles': [1], 'visibilityGroups': [1]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyUserDocument | ErrorMessage | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_nu_company_id=x_nu_company_id,
            accept_language=accept_language,
        )
    ).parsed
