from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.paginated_users import PaginatedUsers
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_account_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-account-id"] = x_account_id

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["search"] = search

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PaginatedUsers | None:
    if response.status_code == 200:
        response_200 = PaginatedUsers.from_dict(response.json())

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
) -> Response[Error | PaginatedUsers]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_account_id: str,
) -> Response[Error | PaginatedUsers]:
    """List users

     Returns one page of the users of the account named by `x-account-id`. Stop paging when `page >=
    totalPages` or `data` is empty. Inferred: no users list is published; the path, the query parameters
    and the envelope follow the documented lists of leads, applications and tickets. Those lists also
    accept any resource property as an equality filter (e.g. `active=true`), which is not declared here.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        x_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedUsers]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
        sort=sort,
        x_account_id=x_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_account_id: str,
) -> Error | PaginatedUsers | None:
    """List users

     Returns one page of the users of the account named by `x-account-id`. Stop paging when `page >=
    totalPages` or `data` is empty. Inferred: no users list is published; the path, the query parameters
    and the envelope follow the documented lists of leads, applications and tickets. Those lists also
    accept any resource property as an equality filter (e.g. `active=true`), which is not declared here.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        x_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedUsers
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        search=search,
        sort=sort,
        x_account_id=x_account_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_account_id: str,
) -> Response[Error | PaginatedUsers]:
    """List users

     Returns one page of the users of the account named by `x-account-id`. Stop paging when `page >=
    totalPages` or `data` is empty. Inferred: no users list is published; the path, the query parameters
    and the envelope follow the documented lists of leads, applications and tickets. Those lists also
    accept any resource property as an equality filter (e.g. `active=true`), which is not declared here.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        x_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedUsers]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
        sort=sort,
        x_account_id=x_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_account_id: str,
) -> Error | PaginatedUsers | None:
    """List users

     Returns one page of the users of the account named by `x-account-id`. Stop paging when `page >=
    totalPages` or `data` is empty. Inferred: no users list is published; the path, the query parameters
    and the envelope follow the documented lists of leads, applications and tickets. Those lists also
    accept any resource property as an equality filter (e.g. `active=true`), which is not declared here.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        search (str | Unset):
        sort (str | Unset):
        x_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedUsers
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            search=search,
            sort=sort,
            x_account_id=x_account_id,
        )
    ).parsed
