from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_form import DataForm
from ...models.job_list_envelope import JobListEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: DataForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/List/Job.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobListEnvelope | None:
    if response.status_code == 200:
        response_200 = JobListEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JobListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataForm,
) -> Response[JobListEnvelope]:
    """List jobs

     One page; page on with `start` until a page comes back shorter than `max`.

    Args:
        body (DataForm): The form of most operations. `data` is JSON text; the operation's
            `x-bill-data` names its schema. A bill_sdk session fills in devKey and sessionId and
            serialises the typed data model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobListEnvelope]
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
    body: DataForm,
) -> JobListEnvelope | None:
    """List jobs

     One page; page on with `start` until a page comes back shorter than `max`.

    Args:
        body (DataForm): The form of most operations. `data` is JSON text; the operation's
            `x-bill-data` names its schema. A bill_sdk session fills in devKey and sessionId and
            serialises the typed data model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobListEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataForm,
) -> Response[JobListEnvelope]:
    """List jobs

     One page; page on with `start` until a page comes back shorter than `max`.

    Args:
        body (DataForm): The form of most operations. `data` is JSON text; the operation's
            `x-bill-data` names its schema. A bill_sdk session fills in devKey and sessionId and
            serialises the typed data model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataForm,
) -> JobListEnvelope | None:
    """List jobs

     One page; page on with `start` until a page comes back shorter than `max`.

    Args:
        body (DataForm): The form of most operations. `data` is JSON text; the operation's
            `x-bill-data` names its schema. A bill_sdk session fills in devKey and sessionId and
            serialises the typed data model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
