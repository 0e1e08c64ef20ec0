from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.vendor import Vendor
from ...types import Response


def _get_kwargs(
    vendor_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/vendors/{vendor_id}/restore".format(
            vendor_id=quote(str(vendor_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Vendor | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = Vendor.from_dict(response.json())

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
) -> Response[Vendor | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Vendor | list[ErrorDetail]]:
    """Restore an archived vendor

     Restoring an active vendor changes nothing.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Vendor | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Vendor | list[ErrorDetail] | None:
    """Restore an archived vendor

     Restoring an active vendor changes nothing.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Vendor | list[ErrorDetail]
    """

    return sync_detailed(
        vendor_id=vendor_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Vendor | list[ErrorDetail]]:
    """Restore an archived vendor

     Restoring an active vendor changes nothing.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Vendor | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Vendor | list[ErrorDetail] | None:
    """Restore an archived vendor

     Restoring an active vendor changes nothing.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Vendor | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            vendor_id=vendor_id,
            client=client,
        )
    ).parsed
