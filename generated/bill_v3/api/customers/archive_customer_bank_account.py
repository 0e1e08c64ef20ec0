from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_bank_account import CustomerBankAccount
from ...models.error_detail import ErrorDetail
from ...types import Response


def _get_kwargs(
    customer_id: str,
    bank_account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/customers/{customer_id}/bank-accounts/{bank_account_id}/archive".format(
            customer_id=quote(str(customer_id), safe=""),
            bank_account_id=quote(str(bank_account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerBankAccount | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = CustomerBankAccount.from_dict(response.json())

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
) -> Response[CustomerBankAccount | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    bank_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomerBankAccount | list[ErrorDetail]]:
    """Archive a customer's bank account

     An archived account can no longer be charged. BILL has no restore for it; add the account again
    instead. Archiving an archived account changes nothing.

    Args:
        customer_id (str): BILL customer id (prefix `0cu`).
        bank_account_id (str): The id of one of a customer's bank accounts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerBankAccount | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        bank_account_id=bank_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    bank_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomerBankAccount | list[ErrorDetail] | None:
    """Archive a customer's bank account

     An archived account can no longer be charged. BILL has no restore for it; add the account again
    instead. Archiving an archived account changes nothing.

    Args:
        customer_id (str): BILL customer id (prefix `0cu`).
        bank_account_id (str): The id of one of a customer's bank accounts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerBankAccount | list[ErrorDetail]
    """

    return sync_detailed(
        customer_id=customer_id,
        bank_account_id=bank_account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    bank_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomerBankAccount | list[ErrorDetail]]:
    """Archive a customer's bank account

     An archived account can no longer be charged. BILL has no restore for it; add the account again
    instead. Archiving an archived account changes nothing.

    Args:
        customer_id (str): BILL customer id (prefix `0cu`).
        bank_account_id (str): The id of one of a customer's bank accounts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerBankAccount | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        bank_account_id=bank_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    bank_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomerBankAccount | list[ErrorDetail] | None:
    """Archive a customer's bank account

     An archived account can no longer be charged. BILL has no restore for it; add the account again
    instead. Archiving an archived account changes nothing.

    Args:
        customer_id (str): BILL customer id (prefix `0cu`).
        bank_account_id (str): The id of one of a customer's bank accounts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerBankAccount | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            bank_account_id=bank_account_id,
            client=client,
        )
    ).parsed
