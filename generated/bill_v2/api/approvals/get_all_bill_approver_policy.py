from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill_approver_policies_envelope import BillApproverPoliciesEnvelope
from ...models.session_form import SessionForm
from ...types import Response


def _get_kwargs(
    *,
    body: SessionForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/GetAllBillApproverPolicy.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillApproverPoliciesEnvelope | None:
    if response.status_code == 200:
        response_200 = BillApproverPoliciesEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BillApproverPoliciesEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SessionForm,
) -> Response[BillApproverPoliciesEnvelope]:
    """All approval policies with rules and approvers

     Takes no `data`. Each policy comes with its rules (a vendor or a bill amount) and its mandatory
    approvers, which may be single users or approver groups.

    Args:
        body (SessionForm): The form of operations that take no `data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillApproverPoliciesEnvelope]
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
    body: SessionForm,
) -> BillApproverPoliciesEnvelope | None:
    """All approval policies with rules and approvers

     Takes no `data`. Each policy comes with its rules (a vendor or a bill amount) and its mandatory
    approvers, which may be single users or approver groups.

    Args:
        body (SessionForm): The form of operations that take no `data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillApproverPoliciesEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SessionForm,
) -> Response[BillApproverPoliciesEnvelope]:
    """All approval policies with rules and approvers

     Takes no `data`. Each policy comes with its rules (a vendor or a bill amount) and its mandatory
    approvers, which may be single users or approver groups.

    Args:
        body (SessionForm): The form of operations that take no `data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillApproverPoliciesEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SessionForm,
) -> BillApproverPoliciesEnvelope | None:
    """All approval policies with rules and approvers

     Takes no `data`. Each policy comes with its rules (a vendor or a bill amount) and its mandatory
    approvers, which may be single users or approver groups.

    Args:
        body (SessionForm): The form of operations that take no `data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillApproverPoliciesEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
