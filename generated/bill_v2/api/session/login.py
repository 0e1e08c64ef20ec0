from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.login_envelope import LoginEnvelope
from ...models.login_form import LoginForm
from ...types import Response


def _get_kwargs(
    *,
    body: LoginForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/Login.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LoginEnvelope | None:
    if response.status_code == 200:
        response_200 = LoginEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LoginEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginForm,
) -> Response[LoginEnvelope]:
    """Sign in as a user or with a sync token

     With a user's sign-in name and password, the session ends after 35 idle minutes. With a sync token,
    `userName` is the token's name and `password` the token; that session has the token's limited
    rights. An `mfaId` and `deviceId` from an earlier remembered MFA check make the session MFA-trusted.

    Args:
        body (LoginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoginEnvelope]
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
    body: LoginForm,
) -> LoginEnvelope | None:
    """Sign in as a user or with a sync token

     With a user's sign-in name and password, the session ends after 35 idle minutes. With a sync token,
    `userName` is the token's name and `password` the token; that session has the token's limited
    rights. An `mfaId` and `deviceId` from an earlier remembered MFA check make the session MFA-trusted.

    Args:
        body (LoginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoginEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginForm,
) -> Response[LoginEnvelope]:
    """Sign in as a user or with a sync token

     With a user's sign-in name and password, the session ends after 35 idle minutes. With a sync token,
    `userName` is the token's name and `password` the token; that session has the token's limited
    rights. An `mfaId` and `deviceId` from an earlier remembered MFA check make the session MFA-trusted.

    Args:
        body (LoginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoginEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginForm,
) -> LoginEnvelope | None:
    """Sign in as a user or with a sync token

     With a user's sign-in name and password, the session ends after 35 idle minutes. With a sync token,
    `userName` is the token's name and `password` the token; that session has the token's limited
    rights. An `mfaId` and `deviceId` from an earlier remembered MFA check make the session MFA-trusted.

    Args:
        body (LoginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoginEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
