from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.network_invitation_create import NetworkInvitationCreate
from ...types import Response


def _get_kwargs(
    customer_id: str,
    *,
    body: NetworkInvitationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/network/invitation/customer/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NetworkInvitationCreate,
) -> Response[Any | list[ErrorDetail]]:
    """Connect a customer to its organization in the network

     Links one of your customers to the BILL network organization `networkId` (customers are never RPPS
    vendors, so `networkType` is BILL). As with vendors, the connection is made at once or stays PENDING
    until the customer accepts. At most five connection requests a minute.

    Args:
        customer_id (str):
        body (NetworkInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NetworkInvitationCreate,
) -> Any | list[ErrorDetail] | None:
    """Connect a customer to its organization in the network

     Links one of your customers to the BILL network organization `networkId` (customers are never RPPS
    vendors, so `networkType` is BILL). As with vendors, the connection is made at once or stays PENDING
    until the customer accepts. At most five connection requests a minute.

    Args:
        customer_id (str):
        body (NetworkInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ErrorDetail]
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NetworkInvitationCreate,
) -> Response[Any | list[ErrorDetail]]:
    """Connect a customer to its organization in the network

     Links one of your customers to the BILL network organization `networkId` (customers are never RPPS
    vendors, so `networkType` is BILL). As with vendors, the connection is made at once or stays PENDING
    until the customer accepts. At most five connection requests a minute.

    Args:
        customer_id (str):
        body (NetworkInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NetworkInvitationCreate,
) -> Any | list[ErrorDetail] | None:
    """Connect a customer to its organization in the network

     Links one of your customers to the BILL network organization `networkId` (customers are never RPPS
    vendors, so `networkType` is BILL). As with vendors, the connection is made at once or stays PENDING
    until the customer accepts. At most five connection requests a minute.

    Args:
        customer_id (str):
        body (NetworkInvitationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed
