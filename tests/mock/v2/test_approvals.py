"""v2 approvals: policies and their approvers, the approval sequence of bills and vendor credits, and
approving or denying in turn, over the same state as v3's bill approvals."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from bill_mock.areas.ap import ap_tables
from bill_mock.areas.approvals import payment_block
from bill_mock.mock import Mock
from tests.mock.support import Bill, spec_body
from tests.mock.v2.support import V2, code, ok, refused

PAGE = {"start": 0, "max": 999}
ADDRESS = {"line1": "2 Main St", "city": "Austin", "zipOrPostalCode": "78701", "country": "US"}
UNKNOWN_BILL = "00n02AAAAAAAAAAAAAAA"


class Team:
    """The sandbox organization: its administrator (v2 and v3 through one session), two approvers and a clerk,
    each with a v2 session of their own."""

    def __init__(self, v2: V2, bill: Bill, mock: Mock, clock: MockClock) -> None:
        self.v2 = v2
        self.bill = bill
        self.admin = v2.session()
        self.first_id, self.first = self._user(mock, clock, "APPROVER", "first")
        self.second_id, self.second = self._user(mock, clock, "ACCOUNTANT", "second")
        self.clerk_id, self.clerk = self._user(mock, clock, "CLERK", "clerk")
        self.vendor = self.v3("POST", "/v3/vendors", 201, json={"name": "Acme", "address": ADDRESS})

    def _user(self, mock: Mock, clock: MockClock, role_type: str, name: str) -> tuple[str, dict[str, str]]:
        store = mock.store
        role = next(r for r in store.roles.values() if r.organization_id == self.v2.org_id and r.type == role_type)
        user = store.add_user(
            self.v2.org_id,
            clock.now(),
            username=f"{name}@example.com",
            first_name=name.title(),
            last_name="Tester",
            email=f"{name}@example.com",
            role_id=role.id,
            password="secret-" + name,
        )
        return user.id, self.v2.session(userName=user.username, password="secret-" + name)

    def v3(
        self, method: str, path: str, status: int = 200, session: dict[str, str] | None = None, **kwargs: Any
    ) -> Any:
        response = self.bill.call(method, path, session or self.admin, **kwargs)
        assert response.status_code == status, response.text
        return spec_body(response)

    def post(self, endpoint: str, data: Any, session: dict[str, str] | None = None) -> Any:
        return ok(self.v2.post(endpoint, session or self.admin, data))

    def new_bill(self, amount: float = 100, number: str = "INV-1") -> str:
        body = {
            "vendorId": self.vendor["id"],
            "dueDate": "2026-02-01",
            "invoice": {"invoiceNumber": number, "invoiceDate": "2026-01-01"},
            "billLineItems": [{"amount": amount}],
        }
        bill_id: str = self.v3("POST", "/v3/bills", 201, json=body)["id"]
        return bill_id

    def new_credit(self) -> str:
        body = {
            "vendorId": self.vendor["id"],
            "referenceNumber": "VC-1",
            "creditDate": "2026-01-01",
            "vendorCreditLineItems": [{"amount": 25}],
        }
        credit_id: str = self.v3("POST", "/v3/vendor-credits", 201, json=body)["id"]
        return credit_id

    def policy(self, **fields: Any) -> dict[str, Any]:
        obj = {"entity": "ApprovalPolicy", "type": "0", "amountThreshold": 1000, "minNumApprovers": 1, **fields}
        created: dict[str, Any] = self.post("Crud/Create/ApprovalPolicy.json", {"obj": obj})
        return created

    def approver(self, policy_id: str, user_id: str, **fields: Any) -> dict[str, Any]:
        obj = {"entity": "ApprovalPolicyApprover", "approvalPolicyId": policy_id, "usersId": user_id, **fields}
        created: dict[str, Any] = self.post("Crud/Create/ApprovalPolicyApprover.json", {"obj": obj})
        return created

    def set_approvers(self, object_id: str, *users: str, entity: str = "Bill") -> None:
        data = {"objectId": object_id, "entity": entity, "approvers": list(users)}
        assert self.post("SetApprovers.json", data) == {}

    def approvers(self, object_id: str, entity: str = "Bill") -> list[dict[str, Any]]:
        listed: list[dict[str, Any]] = self.post("ListApprovers.json", {"objectId": object_id, "entity": entity})
        return listed

    def decide(self, verdict: str, session: dict[str, str], object_id: str, entity: str = "Bill") -> Any:
        return self.v2.post(f"{verdict}.json", session, {"objectId": object_id, "entity": entity, "comment": "ok"})

    def user_approvals(self, session: dict[str, str], **query: Any) -> dict[str, Any]:
        found: dict[str, Any] = ok(self.v2.post("ListUserApprovals.json", session, {"max": 999, **query}))
        return found

    def pending_ids(self, session: dict[str, str], **query: Any) -> list[str]:
        return [doc["id"] for doc in self.user_approvals(session, **query)["approvals"]]


@pytest.fixture
def team(v2: V2, bill: Bill, mock: Mock, clock: MockClock) -> Team:
    return Team(v2, bill, mock, clock)


# approval policies


def test_policy_crud_list_and_bulk(team: Team, clock: MockClock) -> None:
    policy = team.policy(nickname="Big bills", usersId=team.first_id, approverNotSameAsPayer=True)
    assert policy["id"].startswith("app")
    assert {key: policy[key] for key in ("type", "amountThreshold", "minNumApprovers", "isActive")} == {
        "type": "0",
        "amountThreshold": 1000,
        "minNumApprovers": 1,
        "isActive": "1",
    }
    assert (policy["nickname"], policy["usersId"], policy["approverNotSameAsPayer"]) == (
        "Big bills",
        team.first_id,
        True,
    )
    assert policy["name"] == "Bills of 1000 or more"
    assert policy["createdById"] == team.v2.user_id
    ident = {"id": policy["id"]}
    assert team.post("Crud/Read/ApprovalPolicy.json", ident) == policy
    clock.advance(60)
    change = {"entity": "ApprovalPolicy", "id": policy["id"], "amountThreshold": 500.5, "approverCondition": "1"}
    updated = team.post("Crud/Update/ApprovalPolicy.json", {"obj": change})
    assert (updated["amountThreshold"], updated["approverCondition"], updated["nickname"]) == (500.5, "1", "Big bills")
    assert updated["updatedTime"] == "2026-01-01T00:01:00.000+0000"
    assert team.post("Crud/Delete/ApprovalPolicy.json", ident)["isActive"] == "2"
    assert team.post("Crud/Undelete/ApprovalPolicy.json", ident)["isActive"] == "1"
    assert [row["id"] for row in team.post("List/ApprovalPolicy.json", PAGE)] == [policy["id"]]

    items = [
        {"obj": {"entity": "ApprovalPolicy", "type": "1", "amountThreshold": 0, "minNumApprovers": 0}},
        {"obj": {"entity": "ApprovalPolicy", "type": "0", "amountThreshold": -1, "minNumApprovers": 0}},
        {"obj": {"entity": "ApprovalPolicy", "type": "0", "amountThreshold": 1, "minNumApprovers": 1.5}},
        {"obj": {"entity": "ApprovalPolicy", "type": "0", "amountThreshold": 1e11, "minNumApprovers": 1}},
    ]
    answers = team.post("Bulk/Crud/Create/ApprovalPolicy.json", {"bulk": items})["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1, 1, 1]
    assert answers[1]["response_data"]["error_message"].startswith("Invalid field,value: amountThreshold, -1.")
    assert answers[2]["response_data"]["error_message"].startswith("Invalid field,value: minNumApprovers, 1.5.")
    credits = answers[0]["response_data"]
    assert credits["name"] == "Vendor credits of 0 or more"
    changes = [{"obj": {"entity": "ApprovalPolicy", "id": i, "nickname": "n"}} for i in (policy["id"], credits["id"])]
    answers = team.post("Bulk/Crud/Update/ApprovalPolicy.json", {"bulk": changes})["bulk"]
    assert [answer["response_data"]["nickname"] for answer in answers] == ["n", "n"]
    ids = [{"id": policy["id"]}, {"id": credits["id"]}]
    answers = team.post("Bulk/Crud/Delete/ApprovalPolicy.json", {"bulk": ids})["bulk"]
    assert [answer["response_data"]["isActive"] for answer in answers] == ["2", "2"]
    answers = team.post("Bulk/Crud/Undelete/ApprovalPolicy.json", {"bulk": ids})["bulk"]
    assert [answer["response_data"]["isActive"] for answer in answers] == ["1", "1"]


def test_policy_fields_are_checked(team: Team) -> None:
    obj = {"entity": "ApprovalPolicy", "type": "0", "amountThreshold": 1, "minNumApprovers": 1}
    for field, value in (
        ("usersId", team.clerk_id),
        ("usersId", "00602AAAAAAAAAAAAAAA"),
        ("bankAccountId", "bac02AAAAAAAAAAAAAAA"),
    ):
        error_code, message = refused(
            team.v2.post("Crud/Create/ApprovalPolicy.json", team.admin, {"obj": {**obj, field: value}})
        )
        assert error_code == "BDC_1119"
        assert field in message
    assert (
        "CLERK role"
        in refused(
            team.v2.post("Crud/Create/ApprovalPolicy.json", team.admin, {"obj": {**obj, "usersId": team.clerk_id}})
        )[1]
    )
    assert (
        code(team.v2.post("Crud/Create/ApprovalPolicy.json", team.admin, {"obj": {**obj, "type": "2"}})) == "BDC_1119"
    )
    assert code(team.v2.post("Crud/Read/ApprovalPolicy.json", team.admin, {"id": "app02AAAAAAAAAAAAAAA"})) == "BDC_1119"
    assert team.post("List/ApprovalPolicy.json", PAGE) == []


def test_policy_approvers_crud_list_and_bulk(team: Team) -> None:
    policy = team.policy()
    first = team.approver(policy["id"], team.first_id)
    assert first["id"].startswith("apa")
    assert (first["approvalPolicyId"], first["usersId"], first["sortOrder"], first["isActive"]) == (
        policy["id"],
        team.first_id,
        0,
        "1",
    )
    assert team.post("Crud/Read/ApprovalPolicyApprover.json", {"id": first["id"]}) == first
    items = [
        {"obj": {"entity": "ApprovalPolicyApprover", "approvalPolicyId": policy["id"], "usersId": team.second_id}},
        {"obj": {"entity": "ApprovalPolicyApprover", "approvalPolicyId": policy["id"], "usersId": team.first_id}},
        {"obj": {"entity": "ApprovalPolicyApprover", "approvalPolicyId": policy["id"], "usersId": team.clerk_id}},
        {
            "obj": {
                "entity": "ApprovalPolicyApprover",
                "approvalPolicyId": "app02AAAAAAAAAAAAAAA",
                "usersId": team.first_id,
            }
        },
    ]
    answers = team.post("Bulk/Crud/Create/ApprovalPolicyApprover.json", {"bulk": items})["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1, 1, 1]
    assert "already approver" in answers[1]["response_data"]["error_message"]
    assert "CLERK role" in answers[2]["response_data"]["error_message"]
    assert answers[3]["response_data"]["error_message"].startswith("Invalid field,value: approvalPolicyId")
    second = answers[0]["response_data"]
    assert second["sortOrder"] == 1
    listed = team.post("List/ApprovalPolicyApprover.json", PAGE)
    assert [row["usersId"] for row in listed] == [team.first_id, team.second_id]
    assert team.post("Crud/Delete/ApprovalPolicyApprover.json", {"id": first["id"]})["isActive"] == "2"
    assert team.post("Crud/Undelete/ApprovalPolicyApprover.json", {"id": first["id"]})["isActive"] == "1"
    ids = [{"id": first["id"]}, {"id": second["id"]}]
    answers = team.post("Bulk/Crud/Delete/ApprovalPolicyApprover.json", {"bulk": ids})["bulk"]
    assert [answer["response_data"]["isActive"] for answer in answers] == ["2", "2"]
    team.approver(policy["id"], team.first_id)
    answers = team.post("Bulk/Crud/Undelete/ApprovalPolicyApprover.json", {"bulk": ids})["bulk"]
    assert [answer["response_status"] for answer in answers] == [1, 0]  # the first user has a live record again
    team.post("Crud/Delete/ApprovalPolicy.json", {"id": policy["id"]})
    message = refused(
        team.v2.post(
            "Crud/Create/ApprovalPolicyApprover.json",
            team.admin,
            {"obj": {"entity": "ApprovalPolicyApprover", "approvalPolicyId": policy["id"], "usersId": team.first_id}},
        )
    )[1]
    assert "inactive" in message


# v2 policies in v3, v3 policies in v2


def test_a_v2_bill_policy_is_a_v3_policy_that_routes_bills(team: Team, clock: MockClock) -> None:
    policy = team.policy(nickname="Big bills")
    assert team.v3("GET", "/v3/bill-approvals/policies") == []  # no approvers yet: nothing to route to
    team.approver(policy["id"], team.second_id, sortOrder=5)
    team.approver(policy["id"], team.first_id, sortOrder=1)
    [v3] = team.v3("GET", "/v3/bill-approvals/policies")
    assert (v3["id"], v3["policyName"]) == (policy["id"], "Big bills")
    assert v3["rules"] == [{"key": "BILL_AMOUNT", "op": "gte", "values": [{"value": "1000", "displayName": "1000"}]}]
    assert [user["userId"] for user in v3["approvers"]["users"]] == [team.first_id, team.second_id]

    clock.advance(1)
    big, small = team.new_bill(1500, "INV-B"), team.new_bill(10, "INV-S")
    assert [(a["usersId"], a["sortOrder"], a["status"]) for a in team.approvers(big)] == [
        (team.first_id, 0, "0"),
        (team.second_id, 1, "5"),
    ]
    assert team.approvers(small) == []
    pending = team.v3("GET", "/v3/bill-approvals/pending-user-approvals", session=team.first)
    assert [row["billId"] for row in pending["bills"]] == [big]
    assert team.pending_ids(team.first) == [big]
    assert team.pending_ids(team.second, approvalType="3") == [big]

    team.post("Crud/Delete/ApprovalPolicy.json", {"id": policy["id"]})
    assert team.v3("GET", "/v3/bill-approvals/policies") == []
    team.post("Crud/Undelete/ApprovalPolicy.json", {"id": policy["id"]})
    assert [p["id"] for p in team.v3("GET", "/v3/bill-approvals/policies")] == [policy["id"]]
    team.v3("DELETE", f"/v3/bill-approvals/policies/{policy['id']}")
    assert team.post("Crud/Read/ApprovalPolicy.json", {"id": policy["id"]})["isActive"] == "2"


def test_get_all_bill_approver_policy_answers_v3s_policies(team: Team, clock: MockClock) -> None:
    body = {
        "policyName": "Acme bills",
        "rules": [{"key": "VENDOR_ID", "op": "in", "values": [team.vendor["id"]]}],
        "approvers": [team.second_id],
    }
    made = team.v3("POST", "/v3/bill-approvals/policies", 201, json=body)
    clock.advance(1)
    mine = team.policy(amountThreshold=250.5, usersId=team.first_id)
    clock.advance(1)
    gone = team.policy(usersId=team.first_id)
    team.post("Crud/Delete/ApprovalPolicy.json", {"id": gone["id"]})
    team.policy(type="1", usersId=team.first_id)  # vendor credits: not a bill policy

    policies = ok(team.v2.post("GetAllBillApproverPolicy.json", team.admin))["policies"]
    assert [(p["policyId"], p["policyOrder"], p["status"]) for p in policies] == [
        (made["id"], 1, "ACTIVE"),
        (mine["id"], 2, "ACTIVE"),
        (gone["id"], 3, "INACTIVE"),
    ]
    first = policies[0]
    assert (first["policyName"], first["orgId"]) == ("Acme bills", team.v2.org_id)
    assert first["rawPolicy"]["rules"] == [
        {"key": "vendorId", "opr": "=", "value": team.vendor["id"], "displayName": "Acme"}
    ]
    assert first["rawPolicy"]["approvers"] == [
        {"usersId": team.second_id, "fullName": "Second Tester", "userType": "User"}
    ]
    assert policies[1]["rawPolicy"]["rules"] == [
        {"key": "billAmount", "opr": ">=", "value": "250.5", "displayName": "250.5"}
    ]


# the approval sequence of a bill


def test_approvers_set_in_v2_are_v3s_and_decide_in_turn(team: Team, mock: Mock) -> None:
    bill_id = team.new_bill()
    team.set_approvers(bill_id, team.first_id, team.second_id)
    v3_bill = team.v3("GET", f"/v3/bills/{bill_id}")
    assert v3_bill["approvalStatus"] == "ASSIGNED"
    assert [(a["userId"], a["status"], a["approverOrder"]) for a in v3_bill["approvers"]] == [
        (team.first_id, "WAITING", 0),
        (team.second_id, "WAITING", 1),
    ]
    pending = team.v3("GET", "/v3/bill-approvals/pending-user-approvals", session=team.first)
    assert [row["billId"] for row in pending["bills"]] == [bill_id]
    record = ap_tables(mock.store).bills[bill_id]
    assert "waiting for approval" in (payment_block(mock.store, record) or "")

    steps = team.approvers(bill_id)
    assert [step["entity"] for step in steps] == ["BillApprover", "BillApprover"]
    assert steps[0]["id"].startswith("0ba")
    assert steps[0]["billid"] == bill_id
    assert team.post("Crud/Read/BillApprover.json", {"id": steps[0]["id"]}) == steps[0]
    [listed] = team.user_approvals(team.first)["approvals"]
    assert (listed["entity"], listed["id"], listed["approvalStatus"]) == ("Bill", bill_id, "1")

    error_code, message = refused(team.decide("Approve", team.second, bill_id))
    assert error_code == "BDC_1145"
    assert team.first_id in message
    assert ok(team.decide("Approve", team.first, bill_id)) == {}
    assert [step["status"] for step in team.approvers(bill_id)] == ["4", "0"]
    assert team.pending_ids(team.first) == []
    assert team.pending_ids(team.first, approvalType="1") == [bill_id]
    assert team.pending_ids(team.second) == [bill_id]
    assert team.user_approvals(team.second)["approvals"][0]["approvalStatus"] == "4"
    assert payment_block(mock.store, record) is not None
    ok(team.decide("Approve", team.second, bill_id))
    assert team.v3("GET", f"/v3/bills/{bill_id}")["approvalStatus"] == "APPROVED"
    assert payment_block(mock.store, record) is None
    assert "waiting for no approval" in refused(team.decide("Approve", team.first, bill_id))[1]


def test_a_denial_stops_the_approval_until_cleared(team: Team, mock: Mock) -> None:
    bill_id = team.new_bill()
    team.set_approvers(bill_id, team.first_id, team.second_id)
    ok(team.decide("Deny", team.first, bill_id))
    assert team.v3("GET", f"/v3/bills/{bill_id}")["approvalStatus"] == "DENIED"
    assert [step["status"] for step in team.approvers(bill_id)] == ["3", "6"]
    assert team.pending_ids(team.first, approvalType="2") == [bill_id]
    assert team.pending_ids(team.second) == []
    assert "denied" in (payment_block(mock.store, ap_tables(mock.store).bills[bill_id]) or "")
    assert "was denied" in refused(team.decide("Approve", team.second, bill_id))[1]
    team.set_approvers(bill_id, team.second_id)  # the denial stands
    assert team.v3("GET", f"/v3/bills/{bill_id}")["approvalStatus"] == "DENIED"

    old_step = team.approvers(bill_id)[0]["id"]
    assert team.post("ClearApprovers.json", {"objectId": bill_id, "entity": "Bill"}) == {}
    assert "approvers" not in team.v3("GET", f"/v3/bills/{bill_id}")
    assert team.approvers(bill_id) == []
    assert code(team.v2.post("Crud/Read/BillApprover.json", team.admin, {"id": old_step})) == "BDC_1119"
    team.set_approvers(bill_id, team.second_id)
    assert team.pending_ids(team.second) == [bill_id]


def test_set_approvers_keeps_those_who_acted(team: Team) -> None:
    bill_id = team.new_bill()
    team.set_approvers(bill_id, team.first_id, team.second_id)
    ok(team.decide("Approve", team.first, bill_id))
    team.set_approvers(bill_id, team.second_id, team.v2.user_id, team.first_id)
    assert [(s["usersId"], s["sortOrder"], s["status"]) for s in team.approvers(bill_id)] == [
        (team.first_id, 0, "4"),
        (team.second_id, 1, "0"),
        (team.v2.user_id, 2, "5"),
    ]


def test_set_approvers_checks_the_users_and_the_document(team: Team) -> None:
    bill_id = team.new_bill()

    def set_approvers(*users: str, object_id: str = bill_id, entity: str = "Bill") -> tuple[str, str]:
        data = {"objectId": object_id, "entity": entity, "approvers": list(users)}
        return refused(team.v2.post("SetApprovers.json", team.admin, data))

    assert "CLERK role" in set_approvers(team.clerk_id)[1]
    assert set_approvers("00602AAAAAAAAAAAAAAA")[0] == "BDC_1119"
    assert "only once" in set_approvers(team.first_id, team.first_id)[1]
    assert set_approvers(team.first_id, object_id=UNKNOWN_BILL) == (
        "BDC_1119",
        f"Invalid field,value: objectId, {UNKNOWN_BILL}.",
    )
    assert set_approvers(team.first_id, entity="VendorCredit")[0] == "BDC_1119"
    team.v3("POST", f"/v3/bills/{bill_id}/archive")
    assert "inactive" in set_approvers(team.first_id)[1]
    assert team.approvers(bill_id) == []
    assert "waiting for no approval" in refused(team.decide("Approve", team.first, bill_id))[1]


# vendor credits


def test_vendor_credit_approvals(team: Team) -> None:
    credit_id = team.new_credit()
    team.set_approvers(credit_id, team.first_id, team.second_id, entity="VendorCredit")
    steps = team.approvers(credit_id, "VendorCredit")
    assert [(s["entity"], s["billid"], s["status"]) for s in steps] == [
        ("VendorCreditApprover", credit_id, "0"),
        ("VendorCreditApprover", credit_id, "5"),
    ]
    read = team.post("Crud/Read/VendorCreditApprover.json", {"id": steps[0]["id"]})
    assert (read["id"], read["vendorCreditId"], read["usersId"]) == (steps[0]["id"], credit_id, team.first_id)
    assert [row["id"] for row in team.post("List/VendorCreditApprover.json", PAGE)] == [s["id"] for s in steps]
    [doc] = team.user_approvals(team.first, entity="VendorCredit")["approvals"]
    assert (doc["entity"], doc["id"], doc["approvalStatus"]) == ("VendorCredit", credit_id, "1")
    assert team.pending_ids(team.first, entity="Bill") == []

    assert code(team.decide("Approve", team.second, credit_id, "VendorCredit")) == "BDC_1145"
    ok(team.decide("Approve", team.first, credit_id, "VendorCredit"))
    assert team.user_approvals(team.second)["approvals"][0]["approvalStatus"] == "4"
    ok(team.decide("Deny", team.second, credit_id, "VendorCredit"))
    assert [s["status"] for s in team.approvers(credit_id, "VendorCredit")] == ["4", "3"]
    assert team.pending_ids(team.second, approvalType="2") == [credit_id]
    assert "was denied" in refused(team.decide("Approve", team.first, credit_id, "VendorCredit"))[1]
    team.post("ClearApprovers.json", {"objectId": credit_id, "entity": "VendorCredit"})
    assert team.approvers(credit_id, "VendorCredit") == []
    assert team.post("List/VendorCreditApprover.json", PAGE) == []


# ListUserApprovals


def test_list_user_approvals_pages_with_a_marker(team: Team) -> None:
    bills = [team.new_bill(number=f"INV-{n}") for n in range(3)]
    for bill_id in bills:
        team.set_approvers(bill_id, team.first_id)
    first = team.user_approvals(team.first, max=2, marker=None)
    assert [doc["id"] for doc in first["approvals"]] == bills[:2]
    second = team.user_approvals(team.first, max=2, marker=first["marker"])
    assert [doc["id"] for doc in second["approvals"]] == bills[2:]
    assert "marker" not in second
    by_admin = team.user_approvals(team.admin, usersId=team.first_id, sort=[{"field": "invoiceNumber", "asc": "false"}])
    assert [doc["id"] for doc in by_admin["approvals"]] == bills[::-1]
    filtered = {"filters": [{"field": "invoiceNumber", "op": "=", "value": "INV-1"}]}
    assert team.pending_ids(team.first, **filtered) == [bills[1]]
    assert team.pending_ids(team.admin) == []
    bad = team.v2.post("ListUserApprovals.json", team.first, {"max": 2, "marker": "nonsense"})
    assert refused(bad)[1].startswith("Invalid field,value: marker, nonsense.")
    unknown_user = team.v2.post("ListUserApprovals.json", team.first, {"max": 2, "usersId": "00602AAAAAAAAAAAAAAA"})
    assert code(unknown_user) == "BDC_1119"
    assert code(team.v2.post("ListUserApprovals.json", team.first, {"marker": None})) == "BDC_1117"


# sync-token sessions


def test_a_token_session_may_write_policies_but_not_approvers_or_decisions(team: Team) -> None:
    token = team.v2.token_session()
    bill_id = team.new_bill()
    obj = {"entity": "ApprovalPolicy", "type": "0", "amountThreshold": 1, "minNumApprovers": 1}
    policy = ok(team.v2.post("Crud/Create/ApprovalPolicy.json", token, {"obj": obj}))
    assert policy["createdById"] == team.v2.user_id
    approver = {"entity": "ApprovalPolicyApprover", "approvalPolicyId": policy["id"], "usersId": team.first_id}
    assert code(team.v2.post("Crud/Create/ApprovalPolicyApprover.json", token, {"obj": approver})) == "BDC_1145"
    data = {"objectId": bill_id, "entity": "Bill", "approvers": [team.first_id]}
    assert code(team.v2.post("SetApprovers.json", token, data)) == "BDC_1145"
    assert team.approvers(bill_id) == []
    team.set_approvers(bill_id, team.v2.user_id)
    assert code(team.decide("Approve", token, bill_id)) == "BDC_1145"
    assert ok(team.v2.post("ListApprovers.json", token, {"objectId": bill_id, "entity": "Bill"}))[0]["status"] == "0"
    assert team.post("List/ApprovalPolicyApprover.json", PAGE, token) == []
