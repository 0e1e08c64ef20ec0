from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_list import DocumentList
from ...models.error_detail import ErrorDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bill_id: str,
    *,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max"] = max_

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/documents/bills/{bill_id}".format(
            bill_id=quote(str(bill_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentList | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = DocumentList.from_dict(response.json())

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
) -> Response[DocumentList | list[ErrorDetail]]:
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
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
) -> Response[DocumentList | list[ErrorDetail]]:
    """List a bill's documents

     Only documents BILL has finished filing are listed.

    Args:
        bill_id (str): BILL bill id (prefix `00n`).
        max_ (int | Unset):  Default: 20.
        page (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentList | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        bill_id=bill_id,
        max_=max_,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bill_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
) -> DocumentList | list[ErrorDetail] | None:
    """List a bill's documents

     Only documents BILL has finished filing are listed.

    Args:
        bill_id (str): BILL bill id (prefix `00n`).
        max_ (int | Unset):  Default: 20.
        page (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentList | list[ErrorDetail]
    """

    return sync_detailed(
        bill_id=bill_id,
        client=client,
        max_=max_,
        page=page,
    ).parsed


async def asyncio_detailed(
    bill_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
) -> Response[DocumentList | list[ErrorDetail]]:
    """List a bill's documents

     Only documents BILL has finished filing are listed.

    Args:
        bill_id (str): BILL bill id (prefix `00n`).
        max_ (int | Unset):  Default: 20.
        page (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentList | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        bill_id=bill_id,
        max_=max_,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bill_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_: int | Unset = 20,
    page: str | Unset = UNSET,
) -> DocumentList | list[ErrorDetail] | None:
    """List a bill's documents

     Only documents BILL has finished filing are listed.

    Args:
        bill_id (str): BILL bill id (prefix `00n`).
        max_ (int | Unset):  Default: 20.
        page (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentList | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            bill_id=bill_id,
            client=client,
            max_=max_,
            page=page,
        )
    ).parsed
