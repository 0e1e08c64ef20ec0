"""Bill approvals: policies (create, list, replace, delete), routing bills to approvers, approving and
denying in order, and what approvals do to payments."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.pay_support import Payer
from tests.mock.support import Bill

POLICIES = "/v3/bill-approvals/policies"
ACTIONS = "/v3/bill-approvals/actions"
PENDING = "/v3/bill-approvals/pending-user-approvals"


class Team:
    """The partner's client organization: its administrator pays, two users approve in order."""

    def __init__(self, bill: Bill) -> None:
        self.admin = Payer.partner_user(bill)
        self.first = Payer.partner_user(bill, "APPROVER", "approver1", trusted=False)
        self.second = Payer.partner_user(bill, "ACCOUNTANT", "approver2", trusted=False)
        self.vendor = self.admin.vendor()
        self.account = self.admin.bank_account()

    def policy(self, *rules: tuple[str, str, list[str]], approvers: list[str] | None = None) -> dict[str, Any]:
        body = {
            "policyName": "Big bills",
            "rules": [{"key": key, "op": op, "values": values} for key, op, values in rules],
            "approvers": approvers if approvers is not None else [self.first.user_id, self.second.user_id],
        }
        policy: dict[str, Any] = self.admin.ok("POST", POLICIES, 201, json=body)
        return policy

    def pending(self, payer: Payer) -> list[str]:
        return [item["billId"] for item in payer.ok("GET", PENDING)["bills"]]

    def decide(self, payer: Payer, *decisions: tuple[str, str]) -> Any:
        return payer.ok("POST", ACTIONS, json=[{"billId": b, "action": a, "comment": "ok"} for b, a in decisions])

    def payment(self, bill_id: str, amount: float) -> dict[str, Any]:
        return {
            "billId": bill_id,
            "amount": amount,
            "fundingAccount": {"type": "BANK_ACCOUNT", "id": self.account["id"]},
            "processingOptions": {},
        }


@pytest.fixture
def team(bill: Bill) -> Team:
    return Team(bill)


def test_create_list_replace_and_delete_a_policy(team: Team) -> None:
    policy = team.policy(("BILL_AMOUNT", "gte", ["1000"]), ("VENDOR_ID", "in", [team.vendor["id"]]))
    assert policy["policyName"] == "Big bills"
    assert policy["status"] == "ACTIVE"
    assert policy["rules"] == [
        {"key": "BILL_AMOUNT", "op": "gte", "values": [{"value": "1000", "displayName": "1000"}]},
        {"key": "VENDOR_ID", "op": "in", "values": [{"value": team.vendor["id"], "displayName": team.vendor["name"]}]},
    ]
    assert policy["approvers"] == {
        "users": [
            {"userId": team.first.user_id, "fullName": "Test"},
            {"userId": team.second.user_id, "fullName": "Test"},
        ],
        "groups": [],
    }
    assert team.admin.ok("GET", POLICIES) == [policy]
    replaced = team.admin.ok(
        "PUT",
        f"{POLICIES}/{policy['id']}",
        json={"policyName": "Huge bills", "rules": [], "approvers": [team.second.user_id]},
    )
    assert (replaced["id"], replaced["policyName"], replaced["rules"]) == (policy["id"], "Huge bills", [])
    assert [user["userId"] for user in replaced["approvers"]["users"]] == [team.second.user_id]
    assert team.admin.ok("DELETE", f"{POLICIES}/{policy['id']}") == {"status": "SUCCESS"}
    assert team.admin.ok("GET", POLICIES) == []
    team.admin.refused("DELETE", f"{POLICIES}/{policy['id']}", 404, "BDC_1205")
    team.admin.refused(
        "PUT",
        f"{POLICIES}/{policy['id']}",
        404,
        "BDC_1205",
        json={"policyName": "x", "rules": [], "approvers": [team.first.user_id]},
    )


@pytest.mark.parametrize(
    ("rule", "advice"),
    [
        (("BILL_AMOUNT", "in", ["1", "2"]), "BILL_AMOUNT takes only"),
        (("VENDOR_ID", "gte", ["x"]), "VENDOR_ID takes only"),
        (("BILL_AMOUNT", "gte", ["1", "2"]), "exactly one value"),
        (("BILL_AMOUNT", "gte", ["lots"]), "rules.0.values"),
        (("BILL_AMOUNT", "gte", ["-1"]), "rules.0.values"),
        (("VENDOR_ID", "eq", ["00902AAAAAAAAAAAAAAA"]), "No such vendor"),
    ],
)
def test_rules_must_make_sense(team: Team, rule: tuple[str, str, list[str]], advice: str) -> None:
    key, op, values = rule
    body = {"policyName": "p", "rules": [{"key": key, "op": op, "values": values}], "approvers": [team.first.user_id]}
    assert advice in team.admin.refused("POST", POLICIES, json=body)


def test_approvers_are_users_of_the_organization_who_may_approve(bill: Bill, team: Team) -> None:
    clerk = Payer.partner_user(bill, "CLERK", "clerk3", trusted=False)
    body: dict[str, Any] = {"policyName": "p", "rules": [], "approvers": [clerk.user_id]}
    assert "CLERK role" in team.admin.refused("POST", POLICIES, json=body)
    body["approvers"] = [bill.org["userId"]]  # the sandbox organization's administrator
    assert "No such user" in team.admin.refused("POST", POLICIES, json=body)
    body["approvers"] = [team.first.user_id, team.first.user_id]
    team.admin.refused("POST", POLICIES, json=body)
    assert team.admin.ok("GET", POLICIES) == []


def test_policies_of_another_organization_are_neither_listed_nor_found(bill: Bill, team: Team) -> None:
    policy = team.policy()
    sandbox = Payer(bill, trusted=False)
    assert sandbox.ok("GET", POLICIES) == []
    sandbox.refused("DELETE", f"{POLICIES}/{policy['id']}", 404, "BDC_1205")


def test_a_bill_waits_for_its_approvers_in_order(team: Team) -> None:
    team.policy(("BILL_AMOUNT", "gte", ["1000"]))
    big = team.admin.new_bill(team.vendor["id"], 1500)
    small = team.admin.new_bill(team.vendor["id"], 999.99)
    assert team.pending(team.first) == [big["id"]]
    assert team.pending(team.second) == []
    routed = team.admin.get_bill(big["id"])
    assert routed["approvalStatus"] == "ASSIGNED"
    assert [(a["userId"], a["status"], a["approverOrder"]) for a in routed["approvers"]] == [
        (team.first.user_id, "WAITING", 0),
        (team.second.user_id, "WAITING", 1),
    ]
    assert "approvers" not in team.admin.get_bill(small["id"])
    assert team.admin.ok("POST", "/v3/payments", 201, json=team.payment(small["id"], 10))["status"] == "SCHEDULED"

    message = team.admin.refused("POST", "/v3/payments", json=team.payment(big["id"], 10))
    assert "waiting for approval" in message
    assert "/v3/bill-approvals/actions" in message
    assert team.decide(team.first, (big["id"], "APPROVE")) == {"status": "SUCCESS"}
    assert team.pending(team.first) == []
    assert team.pending(team.second) == [big["id"]]
    assert team.pending(team.admin) == []
    assert "waiting for approval" in team.admin.refused("POST", "/v3/payments", json=team.payment(big["id"], 10))
    team.decide(team.second, (big["id"], "APPROVE"))
    approved = team.admin.get_bill(big["id"])
    assert approved["approvalStatus"] == "APPROVED"
    assert [a["status"] for a in approved["approvers"]] == ["APPROVED", "APPROVED"]
    assert team.admin.ok("POST", "/v3/payments", 201, json=team.payment(big["id"], 1500))["amount"] == 1500


def test_only_the_approver_the_bill_waits_for_may_decide(team: Team, clock: MockClock) -> None:
    team.policy()
    created = team.admin.new_bill(team.vendor["id"], 10)
    team.pending(team.first)
    message = team.second.refused(
        "POST", ACTIONS, 403, "BDC_1145", json=[{"billId": created["id"], "action": "APPROVE"}]
    )
    assert team.first.user_id in message
    assert [a["status"] for a in team.admin.get_bill(created["id"])["approvers"]] == ["WAITING", "WAITING"]


def test_a_denial_blocks_payment_for_good(team: Team, clock: MockClock) -> None:
    team.policy()
    created = team.admin.new_bill(team.vendor["id"], 10)
    clock.advance(1)
    team.decide(team.first, (created["id"], "DENY"))
    denied = team.admin.get_bill(created["id"])
    assert denied["approvalStatus"] == "DENIED"
    assert denied["approvers"][0]["status"] == "DENIED"
    assert denied["approvers"][0]["statusChangedTime"] == "2026-01-01T00:00:01.000+00:00"
    assert team.pending(team.second) == []
    assert "denied" in team.admin.refused("POST", "/v3/payments", json=team.payment(created["id"], 10))
    assert "was denied" in team.second.refused("POST", ACTIONS, json=[{"billId": created["id"], "action": "APPROVE"}])


def test_decisions_are_taken_whole_or_not_at_all(team: Team) -> None:
    team.policy(approvers=[team.first.user_id])
    first = team.admin.new_bill(team.vendor["id"], 10)
    second = team.admin.new_bill(team.vendor["id"], 20)
    unknown = "00n02AAAAAAAAAAAAAAA"
    team.first.refused(
        "POST",
        ACTIONS,
        404,
        "BDC_1205",
        json=[{"billId": first["id"], "action": "APPROVE"}, {"billId": unknown, "action": "APPROVE"}],
    )
    assert team.pending(team.first) == [first["id"], second["id"]]
    message = team.first.refused(
        "POST", ACTIONS, json=[{"billId": first["id"], "action": "APPROVE"}, {"billId": first["id"], "action": "DENY"}]
    )
    assert "listed twice" in message
    team.decide(team.first, (first["id"], "APPROVE"), (second["id"], "DENY"))
    assert team.admin.get_bill(first["id"])["approvalStatus"] == "APPROVED"
    assert team.admin.get_bill(second["id"])["approvalStatus"] == "DENIED"


def test_a_bill_without_approvers_has_nothing_to_decide(team: Team) -> None:
    created = team.admin.new_bill(team.vendor["id"], 10)
    assert "waiting for no approval" in team.first.refused(
        "POST", ACTIONS, json=[{"billId": created["id"], "action": "APPROVE"}]
    )
    team.first.refused("POST", ACTIONS, json=[])


def test_a_policy_applies_to_bills_created_after_it(team: Team, clock: MockClock) -> None:
    older = team.admin.new_bill(team.vendor["id"], 10)
    clock.advance(1)
    team.policy()
    newer = team.admin.new_bill(team.vendor["id"], 10)
    assert team.pending(team.first) == [newer["id"]]
    assert "approvers" not in team.admin.get_bill(older["id"])


def test_the_oldest_matching_policy_wins(team: Team, clock: MockClock) -> None:
    team.policy(("VENDOR_ID", "eq", [team.vendor["id"]]), approvers=[team.second.user_id])
    team.policy(("BILL_AMOUNT", "gt", ["0"]), approvers=[team.first.user_id])
    other_vendor = team.admin.vendor("Other")
    clock.advance(1)
    mine = team.admin.new_bill(team.vendor["id"], 10)
    theirs = team.admin.new_bill(other_vendor["id"], 10)
    assert team.pending(team.second) == [mine["id"]]
    assert team.pending(team.first) == [theirs["id"]]


def test_classification_rules_look_at_the_bill_and_its_lines(team: Team, clock: MockClock) -> None:
    location = "loc02AAAAAAAAAAAAAAA"
    team.policy(("LOCATION_ID", "eq", [location]), approvers=[team.first.user_id])
    clock.advance(1)
    tagged = team.admin.new_bill(team.vendor["id"], 10, classifications={"locationId": location})
    plain = team.admin.new_bill(team.vendor["id"], 10)
    assert team.pending(team.first) == [tagged["id"]]
    assert "approvers" not in team.admin.get_bill(plain["id"])


def test_pending_approvals_show_the_bill(team: Team) -> None:
    team.policy(approvers=[team.first.user_id])
    created = team.admin.new_bill(team.vendor["id"], 12.5, 30)
    assert team.first.ok("GET", PENDING) == {
        "bills": [{"billId": created["id"], "vendorId": team.vendor["id"], "amount": 42.5, "dueDate": "2026-02-01"}]
    }
    team.admin.ok("POST", f"/v3/bills/{created['id']}/archive")
    assert team.pending(team.first) == []
