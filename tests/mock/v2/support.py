"""Helpers for the mock's v2 tests: form posts under /api/v2 and checks of BILL's envelope."""

from __future__ import annotations

import functools
import json
from typing import Any

import httpx
import jsonschema_rs

import bill_spec
from tests.mock.support import Client

BASE = "/api/v2/"


class V2:
    """The sandbox's v2 credentials and the calls most v2 tests start with."""

    def __init__(self, client: Client) -> None:
        self.client = client
        sandbox = client.get("/_mock/sandbox").json()
        self.creds: dict[str, str] = sandbox["v2"]
        self.token: dict[str, str] = sandbox["syncToken"]
        self.mfa_token: str = sandbox["mfa"]["token"]
        self.user_id: str = sandbox["organization"]["userId"]

    @property
    def dev_key(self) -> str:
        return self.creds["devKey"]

    @property
    def org_id(self) -> str:
        return self.creds["orgId"]

    def post(self, endpoint: str, fields: dict[str, str] | None = None, data: Any = None) -> httpx.Response:
        """POSTs a form to /api/v2/<endpoint>; `data`, unless already text, is sent as JSON text."""
        form = dict(fields or {})
        if data is not None:
            form["data"] = data if isinstance(data, str) else json.dumps(data)
        return self.client.post(BASE + endpoint, data=form)

    def login(self, **overrides: str) -> httpx.Response:
        fields = {"userName": self.creds["userName"], "password": self.creds["password"], "orgId": self.org_id}
        return self.post("Login.json", {**fields, "devKey": self.dev_key, **overrides})

    def session(self, **overrides: str) -> dict[str, str]:
        """devKey and sessionId of a new user session."""
        return {"devKey": self.dev_key, "sessionId": ok(self.login(**overrides))["sessionId"]}

    def token_session(self) -> dict[str, str]:
        """devKey and sessionId of a new sync-token session."""
        answer = ok(self.login(userName=self.token["name"], password=self.token["token"]))
        return {"devKey": self.dev_key, "sessionId": answer["sessionId"]}

    def trusted_session(self) -> dict[str, str]:
        """A user session made MFA-trusted by answering a challenge."""
        session = self.session()
        challenge = ok(self.post("MFAChallenge.json", session, {}))["challengeId"]
        answer = {"challengeId": challenge, "token": self.mfa_token, "deviceId": "dev-1", "machineName": "laptop"}
        ok(self.post("MFAAuthenticate.json", session, answer))
        return session

    def create_vendor(self, session: dict[str, str], **fields: Any) -> dict[str, Any]:
        obj = {"entity": "Vendor", "name": "Acme Supplies", **fields}
        created: dict[str, Any] = ok(self.post("Crud/Create/Vendor.json", session, {"obj": obj}))
        return created


def envelope(response: httpx.Response) -> dict[str, Any]:
    """The answer's envelope, after checking it against the operation's envelope schema in the spec."""
    body: dict[str, Any] = response.json()
    path = response.request.url.path.removeprefix("/api")
    operation = bill_spec.v2_index().match("POST", path)
    assert operation is not None, path
    problems = [error.message for error in _envelope_validator(operation.path).iter_errors(body)]
    assert not problems, (operation.operation_id, problems, body)
    return body


@functools.cache
def _envelope_validator(path: str) -> jsonschema_rs.Validator:
    document = bill_spec.load(bill_spec.SPEC_V2)
    schema = document["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    return jsonschema_rs.Draft4Validator({**schema, "components": document["components"]}, validate_formats=True)


def ok(response: httpx.Response) -> Any:
    """The payload of a success: HTTP 200, response_status 0, "Success", and the spec's shape."""
    assert response.status_code == 200, response.text
    body = envelope(response)
    assert body["response_status"] == 0, body
    assert body["response_message"] == "Success"
    return body["response_data"]


def refused(response: httpx.Response, status: int = 200) -> tuple[str, str]:
    """(error_code, error_message) of an error envelope, after checking its shape and HTTP status."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"response_status", "response_message", "response_data"}
    assert body["response_status"] == 1
    assert body["response_message"] == "Error"
    assert set(body["response_data"]) == {"error_code", "error_message"}
    return body["response_data"]["error_code"], body["response_data"]["error_message"]


def code(response: httpx.Response, status: int = 200) -> str:
    return refused(response, status)[0]
