from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chart_of_accounts_list import ChartOfAccountsList
from ...models.error_detail import ErrorDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max"] = max_

    params["page"] = page

    params["filters"] = filters

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/classifications/chart-of-accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChartOfAccountsList | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = ChartOfAccountsList.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = []
        _response_4xx = response.json()
        for componentsschemas_error_list_item_data in _response_4xx:
            componentsschemas_error_list_item = ErrorDetail.from_dict(componentsschemas_error_list_item_data)

            response_4xx.append(componentsschemas_error_list_item)

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = []
        _response_5xx = response.json()
        for componentsschemas_error_list_item_data in _response_5xx:
            componentsschemas_error_list_item = ErrorDetail.from_dict(componentsschemas_error_list_item_data)

            response_5xx.append(componentsschemas_error_list_item)

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChartOfAccountsList | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ChartOfAccountsList | list[ErrorDetail]]:
    """List chart of accounts

     One page of the organization's chart of accounts, archived ones included; filter on `archived` to
    leave them out.

    Args:
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        filters (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChartOfAccountsList | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        max_=max_,
        page=page,
        filters=filters,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ChartOfAccountsList | list[ErrorDetail] | None:
    """List chart of accounts

     One page of the organization's chart of accounts, archived ones included; filter on `archived` to
    leave them out.

    Args:
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        filters (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChartOfAccountsList | list[ErrorDetail]
    """

    return sync_detailed(
        client=client,
        max_=max_,
        page=page,
        filters=filters,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ChartOfAccountsList | list[ErrorDetail]]:
    """List chart of accounts

     One page of the organization's chart of accounts, archived ones included; filter on `archived` to
    leave them out.

    Args:
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        filters (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChartOfAccountsList | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        max_=max_,
        page=page,
        filters=filters,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ChartOfAccountsList | list[ErrorDetail] | None:
    """List chart of accounts

     One page of the organization's chart of accounts, archived ones included; filter on `archived` to
    leave them out.

    Args:
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        filters (str | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChartOfAccountsList | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            client=client,
            max_=max_,
            page=page,
            filters=filters,
            sort=sort,
        )
    ).parsed
