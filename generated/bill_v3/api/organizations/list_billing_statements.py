import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_statement_list import BillingStatementList
from ...models.error_detail import ErrorDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: str,
    *,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    invoice_date_from: datetime.date | Unset = UNSET,
    invoice_date_to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max"] = max_

    params["page"] = page

    json_invoice_date_from: str | Unset = UNSET
    if not isinstance(invoice_date_from, Unset):
        json_invoice_date_from = invoice_date_from.isoformat()
    params["invoiceDateFrom"] = json_invoice_date_from

    json_invoice_date_to: str | Unset = UNSET
    if not isinstance(invoice_date_to, Unset):
        json_invoice_date_to = invoice_date_to.isoformat()
    params["invoiceDateTo"] = json_invoice_date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/organizations/{organization_id}/billing-statements".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingStatementList | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = BillingStatementList.from_dict(response.json())

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
) -> Response[BillingStatementList | list[ErrorDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    invoice_date_from: datetime.date | Unset = UNSET,
    invoice_date_to: datetime.date | Unset = UNSET,
) -> Response[BillingStatementList | list[ErrorDetail]]:
    """List the organization's billing statements

     BILL issues one statement a month for what it charged the organization. Send both `invoiceDateFrom`
    and `invoiceDateTo` for every statement dated in that range, in one answer; or neither, and page
    with `max` and `page`. A page token cannot be combined with a date range.

    Args:
        organization_id (str): BILL organization id (prefix `008`).
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        invoice_date_from (datetime.date | Unset):
        invoice_date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingStatementList | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        max_=max_,
        page=page,
        invoice_date_from=invoice_date_from,
        invoice_date_to=invoice_date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    invoice_date_from: datetime.date | Unset = UNSET,
    invoice_date_to: datetime.date | Unset = UNSET,
) -> BillingStatementList | list[ErrorDetail] | None:
    """List the organization's billing statements

     BILL issues one statement a month for what it charged the organization. Send both `invoiceDateFrom`
    and `invoiceDateTo` for every statement dated in that range, in one answer; or neither, and page
    with `max` and `page`. A page token cannot be combined with a date range.

    Args:
        organization_id (str): BILL organization id (prefix `008`).
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        invoice_date_from (datetime.date | Unset):
        invoice_date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingStatementList | list[ErrorDetail]
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        max_=max_,
        page=page,
        invoice_date_from=invoice_date_from,
        invoice_date_to=invoice_date_to,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    invoice_date_from: datetime.date | Unset = UNSET,
    invoice_date_to: datetime.date | Unset = UNSET,
) -> Response[BillingStatementList | list[ErrorDetail]]:
    """List the organization's billing statements

     BILL issues one statement a month for what it charged the organization. Send both `invoiceDateFrom`
    and `invoiceDateTo` for every statement dated in that range, in one answer; or neither, and page
    with `max` and `page`. A page token cannot be combined with a date range.

    Args:
        organization_id (str): BILL organization id (prefix `008`).
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        invoice_date_from (datetime.date | Unset):
        invoice_date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingStatementList | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        max_=max_,
        page=page,
        invoice_date_from=invoice_date_from,
        invoice_date_to=invoice_date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
    invoice_date_from: datetime.date | Unset = UNSET,
    invoice_date_to: datetime.date | Unset = UNSET,
) -> BillingStatementList | list[ErrorDetail] | None:
    """List the organization's billing statements

     BILL issues one statement a month for what it charged the organization. Send both `invoiceDateFrom`
    and `invoiceDateTo` for every statement dated in that range, in one answer; or neither, and page
    with `max` and `page`. A page token cannot be combined with a date range.

    Args:
        organization_id (str): BILL organization id (prefix `008`).
        max_ (int | Unset):  Default: 20.
        page (str | Unset):
        invoice_date_from (datetime.date | Unset):
        invoice_date_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingStatementList | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            max_=max_,
            page=page,
            invoice_date_from=invoice_date_from,
            invoice_date_to=invoice_date_to,
        )
    ).parsed
