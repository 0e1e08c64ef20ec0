"""Schemathesis proves the mock keeps to the spec: every operation with every default check, then the
partner flow that the spec's OpenAPI links describe. negative_data_rejection is judged as BILL binds bodies."""

from __future__ import annotations

import asyncio
import copy
import functools
import json
import os
import pathlib
from collections import Counter
from typing import Any, ClassVar

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import negative_data_rejection

import bill_spec
from bill_mock import create_app
from bill_mock.errors import BillError
from bill_mock.validation import OperationValidator

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


# BILL coerces a scalar's literal sent as a string to the declared type ("useBackup": "false", "amount": "100"), as
# its own examples show, and so does the mock (bill_mock.validation.coerce_scalars). A generated "negative" body
# such as {"amount": "5"} is then one BILL accepts, so schemathesis' negative_data_rejection would flag a correct 2xx.
# It stays on, replaced for every operation (and the stateful run) by this check, which hands every other case to it.
REPLACED_CHECKS = [negative_data_rejection]
_OTHER_LOCATIONS = (ParameterLocation.PATH, ParameterLocation.QUERY, ParameterLocation.HEADER, ParameterLocation.COOKIE)


@functools.cache
def _mock_validator(operation_id: str) -> OperationValidator:
    """The mock's own compiled checks for an operation, built as the app builds them."""
    return OperationValidator(OPERATIONS[operation_id], bill_spec.load())


def _bill_accepts_body(case: Any, response: Any) -> bool:
    """Whether the only negative part of the case is a JSON body that BILL's lenient binding reads as valid.

    The body is judged as sent (the request's bytes and content type), the way the mock read it.
    """
    operation_id = case.operation.definition.raw.get("operationId")
    if (
        case.meta is None
        or not case.meta.is_negative_at(ParameterLocation.BODY)
        or any(case.meta.is_negative_at(location) for location in _OTHER_LOCATIONS)
        or operation_id not in OPERATIONS
    ):
        return False
    sent = response.request
    content_type = str(sent.headers.get("Content-Type", "")).split(";", 1)[0].strip().lower()
    if content_type != "application/json" or not sent.body:
        return False
    try:
        document = json.loads(sent.body)
        _mock_validator(operation_id).check_json_body(document)
    except (ValueError, BillError):
        return False
    return True


@schemathesis.check
def negative_data_rejection_as_bill_binds(ctx: Any, response: Any, case: Any) -> bool | None:
    """negative_data_rejection, except that a body BILL coerces into a valid one is not negative data."""
    if not ctx.config.negative_data_rejection.enabled:
        return None
    if _bill_accepts_body(case, response):
        return None  # accepting it is right: BILL does
    result: bool | None = negative_data_rejection(ctx, response, case)
    return result


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
    # Registered with @schemathesis.check, negative_data_rejection_as_bill_binds runs among the default checks.
    response = case.call_and_validate(excluded_checks=REPLACED_CHECKS)
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

    def validate_response(
        self, response: Any, case: Any, additional_checks: list[Any] | None = None, **kwargs: Any
    ) -> None:
        """As schemathesis' own, but with negative_data_rejection replaced: the stateful run has negative cases too."""
        case.validate_response(
            response,
            additional_checks=additional_checks,
            excluded_checks=REPLACED_CHECKS,
            transport_kwargs=kwargs or None,
            recorder=self.recorder,
        )

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
