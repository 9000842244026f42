from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_request import CreateUserRequest
from ...models.error import Error
from ...models.user import User
from ...types import Response


def _get_kwargs(
    *,
    body: CreateUserRequest,
    x_account_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-account-id"] = x_account_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = User.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
    x_account_id: str,
) -> Response[Error | User]:
    """Create a new user

     Creates a new user in the system with the provided details, in the account named by `x-account-id`.

    Args:
        x_account_id (str):
        body (CreateUserRequest): Body of `POST /users`. The vendor page shows only `{"email":
            ...}` as the example. Inferred: the full body schema is not shown; `email` is assumed
            required, and other `User` fields may be accepted, so the object is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User]
    """

    kwargs = _get_kwargs(
        body=body,
        x_account_id=x_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
    x_account_id: str,
) -> Error | User | None:
    """Create a new user

     Creates a new user in the system with the provided details, in the account named by `x-account-id`.

    Args:
        x_account_id (str):
        body (CreateUserRequest): Body of `POST /users`. The vendor page shows only `{"email":
            ...}` as the example. Inferred: the full body schema is not shown; `email` is assumed
            required, and other `User` fields may be accepted, so the object is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | User
    """

    return sync_detailed(
        client=client,
        body=body,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
    x_account_id: str,
) -> Response[Error | User]:
    """Create a new user

     Creates a new user in the system with the provided details, in the account named by `x-account-id`.

    Args:
        x_account_id (str):
        body (CreateUserRequest): Body of `POST /users`. The vendor page shows only `{"email":
            ...}` as the example. Inferred: the full body schema is not shown; `email` is assumed
            required, and other `User` fields may be accepted, so the object is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User]
    """

    kwargs = _get_kwargs(
        body=body,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
    x_account_id: str,
) -> Error | User | None:
    """Create a new user

     Creates a new user in the system with the provided details, in the account named by `x-account-id`.

    Args:
        x_account_id (str):
        body (CreateUserRequest): Body of `POST /users`. The vendor page shows only `{"email":
            ...}` as the example. Inferred: the full body schema is not shown; `email` is assumed
            required, and other `User` fields may be accepted, so the object is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | User
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_account_id=x_account_id,
        )
    ).parsed
