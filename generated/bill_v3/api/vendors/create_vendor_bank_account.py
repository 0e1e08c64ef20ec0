from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.vendor_bank_account import VendorBankAccount
from ...models.vendor_bank_account_create import VendorBankAccountCreate
from ...types import Response


def _get_kwargs(
    vendor_id: str,
    *,
    body: VendorBankAccountCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/vendors/{vendor_id}/bank-account".format(
            vendor_id=quote(str(vendor_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VendorBankAccount | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = VendorBankAccount.from_dict(response.json())

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
) -> Response[VendorBankAccount | list[ErrorDetail]]:
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
    body: VendorBankAccountCreate,
) -> Response[VendorBankAccount | list[ErrorDetail]]:
    """Give a vendor its bank account

     A vendor has at most one bank account; to change it, delete the current one first. BILL verifies a
    new account for two business days before it pays to it.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        body (VendorBankAccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VendorBankAccount | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VendorBankAccountCreate,
) -> VendorBankAccount | list[ErrorDetail] | None:
    """Give a vendor its bank account

     A vendor has at most one bank account; to change it, delete the current one first. BILL verifies a
    new account for two business days before it pays to it.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        body (VendorBankAccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VendorBankAccount | list[ErrorDetail]
    """

    return sync_detailed(
        vendor_id=vendor_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VendorBankAccountCreate,
) -> Response[VendorBankAccount | list[ErrorDetail]]:
    """Give a vendor its bank account

     A vendor has at most one bank account; to change it, delete the current one first. BILL verifies a
    new account for two business days before it pays to it.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        body (VendorBankAccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VendorBankAccount | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VendorBankAccountCreate,
) -> VendorBankAccount | list[ErrorDetail] | None:
    """Give a vendor its bank account

     A vendor has at most one bank account; to change it, delete the current one first. BILL verifies a
    new account for two business days before it pays to it.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        body (VendorBankAccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VendorBankAccount | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            vendor_id=vendor_id,
            client=client,
            body=body,
        )
    ).parsed
