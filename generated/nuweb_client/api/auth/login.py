from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.login_request import LoginRequest
from ...models.login_response import LoginResponse
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LoginRequest,
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
        "url": "/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | LoginResponse | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = LoginResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

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
) -> Response[ErrorMessage | LoginResponse | ValidationErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[ErrorMessage | LoginResponse | ValidationErrorResponse]:
    """Retrieve API Token

     Exchange admin-user credentials for a re-usable personal access token. The token acts for the user's
    currently selected company with the user's current roles, never expires and does not revoke earlier
    tokens; revoke tokens in Admin > Settings > API Settings. Needs no authentication. The vendor
    documents `422` (validation error) as the only failure of this call.

    Args:
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):
        body (LoginRequest): Admin-user credentials; all three fields are needed, and a blank one
            counts as missing. Inferred: the vendor marks no field as required, but a login cannot
            work without credentials, and Laravel Sanctum's token login, which this call follows (same
            fields, `422` as its only failure), requires all three; Laravel trims strings and treats
            blank ones as missing. Example: {'email': 'master@example.com', 'password': 'password',
            'device_name': 'api_test'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | LoginResponse | ValidationErrorResponse]
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
    client: AuthenticatedClient | Client,
    body: LoginRequest,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> ErrorMessage | LoginResponse | ValidationErrorResponse | None:
    """Retrieve API Token

     Exchange admin-user credentials for a re-usable personal access token. The token acts for the user's
    currently selected company with the user's current roles, never expires and does not revoke earlier
    tokens; revoke tokens in Admin > Settings > API Settings. Needs no authentication. The vendor
    documents `422` (validation error) as the only failure of this call.

    Args:
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):
        body (LoginRequest): Admin-user credentials; all three fields are needed, and a blank one
            counts as missing. Inferred: the vendor marks no field as required, but a login cannot
            work without credentials, and Laravel Sanctum's token login, which this call follows (same
            fields, `422` as its only failure), requires all three; Laravel trims strings and treats
            blank ones as missing. Example: {'email': 'master@example.com', 'password': 'password',
            'device_name': 'api_test'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | LoginResponse | ValidationErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_nu_company_id=x_nu_company_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[ErrorMessage | LoginResponse | ValidationErrorResponse]:
    """Retrieve API Token

     Exchange admin-user credentials for a re-usable personal access token. The token acts for the user's
    currently selected company with the user's current roles, never expires and does not revoke earlier
    tokens; revoke tokens in Admin > Settings > API Settings. Needs no authentication. The vendor
    documents `422` (validation error) as the only failure of this call.

    Args:
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):
        body (LoginRequest): Admin-user credentials; all three fields are needed, and a blank one
            counts as missing. Inferred: the vendor marks no field as required, but a login cannot
            work without credentials, and Laravel Sanctum's token login, which this call follows (same
            fields, `422` as its only failure), requires all three; Laravel trims strings and treats
            blank ones as missing. Example: {'email': 'master@example.com', 'password': 'password',
            'device_name': 'api_test'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | LoginResponse | ValidationErrorResponse]
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
    client: AuthenticatedClient | Client,
    body: LoginRequest,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> ErrorMessage | LoginResponse | ValidationErrorResponse | None:
    """Retrieve API Token

     Exchange admin-user credentials for a re-usable personal access token. The token acts for the user's
    currently selected company with the user's current roles, never expires and does not revoke earlier
    tokens; revoke tokens in Admin > Settings > API Settings. Needs no authentication. The vendor
    documents `422` (validation error) as the only failure of this call.

    Args:
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):
        body (LoginRequest): Admin-user credentials; all three fields are needed, and a blank one
            counts as missing. Inferred: the vendor marks no field as required, but a login cannot
            work without credentials, and Laravel Sanctum's token login, which this call follows (same
            fields, `422` as its only failure), requires all three; Laravel trims strings and treats
            blank ones as missing. Example: {'email': 'master@example.com', 'password': 'password',
            'device_name': 'api_test'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | LoginResponse | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_nu_company_id=x_nu_company_id,
            accept_language=accept_language,
        )
    ).parsed
