from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.security_key import SecurityKey
from ...types import Response


def _get_kwargs(
    subscription_id: str,
    *,
    x_idempotent_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Idempotent-Key"] = x_idempotent_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/subscriptions/{subscription_id}/security_key".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SecurityKey | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = SecurityKey.from_dict(response.json())

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
) -> Response[SecurityKey | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_idempotent_key: str,
) -> Response[SecurityKey | list[ErrorDetail]]:
    """Create a new security key for a subscription

     Replaces the key that signs the subscription's notifications; the old key stops being used at once,
    including for notifications still being retried. The answer is the only one that shows the new key.
    BILL's guides also print this path with a hyphen (`security-key`); its API reference and Postman
    collection use the underscore.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        x_idempotent_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SecurityKey | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        x_idempotent_key=x_idempotent_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_idempotent_key: str,
) -> SecurityKey | list[ErrorDetail] | None:
    """Create a new security key for a subscription

     Replaces the key that signs the subscription's notifications; the old key stops being used at once,
    including for notifications still being retried. The answer is the only one that shows the new key.
    BILL's guides also print this path with a hyphen (`security-key`); its API reference and Postman
    collection use the underscore.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        x_idempotent_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SecurityKey | list[ErrorDetail]
    """

    return sync_detailed(
        subscription_id=subscription_id,
        client=client,
        x_idempotent_key=x_idempotent_key,
    ).parsed


async def asyncio_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_idempotent_key: str,
) -> Response[SecurityKey | list[ErrorDetail]]:
    """Create a new security key for a subscription

     Replaces the key that signs the subscription's notifications; the old key stops being used at once,
    including for notifications still being retried. The answer is the only one that shows the new key.
    BILL's guides also print this path with a hyphen (`security-key`); its API reference and Postman
    collection use the underscore.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        x_idempotent_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SecurityKey | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        x_idempotent_key=x_idempotent_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_idempotent_key: str,
) -> SecurityKey | list[ErrorDetail] | None:
    """Create a new security key for a subscription

     Replaces the key that signs the subscription's notifications; the old key stops being used at once,
    including for notifications still being retried. The answer is the only one that shows the new key.
    BILL's guides also print this path with a hyphen (`security-key`); its API reference and Postman
    collection use the underscore.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        x_idempotent_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SecurityKey | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
            x_idempotent_key=x_idempotent_key,
        )
    ).parsed
