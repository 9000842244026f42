from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.draft_order_input import DraftOrderInput
from ...models.error import Error
from ...models.order import Order
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DraftOrderInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders/draft",
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
    body: DraftOrderInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Order]:
    """Create a draft order

     Creates an order as a draft (webhook trigger `moved_to_draft`), to be completed later by a scan. The
    body is flat: a nested `address` object is rejected with 400. Inferred: the path and body come from
    a public integration (superdevvs/Repro_Backend) that cites the vendor page; the body matches "Update
    a draft order", which is seen.

    Args:
        idempotency_key (str | Unset):
        body (DraftOrderInput): A draft order's details. The body is flat; a nested `address`
            object is rejected.

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
    body: DraftOrderInput,
    idempotency_key: str | Unset = UNSET,
) -> Error | Order | None:
    """Create a draft order

     Creates an order as a draft (webhook trigger `moved_to_draft`), to be completed later by a scan. The
    body is flat: a nested `address` object is rejected with 400. Inferred: the path and body come from
    a public integration (superdevvs/Repro_Backend) that cites the vendor page; the body matches "Update
    a draft order", which is seen.

    Args:
        idempotency_key (str | Unset):
        body (DraftOrderInput): A draft order's details. The body is flat; a nested `address`
            object is rejected.

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
    body: DraftOrderInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Order]:
    """Create a draft order

     Creates an order as a draft (webhook trigger `moved_to_draft`), to be completed later by a scan. The
    body is flat: a nested `address` object is rejected with 400. Inferred: the path and body come from
    a public integration (superdevvs/Repro_Backend) that cites the vendor page; the body matches "Update
    a draft order", which is seen.

    Args:
        idempotency_key (str | Unset):
        body (DraftOrderInput): A draft order's details. The body is flat; a nested `address`
            object is rejected.

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
    body: DraftOrderInput,
    idempotency_key: str | Unset = UNSET,
) -> Error | Order | None:
    """Create a draft order

     Creates an order as a draft (webhook trigger `moved_to_draft`), to be completed later by a scan. The
    body is flat: a nested `address` object is rejected with 400. Inferred: the path and body come from
    a public integration (superdevvs/Repro_Backend) that cites the vendor page; the body matches "Update
    a draft order", which is seen.

    Args:
        idempotency_key (str | Unset):
        body (DraftOrderInput): A draft order's details. The body is flat; a nested `address`
            object is rejected.

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
