"""Schemathesis proves the mock keeps to the spec: every operation with every default check, then the
partner flow that the spec's OpenAPI links describe. negative_data_rejection is judged as BILL binds bodies."""

from __future__ import annotations

import copy
import functools
import json
import os
import pathlib
from collections import Counter
from typing import Any, ClassVar

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import negative_data_rejection

import bill_spec
from bill_mock import create_app
from bill_mock.errors import BillError
from bill_mock.validation import OperationValidator, build_validators
from tests.contract.support import InProcessMock

HERE = pathlib.Path(__file__).parent
OPERATIONS = bill_spec.v3_index()

# The spec is bill-v3.yaml plus per-area fragments (spec/v3/*.yaml); bill_spec.load() is their merge, the
# same document the mock routes and validates from, so schemathesis reads that rather than the root file.
schema = schemathesis.openapi.from_dict(
    copy.deepcopy(dict(bill_spec.load())), config=schemathesis.Config.from_path(HERE / "schemathesis.toml")
)
APP = create_app()
schema.app = APP


MOCK = InProcessMock(APP)


def _call(method: str, path: str, body: Any = None) -> Any:
    """An API call as the sandbox organization's (MFA-trusted) session."""
    current = SESSIONS.current()
    headers = {"devKey": current["sandbox"]["organization"]["devKey"], "sessionId": current["organization"]}
    return MOCK.json(method, path, json=body, headers=headers)


class Sessions:
    """Sandbox sessions for the mock's current state, opened through the API on first use after a reset.

    The organization session is MFA-trusted, as a payer's is: the first one after a reset passes BILL's MFA
    challenge with the sandbox's code, and later ones sign in with the rememberMeId it gave.
    """

    def __init__(self) -> None:
        self._current: dict[str, Any] | None = None
        self._remember_me_id: str | None = None

    def forget(self) -> None:
        """The sessions were closed; the next call signs in again."""
        self._current = None

    def reset(self) -> None:
        """The mock was reset: sessions and rememberMeId are gone with its state."""
        self._current = None
        self._remember_me_id = None

    def current(self) -> dict[str, Any]:
        if self._current is None:
            sandbox = MOCK.json("GET", "/_mock/sandbox")
            org, partner = sandbox["organization"], sandbox["partner"]
            org_login = {key: org[key] for key in ("devKey", "username", "password", "organizationId")}
            if self._remember_me_id is not None:
                org_login |= {"rememberMeId": self._remember_me_id, "device": "contract-tests"}
            partner_login = {key: partner[key] for key in ("appKey", "username", "password")}
            self._current = {
                "sandbox": sandbox,
                "organization": _login("/v3/login", org_login),
                "partner": _login("/v3/partner/login", partner_login),
            }
            if self._remember_me_id is None:
                self._remember_me_id = self._trust(sandbox)
        return self._current

    def _trust(self, sandbox: dict[str, Any]) -> str:
        challenge = _call("POST", "/connect/v3/mfa/challenge", {"useBackup": False})
        validated = _call(
            "POST",
            "/connect/v3/mfa/challenge/validate",
            {"challengeId": challenge["challengeId"], "token": sandbox["mfa"]["token"], "rememberMe": True},
        )
        remember_me_id = validated["rememberMeId"]
        assert isinstance(remember_me_id, str)
        return remember_me_id


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
    return build_validators(bill_spec.load(), [OPERATIONS[operation_id]])[operation_id]


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


def negative_data_rejection_as_bill_binds(ctx: Any, response: Any, case: Any) -> bool | None:
    """negative_data_rejection, except that a body BILL coerces into a valid one is not negative data."""
    if not ctx.config.negative_data_rejection.enabled:
        return None
    if _bill_accepts_body(case, response):
        return None  # accepting it is right: BILL does
    result: bool | None = negative_data_rejection(ctx, response, case)
    return result


BILL_CHECKS = [negative_data_rejection_as_bill_binds]
"""Passed to this run's calls only: a check registered with @schemathesis.check would run in every contract run."""


@pytest.fixture(autouse=True)
def fresh_mock() -> None:
    """Each operation starts from the seeded state, so the store stays small however many cases run."""
    _reset()


def _reset() -> None:
    MOCK.reset()
    SESSIONS.reset()


EXAMPLES = int(os.environ.get("BILL_CONTRACT_EXAMPLES", "50"))
"""Examples per operation: 50 keeps ~260 operations inside CI's budget; `make contract-deep` runs 500."""


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_operation_keeps_to_the_spec(case: Any) -> None:
    response = case.call_and_validate(additional_checks=BILL_CHECKS, excluded_checks=REPLACED_CHECKS)
    _forget_closed_session(case, response)


def _forget_closed_session(case: Any, response: Any) -> None:
    """A successful logout ends the sandbox session the auth class hands out; open a new one next time."""
    if case.operation.definition.raw["operationId"] == "logout" and response.status_code == 200:
        SESSIONS.forget()


class FlowMachine:
    """What every flow's state machine adds to schemathesis' own: a fresh seeded mock per scenario, the
    replaced negative-data check, and a tally of (operation, status) for the assertions on what ran."""

    seen: ClassVar[Counter[tuple[str | None, int]]]

    def setup(self) -> None:
        _reset()
        super().setup()  # type: ignore[misc]

    def after_call(self, response: Any, case: Any) -> None:
        super().after_call(response, case)  # type: ignore[misc]
        _forget_closed_session(case, response)

    def validate_response(
        self, response: Any, case: Any, additional_checks: list[Any] | None = None, **kwargs: Any
    ) -> None:
        """As schemathesis' own, but with negative_data_rejection replaced: the stateful run has negative cases too."""
        case.validate_response(
            response,
            additional_checks=[*(additional_checks or []), *BILL_CHECKS],
            excluded_checks=REPLACED_CHECKS,
            transport_kwargs=kwargs or None,
            recorder=self.recorder,  # type: ignore[attr-defined]
        )

    def teardown(self) -> None:
        for entry in APP.state.mock.journal.entries():
            self.seen[(entry.operationId, entry.status)] += 1
        super().teardown()  # type: ignore[misc]


def _flow_document(operation_ids: frozenset[str]) -> dict[str, Any]:
    """The spec cut down to one flow's operations, with only the links between them.

    A state machine over all ~260 operations spends its steps everywhere and rarely walks a whole chain;
    over a handful, the links are what it follows.
    """
    unknown = operation_ids - {operation.operation_id for operation in OPERATIONS}
    assert not unknown, f"not in the spec: {sorted(unknown)}"
    document = copy.deepcopy(dict(bill_spec.load()))
    paths: dict[str, Any] = {}
    for path, item in document["paths"].items():
        kept = {
            key: value
            for key, value in item.items()
            if not isinstance(value, dict) or value.get("operationId", next(iter(operation_ids))) in operation_ids
        }
        operations = [value for value in kept.values() if isinstance(value, dict) and "operationId" in value]
        for operation in operations:
            for response in operation.get("responses", {}).values():
                if isinstance(response, dict) and "links" in response:
                    response["links"] = {
                        name: link
                        for name, link in response["links"].items()
                        if link.get("operationId") in operation_ids
                    }
        if operations:
            paths[path] = kept
    document["paths"] = paths
    return document


def flow_machine(name: str, operation_ids: set[str]) -> type[Any]:
    """A state machine class over `operation_ids` only, signed in and checked like the per-operation run."""
    flow_schema = schemathesis.openapi.from_dict(
        _flow_document(frozenset(operation_ids)), config=schemathesis.Config.from_path(HERE / "schemathesis.toml")
    )
    flow_schema.app = APP
    # The flows are about chains of valid calls; every operation's negative cases run in the per-operation test.
    flow_schema.config.generation.update(modes=[GenerationMode.POSITIVE])
    flow_schema.auth(refresh_interval=None, retry_on=[])(SandboxAuth)
    return type(name, (FlowMachine, flow_schema.as_state_machine()), {"seen": Counter()})


STATEFUL_RUNS = 100
CLASSIFICATION_RUNS = 40
"""Fewer scenarios for each of the seven classification flows: each has only five operations to chain."""
STATEFUL_STEPS = 10


def _run(machine: type[Any], runs: int = STATEFUL_RUNS) -> Counter[tuple[str | None, int]]:
    machine.seen.clear()
    machine.run(
        settings=settings(
            max_examples=runs,
            stateful_step_count=STATEFUL_STEPS,
            derandomize=True,  # the same scenarios on every run, as the per-operation phase
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    seen: Counter[tuple[str | None, int]] = machine.seen
    return seen


PartnerFlow = flow_machine(
    "PartnerFlow",
    {
        "createOrganization",
        "createPartnerUser",
        "getPartnerUser",
        "updatePartnerUser",
        "createPartnerUserPhone",
        "archivePartnerUser",
        "restorePartnerUser",
    },
)


def test_partner_flow_follows_the_links() -> None:
    seen = _run(PartnerFlow)
    # The chain really ran: an organization, a user in it, then at least one call on that user.
    assert seen[("createOrganization", 201)]
    assert seen[("createPartnerUser", 201)]
    followers = ("getPartnerUser", "updatePartnerUser", "createPartnerUserPhone", "archivePartnerUser")
    assert sum(seen[(operation_id, 200)] for operation_id in followers)


class _PayableFlow:
    """Pays from a verified bank account: the one thing a payment needs that no response in the flow links to.

    The account is opened and verified through the API in each scenario's setup, as a payer does once.
    """

    funding_account: dict[str, str]

    def setup(self) -> None:
        super().setup()  # type: ignore[misc]
        bank = SESSIONS.current()["sandbox"]["bankAccount"]
        account = _call(
            "POST",
            "/connect/v3/funding-accounts/banks",
            {
                "nameOnAccount": "Contract Operating",
                "routingNumber": bank["routingNumber"],
                "accountNumber": bank["accountNumber"],
                "type": "CHECKING",
                "ownerType": "BUSINESS",
                "bankName": "Contract Bank",
            },
        )
        _call(
            "POST",
            f"/connect/v3/funding-accounts/banks/{account['id']}/verify",
            {"depositAmount": bank["depositAmount"]},
        )
        self.funding_account = {"type": "BANK_ACCOUNT", "id": account["id"]}

    def before_call(self, case: Any) -> None:
        super().before_call(case)  # type: ignore[misc]
        if case.operation.definition.raw["operationId"] == "createPayment" and isinstance(case.body, dict):
            case.body["fundingAccount"] = self.funding_account
            case.body.pop("processDate", None)  # BILL's default, the next business day: still cancellable


AP_FLOW = {"createVendor", "createBill", "createPayment", "getPayment", "cancelPayment"}
PaymentFlow = type("PaymentFlow", (_PayableFlow, flow_machine("PaymentFlowBase", AP_FLOW)), {"seen": Counter()})


def test_vendor_bill_payment_cancel_follows_the_links() -> None:
    seen = _run(PaymentFlow)
    assert seen[("createVendor", 201)]
    assert seen[("createBill", 201)], "a bill for a linked vendor"
    assert seen[("createPayment", 201)], "a payment of a linked bill"
    assert seen[("cancelPayment", 200)], "a linked payment cancelled"


AR_FLOW = {"createCustomer", "createInvoice", "getInvoice", "recordInvoicePayment"}
InvoiceFlow = flow_machine("InvoiceFlow", AR_FLOW)


def test_customer_invoice_payment_follows_the_links() -> None:
    seen = _run(InvoiceFlow)
    assert seen[("createCustomer", 201)]
    assert seen[("createInvoice", 201)], "an invoice for a linked customer"
    assert seen[("recordInvoicePayment", 200)], "a payment recorded on a linked invoice"


CLASSIFICATIONS = (
    "AccountingClass",
    "ChartOfAccounts",
    "Department",
    "Employee",
    "Item",
    "Job",
    "Location",
)
"""Each classification resource gets its own lifecycle flow: create, then get/update/archive, then restore."""


def classification_flow(resource: str) -> type[Any]:
    suffix = f"Classification{resource}"
    lifecycle = {f"{verb}{suffix}" for verb in ("create", "get", "update", "archive", "restore")}
    return flow_machine(f"{resource}Flow", lifecycle)


@pytest.mark.parametrize("resource", CLASSIFICATIONS)
def test_classification_lifecycle_follows_the_links(resource: str) -> None:
    suffix = f"Classification{resource}"
    seen = _run(classification_flow(resource), runs=CLASSIFICATION_RUNS)
    assert seen[(f"create{suffix}", 201)]
    linked = (f"get{suffix}", f"update{suffix}", f"archive{suffix}")
    assert all(seen[(operation_id, 200)] for operation_id in linked), f"every link from a created {resource} followed"
    assert seen[(f"restore{suffix}", 200)], f"an archived {resource} restored"
