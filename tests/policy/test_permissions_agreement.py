"""The shipped table equals BILL: for every operation of both APIs (and the webhooks API), a sync-token session and
a partner session are sent to the mock, and the client's table allows exactly what the mock allows.

The mock's rules are its own code (bill_mock.rules.token_access, the partner scope rule in rules/sessions.py); it
never reads the client's table. A call counts as refused by the mock when it answers with the refusal of that rule:
BDC_1145 (token rights or partner scope) or BDC_1109 (a session of the wrong kind for that API). Operations that
take no session (sign-in, ListOrgs, the health check) are left out: no session is judged there.
"""

from __future__ import annotations

from typing import Any

import pytest

import bill_spec
from bill_mock import create_app
from bill_sdk.permissions import PermissionTable, load_permissions
from tests.mock.support import Client
from tests.policy.permission_support import INDEXES

V2_DATA = {
    operation["operationId"]
    for item in bill_spec.load(bill_spec.SPEC_V2)["paths"].values()
    for operation in item.values()
    if isinstance(operation, dict) and "x-bill-data" in operation
}
"""The v2 operations whose form has a `data` field (the others refuse one they do not declare)."""
PREFIXES = {"v2": "/api", "v3": "/connect", "events": "/connect-events"}
REFUSALS = frozenset({"BDC_1145", "BDC_1109"})
CASES = [
    (api, operation)
    for api, index in INDEXES.items()
    for operation in index
    if operation.scope != "public"  # no session is involved, so there is nothing to agree on
]


@pytest.fixture(scope="module")
def mock() -> tuple[Client, dict[str, Any]]:
    client = Client(create_app())
    lifted = client.post("/_mock/limits", json={"messagesPerMinute": 1_000_000, "loginsPerHour": 1_000_000})
    assert lifted.status_code == 200, "a session per case signs in far more often than BILL's caps allow"
    return client, client.get("/_mock/sandbox").json()


def _sign_in(client: Client, sandbox: dict[str, Any], kind: str) -> str:
    """A new session of that kind for one case, so a logout among the cases cannot end the next one's."""
    if kind == "token":
        token = sandbox["syncToken"]
        login = {"userName": token["name"], "password": token["token"], "orgId": token["orgId"]}
        answer = client.post("/api/v2/Login.json", data={**login, "devKey": sandbox["v2"]["devKey"]}).json()
        return str(answer["response_data"]["sessionId"])
    partner = sandbox["partner"]
    answer = client.post(
        "/connect/v3/partner/login", json={key: partner[key] for key in ("appKey", "username", "password")}
    )
    return str(answer.json()["sessionId"])


@pytest.fixture(scope="module")
def table() -> PermissionTable:
    return load_permissions()


def _path(operation: bill_spec.Operation) -> str:
    """The operation's path with every parameter filled with a well-formed id, so routing reaches the rules."""
    path = operation.path
    while "{" in path:
        start, end = path.index("{"), path.index("}")
        path = path[:start] + "00000000000000000000" + path[end + 1 :]
    return path


def _mock_refuses(
    client: Client, sandbox: dict[str, Any], api: str, operation: bill_spec.Operation, kind: str, session: str
) -> bool:
    if api == "v2":
        dev_key = sandbox["v2"]["devKey"] if kind == "token" else sandbox["partner"]["devKey"]
        fields = {"devKey": dev_key, "sessionId": session} | (
            {"data": "{}"} if operation.operation_id in V2_DATA else {}
        )
        if operation.operation_id == "uploadAttachment":  # the one multipart form
            answer = client.post(PREFIXES[api] + operation.path, data=fields, files={"file": ("a.pdf", b"%PDF")})
        else:
            answer = client.post(PREFIXES[api] + operation.path, data=fields)
        body = answer.json()
        return body.get("response_status") == 1 and body["response_data"]["error_code"] in REFUSALS
    headers = {"sessionId": session, "organizationId": sandbox["partner"]["organizationId"]}
    if kind == "partner":
        headers["appKey"] = sandbox["partner"]["appKey"]
    else:
        headers["devKey"] = sandbox["v2"]["devKey"]
    answer = client.request(operation.method, PREFIXES[api] + _path(operation), headers=headers)
    if answer.status_code not in (401, 403):
        return False  # past the session and scope checks (a 2xx, or refused later for its input)
    body = answer.json()
    code = body[0].get("code") if isinstance(body, list) and body else None
    return code in REFUSALS


@pytest.mark.parametrize("kind", ["token", "partner"])
@pytest.mark.parametrize(("api", "operation"), CASES, ids=[f"{api}:{op.operation_id}" for api, op in CASES])
def test_the_table_allows_what_bill_allows(
    mock: tuple[Client, dict[str, Any]],
    table: PermissionTable,
    api: str,
    operation: bill_spec.Operation,
    kind: str,
) -> None:
    client, sandbox = mock
    decision = table.decide(api, operation.operation_id, kind)
    refused = _mock_refuses(client, sandbox, api, operation, kind, _sign_in(client, sandbox, kind))
    assert decision.allowed != refused, (
        f"{kind} {api} {operation.operation_id}: the table {'allows' if decision.allowed else 'denies'} it, "
        f"the mock {'refuses' if refused else 'takes'} it"
    )
