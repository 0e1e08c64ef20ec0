from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.international_payments_configuration import InternationalPaymentsConfiguration
from ...models.vendor_account_type import VendorAccountType
from ...types import UNSET, Response


def _get_kwargs(
    *,
    country: str,
    bill_currency: str,
    account_type: VendorAccountType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    params["billCurrency"] = bill_currency

    json_account_type = account_type.value
    params["accountType"] = json_account_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/vendors/configuration/international-payments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InternationalPaymentsConfiguration | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = InternationalPaymentsConfiguration.from_dict(response.json())

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
) -> Response[InternationalPaymentsConfiguration | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: str,
    bill_currency: str,
    account_type: VendorAccountType,
) -> Response[InternationalPaymentsConfiguration | list[ErrorDetail]]:
    """What paying a vendor abroad will require

     Ask before creating a vendor outside the US or billed in another currency: the answer says whether a
    payment purpose is needed and which bank fields BILL checks. For an existing vendor use
    getVendorConfiguration.

    Args:
        country (str):
        bill_currency (str):
        account_type (VendorAccountType): Whether the vendor is a business or a person.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternationalPaymentsConfiguration | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        country=country,
        bill_currency=bill_currency,
        account_type=account_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country: str,
    bill_currency: str,
    account_type: VendorAccountType,
) -> InternationalPaymentsConfiguration | list[ErrorDetail] | None:
    """What paying a vendor abroad will require

     Ask before creating a vendor outside the US or billed in another currency: the answer says whether a
    payment purpose is needed and which bank fields BILL checks. For an existing vendor use
    getVendorConfiguration.

    Args:
        country (str):
        bill_currency (str):
        account_type (VendorAccountType): Whether the vendor is a business or a person.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternationalPaymentsConfiguration | list[ErrorDetail]
    """

    return sync_detailed(
        client=client,
        country=country,
        bill_currency=bill_currency,
        account_type=account_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: str,
    bill_currency: str,
    account_type: VendorAccountType,
) -> Response[InternationalPaymentsConfiguration | list[ErrorDetail]]:
    """What paying a vendor abroad will require

     Ask before creating a vendor outside the US or billed in another currency: the answer says whether a
    payment purpose is needed and which bank fields BILL checks. For an existing vendor use
    getVendorConfiguration.

    Args:
        country (str):
        bill_currency (str):
        account_type (VendorAccountType): Whether the vendor is a business or a person.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternationalPaymentsConfiguration | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        country=country,
        bill_currency=bill_currency,
        account_type=account_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country: str,
    bill_currency: str,
    account_type: VendorAccountType,
) -> InternationalPaymentsConfiguration | list[ErrorDetail] | None:
    """What paying a vendor abroad will require

     Ask before creating a vendor outside the US or billed in another currency: the answer says whether a
    payment purpose is needed and which bank fields BILL checks. For an existing vendor use
    getVendorConfiguration.

    Args:
        country (str):
        bill_currency (str):
        account_type (VendorAccountType): Whether the vendor is a business or a person.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternationalPaymentsConfiguration | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            bill_currency=bill_currency,
            account_type=account_type,
        )
    ).parsed
