from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.event_notification import EventNotification
from ...types import Response


def _get_kwargs(
    subscription_id: str,
    event_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/events/subscription/{subscription_id}/event/{event_id}".format(
            subscription_id=quote(str(subscription_id), safe=""),
            event_id=quote(str(event_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventNotification | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = EventNotification.from_dict(response.json())

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
) -> Response[EventNotification | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EventNotification | list[ErrorDetail]]:
    """Send a notification again

     Queues an earlier notification of the subscription for another round of delivery, with the same
    event id and body, signed with the subscription's current security key.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        event_id (str): BILL's id of one notification, a UUID; an integration uses it to skip
            duplicates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventNotification | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        event_id=event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EventNotification | list[ErrorDetail] | None:
    """Send a notification again

     Queues an earlier notification of the subscription for another round of delivery, with the same
    event id and body, signed with the subscription's current security key.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        event_id (str): BILL's id of one notification, a UUID; an integration uses it to skip
            duplicates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventNotification | list[ErrorDetail]
    """

    return sync_detailed(
        subscription_id=subscription_id,
        event_id=event_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    subscription_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EventNotification | list[ErrorDetail]]:
    """Send a notification again

     Queues an earlier notification of the subscription for another round of delivery, with the same
    event id and body, signed with the subscription's current security key.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        event_id (str): BILL's id of one notification, a UUID; an integration uses it to skip
            duplicates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventNotification | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        event_id=event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EventNotification | list[ErrorDetail] | None:
    """Send a notification again

     Queues an earlier notification of the subscription for another round of delivery, with the same
    event id and body, signed with the subscription's current security key.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        event_id (str): BILL's id of one notification, a UUID; an integration uses it to skip
            duplicates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventNotification | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            event_id=event_id,
            client=client,
        )
    ).parsed
