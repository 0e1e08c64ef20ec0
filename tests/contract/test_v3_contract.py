"""Schemathesis proves the mock keeps to the spec: every operation with every default check, then the
partner flow that the spec's OpenAPI links describe."""

from __future__ import annotations

import asyncio
import copy
import os
import pathlib
from collections import Counter
from typing import Any, ClassVar

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings

import bill_spec
from bill_mock import create_app

HERE = pathlib.Path(__file__).parent
OPERATIONS = bill_spec.v3_index()

# The spec is bill-v3.yaml plus per-area fragments (spec/v3/*.yaml); bill_spec.load() is their merge, the
# same document the mock routes and validates from, so schemathesis reads that rather than the root file.
schema = schemathesis.openapi.from_dict(
    copy.deepcopy(dict(bill_spec.load())), config=schemathesis.Config.from_path(HERE / "schemathesis.toml")
)
APP = create_app()
schema.app = APP


def _control(method: str, path: str) -> Any:
    async def send() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=APP), base_url="http://mock") as client:
            return await client.request(method, path)

    response = asyncio.run(send())
    response.raise_for_status()
    return response.json()


class Sessions:
    """Sandbox sessions for the mock's current state, opened through the API on first use after a reset."""

    def __init__(self) -> None:
        self._current: dict[str, Any] | None = None

    def forget(self) -> None:
        self._current = None

    def current(self) -> dict[str, Any]:
        if self._current is None:
            sandbox = _control("GET", "/_mock/sandbox")
            org, partner = sandbox["organization"], sandbox["partner"]
            org_login = {key: org[key] for key in ("devKey", "username", "password", "organizationId")}
            partner_login = {key: partner[key] for key in ("appKey", "username", "password")}
            self._current = {
                "sandbox": sandbox,
                "organization": _login("/v3/login", org_login),
                "partner": _login("/v3/partner/login", partner_login),
            }
        return self._current


def _login(path: str, body: dict[str, Any]) -> str:
    response = schema[path]["POST"].Case(body=body, media_type="application/json").call()
    assert response.status_code == 200, response.text
    session_id = response.json()["sessionId"]
    assert isinstance(session_id, str)
    return session_id


SESSIONS = Sessions()


@schema.auth(refresh_interval=None, retry_on=[])
class SandboxAuth:
    """Credentials by the operation's scope: org session, partner session (+ organization), or none."""

    def get(self, case: Any, ctx: Any) -> dict[str, Any] | None:
        if OPERATIONS[case.operation.definition.raw["operationId"]].scope == "public":
            return None
        return SESSIONS.current()

    def set(self, case: Any, data: dict[str, Any], ctx: Any) -> None:
        if case.meta is not None and case.meta.is_negative_at("header"):
            return  # the generator removed or broke a header on purpose; keep it that way
        operation = OPERATIONS[case.operation.definition.raw["operationId"]]
        headers = dict(case.headers or {})
        for name in ("devKey", "appKey", "sessionId", "organizationId"):
            headers.pop(name, None)
        sandbox = data["sandbox"]
        if operation.scope == "partner":
            headers.update(appKey=sandbox["partner"]["appKey"], sessionId=data["partner"])
            if any("organizationId" in alternative for alternative in operation.security):
                headers["organizationId"] = _organization_for(case) or sandbox["partner"]["organizationId"]
        else:
            headers.update(devKey=sandbox["organization"]["devKey"], sessionId=data["organization"])
        case.headers = headers


def _organization_for(case: Any) -> str | None:
    """The partner organization a call is about, as a partner client would know it.

    Links pass it on (createOrganization -> createPartnerUser puts the new organization in this header),
    and a user in the path lives in exactly one organization. Otherwise the seeded one is used.
    """
    store = APP.state.mock.store
    linked = (case.headers or {}).get("organizationId")
    org = store.organizations.get(linked) if isinstance(linked, str) else None
    if org is not None and org.partner_id is not None:
        return str(org.id)
    user_id = (case.path_parameters or {}).get("userId")
    user = store.users.get(user_id) if isinstance(user_id, str) else None
    if user is not None and store.organizations[user.organization_id].partner_id is not None:
        return str(user.organization_id)
    return None


@pytest.fixture(autouse=True)
def fresh_mock() -> None:
    """Each operation starts from the seeded state, so the store stays small however many cases run."""
    _control("POST", "/_mock/reset")
    SESSIONS.forget()


EXAMPLES = int(os.environ.get("BILL_CONTRACT_EXAMPLES", "50"))
"""Examples per operation: 50 keeps ~260 operations inside CI's budget; `make contract-deep` runs 500."""


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_operation_keeps_to_the_spec(case: Any) -> None:
    response = case.call_and_validate()
    _forget_closed_session(case, response)


class PartnerFlow(schema.as_state_machine()):  # type: ignore[misc]
    """Scenarios along the spec's links; each starts from the seeded state."""

    seen: ClassVar[Counter[tuple[str | None, int]]] = Counter()

    def setup(self) -> None:
        _control("POST", "/_mock/reset")
        SESSIONS.forget()

    def after_call(self, response: Any, case: Any) -> None:
        super().after_call(response, case)
        _forget_closed_session(case, response)

    def teardown(self) -> None:
        for entry in APP.state.mock.journal.entries():
            self.seen[(entry.operationId, entry.status)] += 1
        super().teardown()


def _forget_closed_session(case: Any, response: Any) -> None:
    """A successful logout ends the sandbox session the auth class hands out; open a new one next time."""
    if case.operation.definition.raw["operationId"] == "logout" and response.status_code == 200:
        SESSIONS.forget()


STATEFUL_RUNS = 150
STATEFUL_STEPS = 10


def test_partner_flow_follows_the_links() -> None:
    PartnerFlow.seen.clear()
    PartnerFlow.run(
        settings=settings(
            max_examples=STATEFUL_RUNS,
            stateful_step_count=STATEFUL_STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    seen = PartnerFlow.seen
    # The chain really ran: an organization, a user in it, then at least one call on that user.
    assert seen[("createOrganization", 201)]
    assert seen[("createPartnerUser", 201)]
    followers = ("getPartnerUser", "updatePartnerUser", "createPartnerUserPhone", "archivePartnerUser")
    assert sum(seen[(operation_id, 200)] for operation_id in followers)
