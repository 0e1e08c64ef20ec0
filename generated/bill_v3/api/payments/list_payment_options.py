from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.payment_options import PaymentOptions
from ...types import UNSET, Response


def _get_kwargs(
    *,
    vendor_id: str,
    amount: float,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["vendorId"] = vendor_id

    params["amount"] = amount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/payments/options",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentOptions | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = PaymentOptions.from_dict(response.json())

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
) -> Response[PaymentOptions | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    vendor_id: str,
    amount: float,
) -> Response[PaymentOptions | list[ErrorDetail]]:
    """List how a vendor could be paid an amount

     The organization's bank accounts and cards, each saying whether the signed-in user can pay from it,
    when the payment would go out and arrive, and what it would cost.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        amount (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentOptions | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
        amount=amount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    vendor_id: str,
    amount: float,
) -> PaymentOptions | list[ErrorDetail] | None:
    """List how a vendor could be paid an amount

     The organization's bank accounts and cards, each saying whether the signed-in user can pay from it,
    when the payment would go out and arrive, and what it would cost.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        amount (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentOptions | list[ErrorDetail]
    """

    return sync_detailed(
        client=client,
        vendor_id=vendor_id,
        amount=amount,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    vendor_id: str,
    amount: float,
) -> Response[PaymentOptions | list[ErrorDetail]]:
    """List how a vendor could be paid an amount

     The organization's bank accounts and cards, each saying whether the signed-in user can pay from it,
    when the payment would go out and arrive, and what it would cost.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        amount (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentOptions | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
        amount=amount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    vendor_id: str,
    amount: float,
) -> PaymentOptions | list[ErrorDetail] | None:
    """List how a vendor could be paid an amount

     The organization's bank accounts and cards, each saying whether the signed-in user can pay from it,
    when the payment would go out and arrive, and what it would cost.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        amount (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentOptions | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            client=client,
            vendor_id=vendor_id,
            amount=amount,
        )
    ).parsed
