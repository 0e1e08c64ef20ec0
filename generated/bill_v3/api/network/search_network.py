from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.network_search_result import NetworkSearchResult
from ...models.search_network_scope import SearchNetworkScope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str,
    scope: SearchNetworkScope | Unset = UNSET,
    networks: str | Unset = UNSET,
    zip_or_postal_code: str | Unset = UNSET,
    account_number: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    params["networks"] = networks

    params["zipOrPostalCode"] = zip_or_postal_code

    params["accountNumber"] = account_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/network",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NetworkSearchResult | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = NetworkSearchResult.from_dict(response.json())

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
) -> Response[NetworkSearchResult | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    scope: SearchNetworkScope | Unset = UNSET,
    networks: str | Unset = UNSET,
    zip_or_postal_code: str | Unset = UNSET,
    account_number: str | Unset = UNSET,
) -> Response[NetworkSearchResult | list[ErrorDetail]]:
    """Search the BILL Network

     Finds organizations by name. In the BILL network the name must be a whole word of at least three
    characters, or nothing is found. In the verified national vendor network (RPPS) part of a name
    matches too, and `zipOrPostalCode` and `accountNumber` narrow the results. Choose the networks with
    `scope` or `networks`; without either, only the BILL network is searched.

    Args:
        name (str):
        scope (SearchNetworkScope | Unset):
        networks (str | Unset):
        zip_or_postal_code (str | Unset):
        account_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NetworkSearchResult | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        name=name,
        scope=scope,
        networks=networks,
        zip_or_postal_code=zip_or_postal_code,
        account_number=account_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    scope: SearchNetworkScope | Unset = UNSET,
    networks: str | Unset = UNSET,
    zip_or_postal_code: str | Unset = UNSET,
    account_number: str | Unset = UNSET,
) -> NetworkSearchResult | list[ErrorDetail] | None:
    """Search the BILL Network

     Finds organizations by name. In the BILL network the name must be a whole word of at least three
    characters, or nothing is found. In the verified national vendor network (RPPS) part of a name
    matches too, and `zipOrPostalCode` and `accountNumber` narrow the results. Choose the networks with
    `scope` or `networks`; without either, only the BILL network is searched.

    Args:
        name (str):
        scope (SearchNetworkScope | Unset):
        networks (str | Unset):
        zip_or_postal_code (str | Unset):
        account_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NetworkSearchResult | list[ErrorDetail]
    """

    return sync_detailed(
        client=client,
        name=name,
        scope=scope,
        networks=networks,
        zip_or_postal_code=zip_or_postal_code,
        account_number=account_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    scope: SearchNetworkScope | Unset = UNSET,
    networks: str | Unset = UNSET,
    zip_or_postal_code: str | Unset = UNSET,
    account_number: str | Unset = UNSET,
) -> Response[NetworkSearchResult | list[ErrorDetail]]:
    """Search the BILL Network

     Finds organizations by name. In the BILL network the name must be a whole word of at least three
    characters, or nothing is found. In the verified national vendor network (RPPS) part of a name
    matches too, and `zipOrPostalCode` and `accountNumber` narrow the results. Choose the networks with
    `scope` or `networks`; without either, only the BILL network is searched.

    Args:
        name (str):
        scope (SearchNetworkScope | Unset):
        networks (str | Unset):
        zip_or_postal_code (str | Unset):
        account_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NetworkSearchResult | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        name=name,
        scope=scope,
        networks=networks,
        zip_or_postal_code=zip_or_postal_code,
        account_number=account_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    scope: SearchNetworkScope | Unset = UNSET,
    networks: str | Unset = UNSET,
    zip_or_postal_code: str | Unset = UNSET,
    account_number: str | Unset = UNSET,
) -> NetworkSearchResult | list[ErrorDetail] | None:
    """Search the BILL Network

     Finds organizations by name. In the BILL network the name must be a whole word of at least three
    characters, or nothing is found. In the verified national vendor network (RPPS) part of a name
    matches too, and `zipOrPostalCode` and `accountNumber` narrow the results. Choose the networks with
    `scope` or `networks`; without either, only the BILL network is searched.

    Args:
        name (str):
        scope (SearchNetworkScope | Unset):
        networks (str | Unset):
        zip_or_postal_code (str | Unset):
        account_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NetworkSearchResult | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            scope=scope,
            networks=networks,
            zip_or_postal_code=zip_or_postal_code,
            account_number=account_number,
        )
    ).parsed
