"""Sync-token sessions get the seed's token rights and no more (fail-closed), refused with BDC_1145."""

from __future__ import annotations

import pytest

import bill_spec
from bill_mock.rules import token_access
from tests.mock.v2.support import V2, code, ok, refused

INDEX = bill_spec.v2_index()

ALLOWED = [
    "getSessionInfo",
    "logout",
    "currentTime",
    "uploadAttachment",
    "getDocuments",
    "crudReadUser",
    "listProfile",
    "getProfilePermissions",
    "crudCreateCustomer",
    "crudDeleteCustomerBankAccount",
    "setCustomerAuthorization",
    "crudUpdateInvoice",
    "bulkCrudCreateCreditMemo",
    "recordARPayment",
    "getARSummary",
    "crudCreateVendor",
    "bulkCrudUndeleteVendor",
    "crudReadVendorBankAccount",
    "crudCreateBill",
    "crudUpdateRecurringBill",
    "recordAPPayment",
    "listSentPay",
    "getCheckImageData",
    "crudCreateApprovalPolicy",
    "crudReadApprovalPolicyApprover",
    "listVendorCreditApprover",
    "crudCreateChartOfAccount",
    "crudUndeleteLocation",
    "networkSearch",
    "connectLargeBillerAsVendor",
    "disconnectVendorFromNetwork",
]

DENIED = {
    "sendInvoice": "cannot send invoices",
    "mailInvoice": "cannot mail invoices",
    "payBills": "cannot pay bills",
    "cancelAPPayment": "cannot cancel bill payments",
    "voidAPPayment": "cannot void bill payments",
    "approve": "cannot approve",
    "deny": "cannot deny",
    "setApprovers": "cannot set approvers",
    "clearApprovers": "cannot clear approvers",
    "crudCreateUser": "cannot create users",
    "bulkCrudUpdateUser": "cannot update users",
    "crudDeleteUser": "cannot delete users",
    "crudUndeleteUser": "cannot undelete users",
    "crudCreateApprovalPolicyApprover": "approval policy approvers",
    "bulkCrudDeleteApprovalPolicyApprover": "approval policy approvers",
    "crudUndeleteApprovalPolicyApprover": "approval policy approvers",
    "chargeCustomer": "cannot charge customers",
    "mfaChallenge": "cannot use MFA",
    "mfaStatus": "cannot use MFA",
    "sendMessage": "cannot call sendMessage",
    "setBankBalance": "cannot call setBankBalance",
    "crudReadOrganization": "can list their own organization but not read its details",
    "sendVendorInvite": "cannot send network invitations",
    "crudCreateVendorBankAccount": "cannot add vendor bank accounts",
}


@pytest.mark.parametrize("operation_id", ALLOWED)
def test_what_the_table_allows_tokens_is_allowed(operation_id: str) -> None:
    assert token_access.refusal(INDEX[operation_id]) is None


@pytest.mark.parametrize(("operation_id", "words"), DENIED.items())
def test_what_the_table_denies_tokens_is_refused_with_a_reason(operation_id: str, words: str) -> None:
    reason = token_access.refusal(INDEX[operation_id])
    assert reason is not None
    assert reason.startswith("Sync-token sessions ")
    assert words in reason
    assert "sign in as" in reason.lower()


def test_every_v2_operation_gets_a_decision_and_unknown_objects_are_refused() -> None:
    decisions = {operation.operation_id: token_access.refusal(operation) for operation in INDEX}
    assert len(decisions) == len(INDEX)
    unknown = bill_spec.Operation("newThing", "POST", "/v2/NewThing.json", "x", "report", "read", "organization", ())
    assert token_access.refusal(unknown) is not None
    sneaky = bill_spec.Operation(
        "crudCreateApprovalPolicyApprover", "POST", "/v2/x.json", "x", "approval-policy", "create", "organization", ()
    )
    assert token_access.refusal(sneaky) is not None, "approver writes stay refused even if annotated as policy writes"


def test_a_token_session_is_refused_before_its_data_is_read(v2: V2) -> None:
    session = v2.token_session()
    error_code, message = refused(v2.post("SendInvoice.json", session))
    assert error_code == "BDC_1145"
    assert message == "Sync-token sessions cannot send invoices; sign in as a user to send."


def test_a_token_session_may_work_with_vendors(v2: V2) -> None:
    session = v2.token_session()
    vendor = v2.create_vendor(session, phone="4155550123")
    assert ok(v2.post("Crud/Read/Vendor.json", session, {"id": vendor["id"]}))["phone"] == "4155550123"
    assert [item["id"] for item in ok(v2.post("List/Vendor.json", session, {"start": 0, "max": 10}))] == [vendor["id"]]


def test_a_user_session_is_not_held_to_the_token_table(v2: V2) -> None:
    session = v2.session()
    assert code(v2.post("SendInvoice.json", session)) == "BDC_1117"
    assert ok(v2.post("MFAChallenge.json", session, {}))["challengeId"]
