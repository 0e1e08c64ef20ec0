"""Helpers for the mock's tests: an in-process client and the sandbox's usual first calls."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import httpx
import jsonschema_rs
from starlette.applications import Starlette

import bill_spec


class Client:
    """Synchronous calls into the in-process app: httpx's ASGI transport is async-only."""

    def __init__(self, app: Starlette) -> None:
        self.app = app

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bill.test") as client:
                return await client.request(method, url, **kwargs)

        return asyncio.run(send())

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def patch(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", url, **kwargs)


class Bill:
    """The sandbox's credentials and the few calls most tests start with."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.sandbox: dict[str, Any] = client.get("/_mock/sandbox").json()

    @property
    def org(self) -> dict[str, str]:
        return dict(self.sandbox["organization"])

    @property
    def partner(self) -> dict[str, str]:
        return dict(self.sandbox["partner"])

    def call(
        self, method: str, path: str, headers: Mapping[str, str | bytes] | None = None, **kwargs: Any
    ) -> httpx.Response:
        return self.client.request(method, "/connect" + path, headers=headers, **kwargs)

    def login(self, **overrides: Any) -> httpx.Response:
        body = {key: self.org[key] for key in ("devKey", "username", "password", "organizationId")}
        return self.call("POST", "/v3/login", json={**body, **overrides})

    def org_headers(self, **overrides: Any) -> dict[str, str]:
        response = self.login(**overrides)
        assert response.status_code == 200, response.text
        return {"devKey": self.org["devKey"], "sessionId": response.json()["sessionId"]}

    def partner_headers(self, organization_id: str | None = None) -> dict[str, str]:
        body = {key: self.partner[key] for key in ("appKey", "username", "password")}
        response = self.call("POST", "/v3/partner/login", json=body)
        assert response.status_code == 200, response.text
        return {
            "appKey": self.partner["appKey"],
            "sessionId": response.json()["sessionId"],
            "organizationId": organization_id or self.partner["organizationId"],
        }

    def create_user(self, headers: dict[str, str], username: str, **fields: Any) -> dict[str, Any]:
        body = {
            "firstName": "Test",
            "email": f"{username}@example.com",
            "username": username,
            "acceptTermsOfService": True,
            **fields,
        }
        response = self.call("POST", "/v3/partner/users", headers, json=body)
        assert response.status_code == 201, response.text
        user: dict[str, Any] = response.json()
        return user

    def login_as(self, partner_headers: dict[str, str], user_id: str) -> dict[str, str]:
        """An organization session for a partner's user, used with the partner's registered devKey."""
        body = {"userId": user_id, "organizationId": partner_headers["organizationId"]}
        response = self.call("POST", "/v3/partner/login-as-user", partner_headers, json=body)
        assert response.status_code == 200, response.text
        return {"devKey": self.partner["devKey"], "sessionId": response.json()["sessionId"]}


def error_code(response: httpx.Response) -> str:
    """The BDC code of an error reply, after checking it has BILL's error shape."""
    body = response.json()
    assert isinstance(body, list), body
    assert body, "BILL's error list is never empty"
    assert set(body[0]) == {"timestamp", "code", "severity", "category", "message"}
    assert body[0]["severity"] == "ERROR"
    code: str = body[0]["code"]
    return code


def error_message(response: httpx.Response) -> str:
    message: str = response.json()[0]["message"]
    return message


def spec_body(response: httpx.Response) -> Any:
    """A success reply's JSON after checking it against the spec's schema for that operation and status."""
    assert 200 <= response.status_code < 300, response.text
    operation = bill_spec.v3_index().match(response.request.method, response.request.url.path.removeprefix("/connect"))
    assert operation is not None, response.request.url.path
    document = bill_spec.load()
    declared = document["paths"][operation.path][operation.method.lower()]["responses"][str(response.status_code)]
    content = declared.get("content")
    if content is None:
        assert response.content == b"", operation.operation_id
        return None
    schema = {**content["application/json"]["schema"], "components": document["components"]}
    body = response.json()
    validator = jsonschema_rs.Draft4Validator(schema, validate_formats=True)
    problems = [error.message for error in validator.iter_errors(body)]
    assert not problems, (operation.operation_id, problems)
    return body
