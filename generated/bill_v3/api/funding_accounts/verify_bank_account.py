from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_account_verification import BankAccountVerification
from ...models.bank_account_verification_result import BankAccountVerificationResult
from ...models.error_detail import ErrorDetail
from ...types import Response


def _get_kwargs(
    bank_account_id: str,
    *,
    body: BankAccountVerification,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/funding-accounts/banks/{bank_account_id}/verify".format(
            bank_account_id=quote(str(bank_account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BankAccountVerificationResult | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = BankAccountVerificationResult.from_dict(response.json())

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
) -> Response[BankAccountVerificationResult | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bank_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BankAccountVerification,
) -> Response[BankAccountVerificationResult | list[ErrorDetail]]:
    """Confirm the test deposit sent to a new bank account

     The right amount makes the account VERIFIED (in the sandbox it is always 0.50). A wrong amount
    answers `verified: false` and counts as a failed attempt; after three the account is LOCKED and
    cannot be verified any more.

    Args:
        bank_account_id (str): BILL bank account id (prefix `bac`).
        body (BankAccountVerification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankAccountVerificationResult | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        bank_account_id=bank_account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bank_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BankAccountVerification,
) -> BankAccountVerificationResult | list[ErrorDetail] | None:
    """Confirm the test deposit sent to a new bank account

     The right amount makes the account VERIFIED (in the sandbox it is always 0.50). A wrong amount
    answers `verified: false` and counts as a failed attempt; after three the account is LOCKED and
    cannot be verified any more.

    Args:
        bank_account_id (str): BILL bank account id (prefix `bac`).
        body (BankAccountVerification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankAccountVerificationResult | list[ErrorDetail]
    """

    return sync_detailed(
        bank_account_id=bank_account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    bank_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BankAccountVerification,
) -> Response[BankAccountVerificationResult | list[ErrorDetail]]:
    """Confirm the test deposit sent to a new bank account

     The right amount makes the account VERIFIED (in the sandbox it is always 0.50). A wrong amount
    answers `verified: false` and counts as a failed attempt; after three the account is LOCKED and
    cannot be verified any more.

    Args:
        bank_account_id (str): BILL bank account id (prefix `bac`).
        body (BankAccountVerification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankAccountVerificationResult | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        bank_account_id=bank_account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bank_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BankAccountVerification,
) -> BankAccountVerificationResult | list[ErrorDetail] | None:
    """Confirm the test deposit sent to a new bank account

     The right amount makes the account VERIFIED (in the sandbox it is always 0.50). A wrong amount
    answers `verified: false` and counts as a failed attempt; after three the account is LOCKED and
    cannot be verified any more.

    Args:
        bank_account_id (str): BILL bank account id (prefix `bac`).
        body (BankAccountVerification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankAccountVerificationResult | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            bank_account_id=bank_account_id,
            client=client,
            body=body,
        )
    ).parsed
