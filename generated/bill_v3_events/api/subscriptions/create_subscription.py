from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.subscription_create import SubscriptionCreate
from ...models.subscription_created import SubscriptionCreated
from ...types import Response


def _get_kwargs(
    *,
    body: SubscriptionCreate,
    x_idempotent_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Idempotent-Key"] = x_idempotent_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubscriptionCreated | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = SubscriptionCreated.from_dict(response.json())

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
) -> Response[SubscriptionCreated | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionCreate,
    x_idempotent_key: str,
) -> Response[SubscriptionCreated | list[ErrorDetail]]:
    """Create a subscription

     Subscribes a notification URL to one or more events of the signed-in organization. An organization
    can have at most 10 subscriptions, and two of them cannot share both the same events and the same
    URL. The answer is the only one that shows the `securityKey`; keep it to check the signature of
    every notification.

    Args:
        x_idempotent_key (str):
        body (SubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionCreated | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        body=body,
        x_idempotent_key=x_idempotent_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionCreate,
    x_idempotent_key: str,
) -> SubscriptionCreated | list[ErrorDetail] | None:
    """Create a subscription

     Subscribes a notification URL to one or more events of the signed-in organization. An organization
    can have at most 10 subscriptions, and two of them cannot share both the same events and the same
    URL. The answer is the only one that shows the `securityKey`; keep it to check the signature of
    every notification.

    Args:
        x_idempotent_key (str):
        body (SubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionCreated | list[ErrorDetail]
    """

    return sync_detailed(
        client=client,
        body=body,
        x_idempotent_key=x_idempotent_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionCreate,
    x_idempotent_key: str,
) -> Response[SubscriptionCreated | list[ErrorDetail]]:
    """Create a subscription

     Subscribes a notification URL to one or more events of the signed-in organization. An organization
    can have at most 10 subscriptions, and two of them cannot share both the same events and the same
    URL. The answer is the only one that shows the `securityKey`; keep it to check the signature of
    every notification.

    Args:
        x_idempotent_key (str):
        body (SubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionCreated | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        body=body,
        x_idempotent_key=x_idempotent_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionCreate,
    x_idempotent_key: str,
) -> SubscriptionCreated | list[ErrorDetail] | None:
    """Create a subscription

     Subscribes a notification URL to one or more events of the signed-in organization. An organization
    can have at most 10 subscriptions, and two of them cannot share both the same events and the same
    URL. The answer is the only one that shows the `securityKey`; keep it to check the signature of
    every notification.

    Args:
        x_idempotent_key (str):
        body (SubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionCreated | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_idempotent_key=x_idempotent_key,
        )
    ).parsed
