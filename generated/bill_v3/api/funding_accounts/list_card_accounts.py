from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_account_list import CardAccountList
from ...models.error_detail import ErrorDetail
from ...models.list_card_accounts_card_user_status import ListCardAccountsCardUserStatus
from ...types import UNSET, Response


def _get_kwargs(
    *,
    card_user_status: ListCardAccountsCardUserStatus,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_card_user_status = card_user_status.value
    params["cardUserStatus"] = json_card_user_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/funding-accounts/cards",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardAccountList | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = CardAccountList.from_dict(response.json())

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
) -> Response[CardAccountList | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    card_user_status: ListCardAccountsCardUserStatus,
) -> Response[CardAccountList | list[ErrorDetail]]:
    """List the card accounts the signed-in user holds

     The cards on which the user's verification is in the given state, with the card fee rates.

    Args:
        card_user_status (ListCardAccountsCardUserStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardAccountList | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        card_user_status=card_user_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    card_user_status: ListCardAccountsCardUserStatus,
) -> CardAccountList | list[ErrorDetail] | None:
    """List the card accounts the signed-in user holds

     The cards on which the user's verification is in the given state, with the card fee rates.

    Args:
        card_user_status (ListCardAccountsCardUserStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardAccountList | list[ErrorDetail]
    """

    return sync_detailed(
        client=client,
        card_user_status=card_user_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    card_user_status: ListCardAccountsCardUserStatus,
) -> Response[CardAccountList | list[ErrorDetail]]:
    """List the card accounts the signed-in user holds

     The cards on which the user's verification is in the given state, with the card fee rates.

    Args:
        card_user_status (ListCardAccountsCardUserStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardAccountList | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        card_user_status=card_user_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    card_user_status: ListCardAccountsCardUserStatus,
) -> CardAccountList | list[ErrorDetail] | None:
    """List the card accounts the signed-in user holds

     The cards on which the user's verification is in the given state, with the card fee rates.

    Args:
        card_user_status (ListCardAccountsCardUserStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardAccountList | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            client=client,
            card_user_status=card_user_status,
        )
    ).parsed
