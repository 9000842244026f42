from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...models.upgrade_order_request import UpgradeOrderRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: UUID,
    *,
    body: UpgradeOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders/{order_id}/post-purchase".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Order | None:
    if response.status_code == 200:
        response_200 = Order.from_dict(response.json())

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
) -> Response[Error | Order]:
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
    body: UpgradeOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Order]:
    """Upgrade order

     Moves an existing order to a higher package and/or buys extra add-ons. This charges the company: the
    client never retries it after the request was sent. This operation owns every `POST
    /orders/{order_id}/post-purchase`, including `/orders/draft/post-purchase` (which also fits the
    template of `/orders/draft/{order_id}`, where POST is not declared): `draft` is not an order id, so
    that call is a `400`.

    Args:
        order_id (UUID):
        idempotency_key (str | Unset):
        body (UpgradeOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpgradeOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | Order | None:
    """Upgrade order

     Moves an existing order to a higher package and/or buys extra add-ons. This charges the company: the
    client never retries it after the request was sent. This operation owns every `POST
    /orders/{order_id}/post-purchase`, including `/orders/draft/post-purchase` (which also fits the
    template of `/orders/draft/{order_id}`, where POST is not declared): `draft` is not an order id, so
    that call is a `400`.

    Args:
        order_id (UUID):
        idempotency_key (str | Unset):
        body (UpgradeOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    order_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpgradeOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Order]:
    """Upgrade order

     Moves an existing order to a higher package and/or buys extra add-ons. This charges the company: the
    client never retries it after the request was sent. This operation owns every `POST
    /orders/{order_id}/post-purchase`, including `/orders/draft/post-purchase` (which also fits the
    template of `/orders/draft/{order_id}`, where POST is not declared): `draft` is not an order id, so
    that call is a `400`.

    Args:
        order_id (UUID):
        idempotency_key (str | Unset):
        body (UpgradeOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpgradeOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | Order | None:
    """Upgrade order

     Moves an existing order to a higher package and/or buys extra add-ons. This charges the company: the
    client never retries it after the request was sent. This operation owns every `POST
    /orders/{order_id}/post-purchase`, including `/orders/draft/post-purchase` (which also fits the
    template of `/orders/draft/{order_id}`, where POST is not declared): `draft` is not an order id, so
    that call is a `400`.

    Args:
        order_id (UUID):
        idempotency_key (str | Unset):
        body (UpgradeOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
