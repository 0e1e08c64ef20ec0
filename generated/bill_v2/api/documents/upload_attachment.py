from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_attachment_form import UploadAttachmentForm
from ...models.uploaded_attachment_envelope import UploadedAttachmentEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: UploadAttachmentForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/UploadAttachment.json",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UploadedAttachmentEnvelope | None:
    if response.status_code == 200:
        response_200 = UploadedAttachmentEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UploadedAttachmentEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAttachmentForm,
) -> Response[UploadedAttachmentEnvelope]:
    """Upload a file, to the Inbox or onto an object

     The one multipart operation. Without an object `id` in `data` the file lands in the BILL Inbox; with
    one it is attached to that bill, invoice, vendor, customer, vendor credit, payment or chart of
    accounts. `fileName` must carry the file's real extension.

    Args:
        body (UploadAttachmentForm): The multipart form of UploadAttachment: the session fields,
            `data` (JSON text following `UploadAttachmentData`) and the file itself, sent as is (not
            base64).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadedAttachmentEnvelope]
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
    body: UploadAttachmentForm,
) -> UploadedAttachmentEnvelope | None:
    """Upload a file, to the Inbox or onto an object

     The one multipart operation. Without an object `id` in `data` the file lands in the BILL Inbox; with
    one it is attached to that bill, invoice, vendor, customer, vendor credit, payment or chart of
    accounts. `fileName` must carry the file's real extension.

    Args:
        body (UploadAttachmentForm): The multipart form of UploadAttachment: the session fields,
            `data` (JSON text following `UploadAttachmentData`) and the file itself, sent as is (not
            base64).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadedAttachmentEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAttachmentForm,
) -> Response[UploadedAttachmentEnvelope]:
    """Upload a file, to the Inbox or onto an object

     The one multipart operation. Without an object `id` in `data` the file lands in the BILL Inbox; with
    one it is attached to that bill, invoice, vendor, customer, vendor credit, payment or chart of
    accounts. `fileName` must carry the file's real extension.

    Args:
        body (UploadAttachmentForm): The multipart form of UploadAttachment: the session fields,
            `data` (JSON text following `UploadAttachmentData`) and the file itself, sent as is (not
            base64).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadedAttachmentEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAttachmentForm,
) -> UploadedAttachmentEnvelope | None:
    """Upload a file, to the Inbox or onto an object

     The one multipart operation. Without an object `id` in `data` the file lands in the BILL Inbox; with
    one it is attached to that bill, invoice, vendor, customer, vendor credit, payment or chart of
    accounts. `fileName` must carry the file's real extension.

    Args:
        body (UploadAttachmentForm): The multipart form of UploadAttachment: the session fields,
            `data` (JSON text following `UploadAttachmentData`) and the file itself, sent as is (not
            base64).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadedAttachmentEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
