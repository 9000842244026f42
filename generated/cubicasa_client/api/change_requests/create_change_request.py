from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_request import ChangeRequest
from ...models.change_request_create import ChangeRequestCreate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    order_id: UUID,
    *,
    body: ChangeRequestCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders/{order_id}/change-requests".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChangeRequest | Error | None:
    if response.status_code == 200:
        response_200 = ChangeRequest.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[ChangeRequest | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ChangeRequestCreate,
) -> Response[ChangeRequest | Error]:
    """Add new change request for an order

     Asks CubiCasa to fix or change a delivered order; the order moves to `Fixing` (webhook trigger
    `moved_to_fixing`). The request and response fields are not published: both are open objects.

    Args:
        order_id (UUID):
        body (ChangeRequestCreate): Inferred: the body is required but its fields are not
            published; send what CubiCasa support documents for your account. Fields are passed
            through as is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeRequest | Error]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ChangeRequestCreate,
) -> ChangeRequest | Error | None:
    """Add new change request for an order

     Asks CubiCasa to fix or change a delivered order; the order moves to `Fixing` (webhook trigger
    `moved_to_fixing`). The request and response fields are not published: both are open objects.

    Args:
        order_id (UUID):
        body (ChangeRequestCreate): Inferred: the body is required but its fields are not
            published; send what CubiCasa support documents for your account. Fields are passed
            through as is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeRequest | Error
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ChangeRequestCreate,
) -> Response[ChangeRequest | Error]:
    """Add new change request for an order

     Asks CubiCasa to fix or change a delivered order; the order moves to `Fixing` (webhook trigger
    `moved_to_fixing`). The request and response fields are not published: both are open objects.

    Args:
        order_id (UUID):
        body (ChangeRequestCreate): Inferred: the body is required but its fields are not
            published; send what CubiCasa support documents for your account. Fields are passed
            through as is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeRequest | Error]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ChangeRequestCreate,
) -> ChangeRequest | Error | None:
    """Add new change request for an order

     Asks CubiCasa to fix or change a delivered order; the order moves to `Fixing` (webhook trigger
    `moved_to_fixing`). The request and response fields are not published: both are open objects.

    Args:
        order_id (UUID):
        body (ChangeRequestCreate): Inferred: the body is required but its fields are not
            published; send what CubiCasa support documents for your account. Fields are passed
            through as is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeRequest | Error
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
