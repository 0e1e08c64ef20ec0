"""Schemathesis proves the mock's webhooks API keeps to bill-v3-events.yaml: every operation with every default
check, then the subscription lifecycle the spec's links describe (create -> get -> update -> rotate key -> delete)."""

from __future__ import annotations

import copy
import pathlib
import uuid
from collections import Counter
from typing import Any, ClassVar

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

import bill_spec
from bill_mock import create_app
from bill_mock.webhooks import IDEMPOTENCY_HEADER
from tests.contract.support import InProcessMock

HERE = pathlib.Path(__file__).parent
OPERATIONS = bill_spec.events_index()

schema = schemathesis.openapi.from_dict(
    copy.deepcopy(dict(bill_spec.load(bill_spec.EVENTS_SPEC))),
    config=schemathesis.Config.from_path(HERE / "schemathesis.toml"),
)
APP = create_app()
schema.app = APP


MOCK = InProcessMock(APP)


class Session:
    """The sandbox organization's session for the mock's current state, opened on first use after a reset."""

    def __init__(self) -> None:
        self._current: dict[str, str] | None = None

    def forget(self) -> None:
        self._current = None

    def headers(self) -> dict[str, str]:
        if self._current is None:
            org = MOCK.json("GET", "/_mock/sandbox")["organization"]
            login = {key: org[key] for key in ("devKey", "username", "password", "organizationId")}
            session_id = MOCK.json("POST", "/connect/v3/login", json=login)["sessionId"]
            self._current = {"devKey": org["devKey"], "sessionId": session_id}
        return self._current


SESSION = Session()


def _reset() -> None:
    MOCK.reset()
    SESSION.forget()


@schema.auth(refresh_interval=None, retry_on=[])
class SandboxAuth:
    """The organization session on every call; and, as a client must, a new X-Idempotent-Key per request."""

    def get(self, case: Any, ctx: Any) -> dict[str, str]:
        return SESSION.headers()

    def set(self, case: Any, data: dict[str, str], ctx: Any) -> None:
        if case.meta is not None and case.meta.is_negative_at("header"):
            return  # the generator removed or broke a header on purpose; keep it that way
        headers = {**(case.headers or {}), **data}
        if IDEMPOTENCY_HEADER in headers:
            # Generated keys repeat (hypothesis likes its simplest UUID), and a repeated key replays an earlier
            # answer, possibly about a subscription deleted since. Replays are unit-tested in tests/mock.
            headers[IDEMPOTENCY_HEADER] = str(uuid.uuid4())
        case.headers = headers


@pytest.fixture(autouse=True)
def fresh_mock() -> None:
    """Each operation starts from the seeded state, so its examples run against a small store."""
    _reset()


@schema.parametrize()
@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
def test_operation_keeps_to_the_spec(case: Any) -> None:
    case.call_and_validate()


class SubscriptionFlow(schema.as_state_machine()):  # type: ignore[misc]
    """Scenarios along the spec's links; each starts from the seeded state."""

    seen: ClassVar[Counter[tuple[str | None, int]]] = Counter()

    def setup(self) -> None:
        _reset()

    def teardown(self) -> None:
        for entry in APP.state.mock.journal.entries():
            self.seen[(entry.operationId, entry.status)] += 1
        super().teardown()


def test_the_subscription_lifecycle_follows_the_links() -> None:
    SubscriptionFlow.seen.clear()
    SubscriptionFlow.run(
        settings=settings(
            max_examples=150, stateful_step_count=10, deadline=None, suppress_health_check=list(HealthCheck)
        )
    )
    seen = SubscriptionFlow.seen
    lifecycle = ("createSubscription", "getSubscription", "updateSubscription", "createSubscriptionSecurityKey")
    for operation_id in lifecycle:
        assert seen[(operation_id, 200)], operation_id
    assert seen[("deleteSubscription", 200)]
