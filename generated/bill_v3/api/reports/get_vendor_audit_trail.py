from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.vendor_audit_entry import VendorAuditEntry
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vendor_id: str,
    *,
    include_archived: bool | Unset = UNSET,
    start: int | Unset = 0,
    max_: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeArchived"] = include_archived

    params["start"] = start

    params["max"] = max_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/reports/audit-trail/vendor/{vendor_id}".format(
            vendor_id=quote(str(vendor_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ErrorDetail] | list[VendorAuditEntry] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_vendor_audit_trail_item_data in _response_200:
            componentsschemas_vendor_audit_trail_item = VendorAuditEntry.from_dict(
                componentsschemas_vendor_audit_trail_item_data
            )

            response_200.append(componentsschemas_vendor_audit_trail_item)

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
) -> Response[list[ErrorDetail] | list[VendorAuditEntry]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_archived: bool | Unset = UNSET,
    start: int | Unset = 0,
    max_: int | Unset = 20,
) -> Response[list[ErrorDetail] | list[VendorAuditEntry]]:
    """The history of changes to a vendor

     One entry for the vendor's creation, then one per changed field of every later edit (archiving,
    restoring and bank account changes included), oldest first. Bank account numbers show only their
    last four characters.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        include_archived (bool | Unset):
        start (int | Unset):  Default: 0.
        max_ (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ErrorDetail] | list[VendorAuditEntry]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
        include_archived=include_archived,
        start=start,
        max_=max_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_archived: bool | Unset = UNSET,
    start: int | Unset = 0,
    max_: int | Unset = 20,
) -> list[ErrorDetail] | list[VendorAuditEntry] | None:
    """The history of changes to a vendor

     One entry for the vendor's creation, then one per changed field of every later edit (archiving,
    restoring and bank account changes included), oldest first. Bank account numbers show only their
    last four characters.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        include_archived (bool | Unset):
        start (int | Unset):  Default: 0.
        max_ (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ErrorDetail] | list[VendorAuditEntry]
    """

    return sync_detailed(
        vendor_id=vendor_id,
        client=client,
        include_archived=include_archived,
        start=start,
        max_=max_,
    ).parsed


async def asyncio_detailed(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_archived: bool | Unset = UNSET,
    start: int | Unset = 0,
    max_: int | Unset = 20,
) -> Response[list[ErrorDetail] | list[VendorAuditEntry]]:
    """The history of changes to a vendor

     One entry for the vendor's creation, then one per changed field of every later edit (archiving,
    restoring and bank account changes included), oldest first. Bank account numbers show only their
    last four characters.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        include_archived (bool | Unset):
        start (int | Unset):  Default: 0.
        max_ (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ErrorDetail] | list[VendorAuditEntry]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
        include_archived=include_archived,
        start=start,
        max_=max_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_archived: bool | Unset = UNSET,
    start: int | Unset = 0,
    max_: int | Unset = 20,
) -> list[ErrorDetail] | list[VendorAuditEntry] | None:
    """The history of changes to a vendor

     One entry for the vendor's creation, then one per changed field of every later edit (archiving,
    restoring and bank account changes included), oldest first. Bank account numbers show only their
    last four characters.

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        include_archived (bool | Unset):
        start (int | Unset):  Default: 0.
        max_ (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ErrorDetail] | list[VendorAuditEntry]
    """

    return (
        await asyncio_detailed(
            vendor_id=vendor_id,
            client=client,
            include_archived=include_archived,
            start=start,
            max_=max_,
        )
    ).parsed
