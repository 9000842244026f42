from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_user_request import UpdateUserRequest
from ...models.user import User
from ...types import Response


def _get_kwargs(
    user_id: int,
    *,
    body: UpdateUserRequest,
    x_account_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-account-id"] = x_account_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
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

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
    x_account_id: str,
) -> Response[Error | User]:
    """Update a user

     Partially updates a user: only the fields sent are changed. Deactivating a user (`active: false`)
    may be the intended alternative to deleting it (the web UI has an "enabled" toggle). Inferred:
    follows `PATCH /leads/{leadId}`; the writable fields are guessed from the `User` schema.

    Args:
        user_id (int):
        x_account_id (str):
        body (UpdateUserRequest): Body of `PATCH /users/{userId}`; every field is optional.
            Inferred: not published; the fields are the user-editable fields of `User`, and the object
            is left open because other `User` fields may be accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        x_account_id=x_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
    x_account_id: str,
) -> Error | User | None:
    """Update a user

     Partially updates a user: only the fields sent are changed. Deactivating a user (`active: false`)
    may be the intended alternative to deleting it (the web UI has an "enabled" toggle). Inferred:
    follows `PATCH /leads/{leadId}`; the writable fields are guessed from the `User` schema.

    Args:
        user_id (int):
        x_account_id (str):
        body (UpdateUserRequest): Body of `PATCH /users/{userId}`; every field is optional.
            Inferred: not published; the fields are the user-editable fields of `User`, and the object
            is left open because other `User` fields may be accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | User
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
    x_account_id: str,
) -> Response[Error | User]:
    """Update a user

     Partially updates a user: only the fields sent are changed. Deactivating a user (`active: false`)
    may be the intended alternative to deleting it (the web UI has an "enabled" toggle). Inferred:
    follows `PATCH /leads/{leadId}`; the writable fields are guessed from the `User` schema.

    Args:
        user_id (int):
        x_account_id (str):
        body (UpdateUserRequest): Body of `PATCH /users/{userId}`; every field is optional.
            Inferred: not published; the fields are the user-editable fields of `User`, and the object
            is left open because other `User` fields may be accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
    x_account_id: str,
) -> Error | User | None:
    """Update a user

     Partially updates a user: only the fields sent are changed. Deactivating a user (`active: false`)
    may be the intended alternative to deleting it (the web UI has an "enabled" toggle). Inferred:
    follows `PATCH /leads/{leadId}`; the writable fields are guessed from the `User` schema.

    Args:
        user_id (int):
        x_account_id (str):
        body (UpdateUserRequest): Body of `PATCH /users/{userId}`; every field is optional.
            Inferred: not published; the fields are the user-editable fields of `User`, and the object
            is left open because other `User` fields may be accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | User
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            x_account_id=x_account_id,
        )
    ).parsed
