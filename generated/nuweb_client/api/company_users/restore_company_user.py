from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_user_status_message import CompanyUserStatusMessage
from ...models.error_message import ErrorMessage
from ...models.validation_error_response import ValidationErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_nu_company_id, Unset):
        headers["X-NU-COMPANY-ID"] = str(x_nu_company_id)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["id"] = id

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/users/restore",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyUserStatusMessage | ErrorMessage | ValidationErrorResponse | None:
    if response.status_code == 200:
        response_200 = CompanyUserStatusMessage.from_dict(response.json())

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
) -> Response[CompanyUserStatusMessage | ErrorMessage | ValidationErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[CompanyUserStatusMessage | ErrorMessage | ValidationErrorResponse]:
    """Restore Company User

     Restore (un-suspend) a user of the current company, picked by `id` or `email` in the query string
    (send at least one of them, as `x-any-of-parameters` states; with neither the answer is `422`).
    Takes no request body. The answer names no user id, so no link leaves it: read the user back with
    the `id` or `email` you sent.

    Args:
        id (int | Unset):
        email (str | Unset):
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyUserStatusMessage | ErrorMessage | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        email=email,
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
    id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> CompanyUserStatusMessage | ErrorMessage | ValidationErrorResponse | None:
    """Restore Company User

     Restore (un-suspend) a user of the current company, picked by `id` or `email` in the query string
    (send at least one of them, as `x-any-of-parameters` states; with neither the answer is `422`).
    Takes no request body. The answer names no user id, so no link leaves it: read the user back with
    the `id` or `email` you sent.

    Args:
        id (int | Unset):
        email (str | Unset):
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyUserStatusMessage | ErrorMessage | ValidationErrorResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        email=email,
        x_nu_company_id=x_nu_company_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[CompanyUserStatusMessage | ErrorMessage | ValidationErrorResponse]:
    """Restore Company User

     Restore (un-suspend) a user of the current company, picked by `id` or `email` in the query string
    (send at least one of them, as `x-any-of-parameters` states; with neither the answer is `422`).
    Takes no request body. The answer names no user id, so no link leaves it: read the user back with
    the `id` or `email` you sent.

    Args:
        id (int | Unset):
        email (str | Unset):
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyUserStatusMessage | ErrorMessage | ValidationErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        email=email,
        x_nu_company_id=x_nu_company_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    email: str | Unset = UNSET,
    x_nu_company_id: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> CompanyUserStatusMessage | ErrorMessage | ValidationErrorResponse | None:
    """Restore Company User

     Restore (un-suspend) a user of the current company, picked by `id` or `email` in the query string
    (send at least one of them, as `x-any-of-parameters` states; with neither the answer is `422`).
    Takes no request body. The answer names no user id, so no link leaves it: read the user back with
    the `id` or `email` you sent.

    Args:
        id (int | Unset):
        email (str | Unset):
        x_nu_company_id (int | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyUserStatusMessage | ErrorMessage | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            email=email,
            x_nu_company_id=x_nu_company_id,
            accept_language=accept_language,
        )
    ).parsed
