from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.payment_exchange_rate import PaymentExchangeRate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    vendor_id: str,
    amount: float,
    base_currency: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["vendorId"] = vendor_id

    params["amount"] = amount

    params["baseCurrency"] = base_currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/payments/exchange-rate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentExchangeRate | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = PaymentExchangeRate.from_dict(response.json())

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
) -> Response[PaymentExchangeRate | list[ErrorDetail]]:
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
    base_currency: bool | Unset = False,
) -> Response[PaymentExchangeRate | list[ErrorDetail]]:
    """Get BILL's exchange rate for paying a vendor in its own currency

     The rate holds until expirationTime and for amounts within amountRange.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        amount (float):
        base_currency (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentExchangeRate | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
        amount=amount,
        base_currency=base_currency,
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
    base_currency: bool | Unset = False,
) -> PaymentExchangeRate | list[ErrorDetail] | None:
    """Get BILL's exchange rate for paying a vendor in its own currency

     The rate holds until expirationTime and for amounts within amountRange.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        amount (float):
        base_currency (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentExchangeRate | list[ErrorDetail]
    """

    return sync_detailed(
        client=client,
        vendor_id=vendor_id,
        amount=amount,
        base_currency=base_currency,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    vendor_id: str,
    amount: float,
    base_currency: bool | Unset = False,
) -> Response[PaymentExchangeRate | list[ErrorDetail]]:
    """Get BILL's exchange rate for paying a vendor in its own currency

     The rate holds until expirationTime and for amounts within amountRange.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        amount (float):
        base_currency (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentExchangeRate | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
        amount=amount,
        base_currency=base_currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    vendor_id: str,
    amount: float,
    base_currency: bool | Unset = False,
) -> PaymentExchangeRate | list[ErrorDetail] | None:
    """Get BILL's exchange rate for paying a vendor in its own currency

     The rate holds until expirationTime and for amounts within amountRange.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        amount (float):
        base_currency (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentExchangeRate | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            client=client,
            vendor_id=vendor_id,
            amount=amount,
            base_currency=base_currency,
        )
    ).parsed
