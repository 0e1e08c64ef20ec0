from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill import Bill
from ...models.bill_replace import BillReplace
from ...models.error_detail import ErrorDetail
from ...types import Response


def _get_kwargs(
    bill_id: str,
    *,
    body: BillReplace,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/bills/{bill_id}".format(
            bill_id=quote(str(bill_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Bill | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = Bill.from_dict(response.json())

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
) -> Response[Bill | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BillReplace,
) -> Response[Bill | list[ErrorDetail]]:
    """Replace a bill

     Sends the whole bill again. A line with the `id` of an existing line replaces it; a line without an
    id is new and gets one; an existing line left out is deleted.

    Args:
        bill_id (str): BILL bill id (prefix `00n`).
        body (BillReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bill | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        bill_id=bill_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BillReplace,
) -> Bill | list[ErrorDetail] | None:
    """Replace a bill

     Sends the whole bill again. A line with the `id` of an existing line replaces it; a line without an
    id is new and gets one; an existing line left out is deleted.

    Args:
        bill_id (str): BILL bill id (prefix `00n`).
        body (BillReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bill | list[ErrorDetail]
    """

    return sync_detailed(
        bill_id=bill_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    bill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BillReplace,
) -> Response[Bill | list[ErrorDetail]]:
    """Replace a bill

     Sends the whole bill again. A line with the `id` of an existing line replaces it; a line without an
    id is new and gets one; an existing line left out is deleted.

    Args:
        bill_id (str): BILL bill id (prefix `00n`).
        body (BillReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bill | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        bill_id=bill_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BillReplace,
) -> Bill | list[ErrorDetail] | None:
    """Replace a bill

     Sends the whole bill again. A line with the `id` of an existing line replaces it; a line without an
    id is new and gets one; an existing line left out is deleted.

    Args:
        bill_id (str): BILL bill id (prefix `00n`).
        body (BillReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bill | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            bill_id=bill_id,
            client=client,
            body=body,
        )
    ).parsed
