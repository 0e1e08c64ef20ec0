from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment import Attachment
from ...models.error_detail import ErrorDetail
from ...types import UNSET, File, Response


def _get_kwargs(
    vendor_id: str,
    *,
    body: File,
    name: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/attachments/vendors/{vendor_id}".format(
            vendor_id=quote(str(vendor_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Attachment | list[ErrorDetail] | None:
    if response.status_code == 200:
        response_200 = Attachment.from_dict(response.json())

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
) -> Response[Attachment | list[ErrorDetail]]:
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
    body: File,
    name: str,
) -> Response[Attachment | list[ErrorDetail]]:
    """Attach a file to a vendor

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        name (str):
        body (File): The file's bytes, at most 6 MB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Attachment | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
        body=body,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    name: str,
) -> Attachment | list[ErrorDetail] | None:
    """Attach a file to a vendor

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        name (str):
        body (File): The file's bytes, at most 6 MB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Attachment | list[ErrorDetail]
    """

    return sync_detailed(
        vendor_id=vendor_id,
        client=client,
        body=body,
        name=name,
    ).parsed


async def asyncio_detailed(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    name: str,
) -> Response[Attachment | list[ErrorDetail]]:
    """Attach a file to a vendor

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        name (str):
        body (File): The file's bytes, at most 6 MB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Attachment | list[ErrorDetail]]
    """

    kwargs = _get_kwargs(
        vendor_id=vendor_id,
        body=body,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vendor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    name: str,
) -> Attachment | list[ErrorDetail] | None:
    """Attach a file to a vendor

    Args:
        vendor_id (str): BILL vendor id (prefix `009`).
        name (str):
        body (File): The file's bytes, at most 6 MB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Attachment | list[ErrorDetail]
    """

    return (
        await asyncio_detailed(
            vendor_id=vendor_id,
            client=client,
            body=body,
            name=name,
        )
    ).parsed
