from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.recurring_bill import RecurringBill
from ...models.recurring_bill_replace import RecurringBillReplace
from ...types import Response


def _get_kwargs(
    recurring_bill_id: str,
    *,
    body: RecurringBillReplace,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/recurringbills/{recurring_bill_id}".format(
            recurring_bill_id=quote(str(recurring_bill_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RecurringBill | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = RecurringBill.from_dict(response.json())

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
) -> Response[RecurringBill | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    recurring_bill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RecurringBillReplace,
) -> Response[RecurringBill | list[ErrorDetail]]:
    """Replace a recurring bill

     Sends the whole template again. A line with the `id` of an existing line replaces it; a line without
    an id is new; an existing line left out is deleted.

    Args:
        recurring_bill_id (str): BILL recurring bill id (prefix `btp`).
        body (RecurringBillReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecurringBill | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        recurring_bill_id=recurring_bill_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    recurring_bill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RecurringBillReplace,
) -> RecurringBill | list[ErrorDetail] | None:
    """Replace a recurring bill

     Sends the whole template again. A line with the `id` of an existing line replaces it; a line without
    an id is new; an existing line left out is deleted.

    Args:
        recurring_bill_id (str): BILL recurring bill id (prefix `btp`).
        body (RecurringBillReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecurringBill | list[ErrorDetail]
    """

    return sync_detailed(
        recurring_bill_id=recurring_bill_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    recurring_bill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RecurringBillReplace,
) -> Response[RecurringBill | list[ErrorDetail]]:
    """Replace a recurring bill

     Sends the whole template again. A line with the `id` of an existing line replaces it; a line without
    an id is new; an existing line left out is deleted.

    Args:
        recurring_bill_id (str): BILL recurring bill id (prefix `btp`).
        body (RecurringBillReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecurringBill | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        recurring_bill_id=recurring_bill_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    recurring_bill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RecurringBillReplace,
) -> RecurringBill | list[ErrorDetail] | None:
    """Replace a recurring bill

     Sends the whole template again. A line with the `id` of an existing line replaces it; a line without
    an id is new; an existing line left out is deleted.

    Args:
        recurring_bill_id (str): BILL recurring bill id (prefix `btp`).
        body (RecurringBillReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecurringBill | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            recurring_bill_id=recurring_bill_id,
            client=client,
            body=body,
        )
    ).parsed
