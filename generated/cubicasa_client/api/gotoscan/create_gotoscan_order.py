from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.go_to_scan_order import GoToScanOrder
from ...models.go_to_scan_order_request import GoToScanOrderRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GoToScanOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders/gotoscan",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GoToScanOrder | None:
    if response.status_code == 200:
        response_200 = GoToScanOrder.from_dict(response.json())

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
) -> Response[Error | GoToScanOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GoToScanOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | GoToScanOrder]:
    """Create a GoToScan order

     Orders a scan by a CubiCasa-provided scanner (GoToScan). This charges the company: the client never
    retries it after the request was sent. Inferred: the path follows `/orders/draft`; the body fields
    follow the documented GoToScan link parameters; the response is taken to be an open object that
    probably holds the GoToScan link or token.

    Args:
        idempotency_key (str | Unset):
        body (GoToScanOrderRequest): Inferred: the body is not published; the fields mirror the
            documented GoToScan link parameters (gotoscan.docs.cubi.casa).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GoToScanOrder]
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
    body: GoToScanOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | GoToScanOrder | None:
    """Create a GoToScan order

     Orders a scan by a CubiCasa-provided scanner (GoToScan). This charges the company: the client never
    retries it after the request was sent. Inferred: the path follows `/orders/draft`; the body fields
    follow the documented GoToScan link parameters; the response is taken to be an open object that
    probably holds the GoToScan link or token.

    Args:
        idempotency_key (str | Unset):
        body (GoToScanOrderRequest): Inferred: the body is not published; the fields mirror the
            documented GoToScan link parameters (gotoscan.docs.cubi.casa).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GoToScanOrder
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GoToScanOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | GoToScanOrder]:
    """Create a GoToScan order

     Orders a scan by a CubiCasa-provided scanner (GoToScan). This charges the company: the client never
    retries it after the request was sent. Inferred: the path follows `/orders/draft`; the body fields
    follow the documented GoToScan link parameters; the response is taken to be an open object that
    probably holds the GoToScan link or token.

    Args:
        idempotency_key (str | Unset):
        body (GoToScanOrderRequest): Inferred: the body is not published; the fields mirror the
            documented GoToScan link parameters (gotoscan.docs.cubi.casa).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GoToScanOrder]
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
    body: GoToScanOrderRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | GoToScanOrder | None:
    """Create a GoToScan order

     Orders a scan by a CubiCasa-provided scanner (GoToScan). This charges the company: the client never
    retries it after the request was sent. Inferred: the path follows `/orders/draft`; the body fields
    follow the documented GoToScan link parameters; the response is taken to be an open object that
    probably holds the GoToScan link or token.

    Args:
        idempotency_key (str | Unset):
        body (GoToScanOrderRequest): Inferred: the body is not published; the fields mirror the
            documented GoToScan link parameters (gotoscan.docs.cubi.casa).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GoToScanOrder
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
