from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.event_notification_list import EventNotificationList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    subscription_id: str,
    *,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max"] = max_

    params["page"] = page

    params["entityId"] = entity_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/events/subscription/{subscription_id}".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventNotificationList | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = EventNotificationList.from_dict(response.json())

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
) -> Response[EventNotificationList | list[ErrorDetail]]:
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
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
) -> Response[EventNotificationList | list[ErrorDetail]]:
    """List the notifications of a subscription

     The notifications BILL sent, or is still trying to send, for one subscription, newest first, with
    the HTTP status the notification URL answered last. BILL keeps this history for a limited time.
    Pages go forward only: answers carry `nextPage` but never `prevPage`.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        entity_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventNotificationList | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        max_=max_,
        page=page,
        entity_id=entity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
) -> EventNotificationList | list[ErrorDetail] | None:
    """List the notifications of a subscription

     The notifications BILL sent, or is still trying to send, for one subscription, newest first, with
    the HTTP status the notification URL answered last. BILL keeps this history for a limited time.
    Pages go forward only: answers carry `nextPage` but never `prevPage`.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        entity_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventNotificationList | list[ErrorDetail]
    """

    return sync_detailed(
        subscription_id=subscription_id,
        client=client,
        max_=max_,
        page=page,
        entity_id=entity_id,
    ).parsed


async def asyncio_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
) -> Response[EventNotificationList | list[ErrorDetail]]:
    """List the notifications of a subscription

     The notifications BILL sent, or is still trying to send, for one subscription, newest first, with
    the HTTP status the notification URL answered last. BILL keeps this history for a limited time.
    Pages go forward only: answers carry `nextPage` but never `prevPage`.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        entity_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventNotificationList | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        max_=max_,
        page=page,
        entity_id=entity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
) -> EventNotificationList | list[ErrorDetail] | None:
    """List the notifications of a subscription

     The notifications BILL sent, or is still trying to send, for one subscription, newest first, with
    the HTTP status the notification URL answered last. BILL keeps this history for a limited time.
    Pages go forward only: answers carry `nextPage` but never `prevPage`.

    Args:
        subscription_id (str): BILL's id of a subscription, a UUID.
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        entity_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventNotificationList | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
            max_=max_,
            page=page,
            entity_id=entity_id,
        )
    ).parsed
