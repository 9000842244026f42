from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...models.redraw_order_request import RedrawOrderRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RedrawOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders/redraw",
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
    *,
    client: AuthenticatedClient,
    body: RedrawOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Order]:
    """Create a redraw order

     Orders a floor plan redrawn from a source file (a blueprint or an existing plan) rather than from a
    scan. This charges the company: the client never retries it after the request was sent. Inferred:
    the path follows `/orders/draft`; the body follows what a public integration saw `POST /orders`
    validate (`street`, `city`, `country`, `source` required, `info` a string).

    Args:
        idempotency_key (str | Unset):
        body (RedrawOrderRequest): Inferred: fields a public integration saw `POST /orders`
            require (`street`, `city`, `country`, `source`, and `info` as a string), plus the draft
            order's optional address fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RedrawOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | Order | None:
    """Create a redraw order

     Orders a floor plan redrawn from a source file (a blueprint or an existing plan) rather than from a
    scan. This charges the company: the client never retries it after the request was sent. Inferred:
    the path follows `/orders/draft`; the body follows what a public integration saw `POST /orders`
    validate (`street`, `city`, `country`, `source` required, `info` a string).

    Args:
        idempotency_key (str | Unset):
        body (RedrawOrderRequest): Inferred: fields a public integration saw `POST /orders`
            require (`street`, `city`, `country`, `source`, and `info` as a string), plus the draft
            order's optional address fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RedrawOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Order]:
    """Create a redraw order

     Orders a floor plan redrawn from a source file (a blueprint or an existing plan) rather than from a
    scan. This charges the company: the client never retries it after the request was sent. Inferred:
    the path follows `/orders/draft`; the body follows what a public integration saw `POST /orders`
    validate (`street`, `city`, `country`, `source` required, `info` a string).

    Args:
        idempotency_key (str | Unset):
        body (RedrawOrderRequest): Inferred: fields a public integration saw `POST /orders`
            require (`street`, `city`, `country`, `source`, and `info` as a string), plus the draft
            order's optional address fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RedrawOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | Order | None:
    """Create a redraw order

     Orders a floor plan redrawn from a source file (a blueprint or an existing plan) rather than from a
    scan. This charges the company: the client never retries it after the request was sent. Inferred:
    the path follows `/orders/draft`; the body follows what a public integration saw `POST /orders`
    validate (`street`, `city`, `country`, `source` required, `info` a string).

    Args:
        idempotency_key (str | Unset):
        body (RedrawOrderRequest): Inferred: fields a public integration saw `POST /orders`
            require (`street`, `city`, `country`, `source`, and `info` as a string), plus the draft
            order's optional address fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
