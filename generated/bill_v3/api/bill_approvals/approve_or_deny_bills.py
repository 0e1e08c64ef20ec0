from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill_approval_action import BillApprovalAction
from ...models.error_detail import ErrorDetail
from ...models.status_response import StatusResponse
from ...types import Response


def _get_kwargs(
    *,
    body: list[BillApprovalAction],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/bill-approvals/actions",
    }

    _kwargs["json"] = []
    for componentsschemas_bill_approval_actions_item_data in body:
        componentsschemas_bill_approval_actions_item = componentsschemas_bill_approval_actions_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_bill_approval_actions_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StatusResponse | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = StatusResponse.from_dict(response.json())

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
) -> Response[StatusResponse | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[BillApprovalAction],
) -> Response[StatusResponse | list[ErrorDetail]]:
    """Approve or deny bills

     The signed-in user decides for each bill listed, as the approver the bill is waiting for. The last
    approval makes the bill approved and payable; a denial stops it from being paid. Either every
    decision is taken or, when one cannot be, none is.

    Args:
        body (list[BillApprovalAction]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StatusResponse | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[BillApprovalAction],
) -> StatusResponse | list[ErrorDetail] | None:
    """Approve or deny bills

     The signed-in user decides for each bill listed, as the approver the bill is waiting for. The last
    approval makes the bill approved and payable; a denial stops it from being paid. Either every
    decision is taken or, when one cannot be, none is.

    Args:
        body (list[BillApprovalAction]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatusResponse | list[ErrorDetail]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[BillApprovalAction],
) -> Response[StatusResponse | list[ErrorDetail]]:
    """Approve or deny bills

     The signed-in user decides for each bill listed, as the approver the bill is waiting for. The last
    approval makes the bill approved and payable; a denial stops it from being paid. Either every
    decision is taken or, when one cannot be, none is.

    Args:
        body (list[BillApprovalAction]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StatusResponse | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[BillApprovalAction],
) -> StatusResponse | list[ErrorDetail] | None:
    """Approve or deny bills

     The signed-in user decides for each bill listed, as the approver the bill is waiting for. The last
    approval makes the bill approved and payable; a denial stops it from being paid. Either every
    decision is taken or, when one cannot be, none is.

    Args:
        body (list[BillApprovalAction]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatusResponse | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
