from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_credentials import ApiKeyCredentials
from ...models.error import Error
from ...models.user_credentials import UserCredentials
from ...models.user_session import UserSession
from ...types import Response


def _get_kwargs(
    *,
    body: ApiKeyCredentials | UserCredentials,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/login",
    }

    if isinstance(body, UserCredentials):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UserSession | None:
    if response.status_code == 200:
        response_200 = UserSession.from_dict(response.json())

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
) -> Response[Error | UserSession]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCredentials | UserCredentials,
) -> Response[Error | UserSession]:
    """Log in

     Exchanges user credentials (`email` + `password`) or API-key credentials (`apiKey` + `apiSecret`)
    for a User Session. Send the session's `token` as `Authorization: Bearer {token}` on later calls. An
    API key is bound to one account and carries a fixed subset of permissions.

    Args:
        body (ApiKeyCredentials | UserCredentials): Body of `POST /auth/login`: either user
            credentials or API-key credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserSession]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCredentials | UserCredentials,
) -> Error | UserSession | None:
    """Log in

     Exchanges user credentials (`email` + `password`) or API-key credentials (`apiKey` + `apiSecret`)
    for a User Session. Send the session's `token` as `Authorization: Bearer {token}` on later calls. An
    API key is bound to one account and carries a fixed subset of permissions.

    Args:
        body (ApiKeyCredentials | UserCredentials): Body of `POST /auth/login`: either user
            credentials or API-key credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserSession
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCredentials | UserCredentials,
) -> Response[Error | UserSession]:
    """Log in

     Exchanges user credentials (`email` + `password`) or API-key credentials (`apiKey` + `apiSecret`)
    for a User Session. Send the session's `token` as `Authorization: Bearer {token}` on later calls. An
    API key is bound to one account and carries a fixed subset of permissions.

    Args:
        body (ApiKeyCredentials | UserCredentials): Body of `POST /auth/login`: either user
            credentials or API-key credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserSession]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApiKeyCredentials | UserCredentials,
) -> Error | UserSession | None:
    """Log in

     Exchanges user credentials (`email` + `password`) or API-key credentials (`apiKey` + `apiSecret`)
    for a User Session. Send the session's `token` as `Authorization: Bearer {token}` on later calls. An
    API key is bound to one account and carries a fixed subset of permissions.

    Args:
        body (ApiKeyCredentials | UserCredentials): Body of `POST /auth/login`: either user
            credentials or API-key credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserSession
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
