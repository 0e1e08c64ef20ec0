"""The permission table: every operation gets a decision, the seed's token table holds line by line, and a
broken table is refused with one error that names the file, the line and the fix."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from bill_sdk import PermissionDenied, PermissionTableError
from bill_sdk.permissions import (
    ENVIRONMENT_VARIABLE,
    KINDS,
    PermissionGate,
    PermissionTable,
    load_permissions,
    spec_vocabulary,
)

from .permission_support import INDEXES, SHIPPED, SHIPPED_TEXT, V2, edit, line_of, table

# -- coverage ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("api", sorted(INDEXES))
def test_every_operation_gets_a_decision_for_every_session_kind(api: str) -> None:
    for operation in INDEXES[api]:
        by_kind = SHIPPED.decisions[(api, operation.operation_id)]
        assert set(by_kind) == set(KINDS)
        for kind, decision in by_kind.items():
            assert (decision.api, decision.kind, decision.operation) == (api, kind, operation.operation_id)
            assert decision.entry, "every decision names the entry that made it"
            assert decision.reason
            if not decision.allowed:
                assert decision.line is not None, "a denial points at a line of the table"


def test_the_shipped_table_covers_every_object_and_leaves_nothing_to_the_fail_closed_default() -> None:
    coverage = SHIPPED.coverage()
    assert coverage.missing_objects == ()
    assert coverage.defaulted == ()
    assert coverage.complete
    assert sum(coverage.operations.values()) == len(SHIPPED.decisions)


def test_token_sessions_exist_in_v2_only_and_partner_sessions_in_v3_only() -> None:
    for (api, operation_id), by_kind in SHIPPED.decisions.items():
        if api != "v2":
            assert not by_kind["token"].allowed
            assert by_kind["token"].entry == "kinds.token.not-in-api"
            assert "v2 API only" in by_kind["token"].reason
        if api != "v3":
            assert not by_kind["partner"].allowed, operation_id
            assert by_kind["partner"].entry == "kinds.partner.not-in-api"


@pytest.mark.parametrize("api", ["v3", "events"])
def test_the_scope_rule_partners_make_partner_operations_only_and_organizations_never(api: str) -> None:
    for operation in INDEXES[api]:
        user = SHIPPED.decide(api, operation.operation_id, "user")
        partner = SHIPPED.decide(api, operation.operation_id, "partner")
        assert user.allowed == (operation.scope != "partner"), operation.operation_id
        if api == "v3":
            assert partner.allowed == (operation.scope in {"partner", "public", "any"}), operation.operation_id
        if operation.scope == "partner":
            assert "PartnerSession" in user.reason
        elif api == "v3" and operation.scope == "organization":
            assert "login_as_user" in partner.reason


def test_mfa_protected_operations_are_marked_and_denied_to_tokens_with_the_reason() -> None:
    protected = {
        ("v2", "payBills"),
        ("v2", "sendInvite"),
        ("v2", "sendVendorInvite"),
        ("v2", "crudCreateVendorBankAccount"),
        ("v2", "bulkCrudCreateVendorBankAccount"),
        ("v2", "crudDeleteVendorBankAccount"),
        ("v2", "bulkCrudDeleteVendorBankAccount"),
        ("v3", "createPayment"),
        ("v3", "createBulkPayment"),
        ("v3", "createVendorBankAccount"),
        ("v3", "deleteVendorBankAccount"),
        ("v3", "createVendorInvitation"),
        ("v3", "createCustomerInvitation"),
        ("v3", "inviteVendorNotInBillNetwork"),
        ("v3", "createBankAccount"),
    }
    marked = {(d.api, d.operation) for d in SHIPPED if d.kind == "user" and d.mfa_required}
    assert marked == protected
    for api, operation_id in protected:
        assert SHIPPED.decide(api, operation_id, "user").allowed, "users can get MFA; BILL checks the trust"
        token = SHIPPED.decide(api, operation_id, "token")
        assert not token.allowed
        if api == "v2":
            assert "MFA" in token.reason


def test_idle_timeouts_per_kind() -> None:
    assert SHIPPED.idle_timeout("user") == 35 * 60
    assert SHIPPED.idle_timeout("partner") == 35 * 60
    assert SHIPPED.idle_timeout("token") is None, "the seed: a token's session never expires"
    assert SHIPPED.idle_timeout_alternatives == {"token": 48 * 3600}


# -- the seed's token table, line by line ----------------------------------------------------------------------


def crud(*entities: str) -> tuple[str, ...]:
    """Every v2 Crud/Bulk/List operation on these entities."""
    pattern = re.compile(
        rf"(bulkCrud|crud)(Create|Read|Update|Delete|Undelete)({'|'.join(entities)})|list({'|'.join(entities)})"
    )
    found = tuple(op.operation_id for op in V2 if pattern.fullmatch(op.operation_id))
    assert found, entities
    return found


@dataclass(frozen=True)
class SeedLine:
    """One line of BILL's token table, as v2 operations (the fact sheet's §3k mapping)."""

    name: str
    allowed: tuple[str, ...]
    denied: tuple[str, ...] = ()
    """What the line's 'Access not available' column names; () for its '-'."""
    mfa: tuple[str, ...] = ()
    """Granted by the line but MFA-protected, which no token session can be."""


SEED = [
    SeedLine("Organization", allowed=("listOrgs",)),
    SeedLine("Managing documents", allowed=("uploadAttachment", "getDocumentPages", "getDocuments")),
    SeedLine(
        "User",
        allowed=("crudReadUser", "listUser", "crudReadProfile", "listProfile", "getProfilePermissions"),
        denied=(
            "crudCreateUser",
            "bulkCrudCreateUser",
            "crudUpdateUser",
            "bulkCrudUpdateUser",
            "crudDeleteUser",
            "bulkCrudDeleteUser",
        ),
    ),
    SeedLine(
        "Customer",
        allowed=(*crud("Customer", "CustomerContact", "CustomerBankAccount"), "setCustomerAuthorization"),
    ),
    SeedLine(
        "Invoice",
        allowed=(*crud("Invoice", "RecurringInvoice", "CreditMemo"), "recordARPayment"),
        denied=("sendInvoice", "mailInvoice"),
    ),
    SeedLine("AR transactions data", allowed=(*crud("InvoiceCredit", "ReceivedPay", "RPConvFee"), "getARSummary")),
    SeedLine(
        "Vendor",
        allowed=(*crud("Vendor"), "crudReadVendorBankAccount", "listVendorBankAccount"),
        mfa=(
            "crudCreateVendorBankAccount",
            "bulkCrudCreateVendorBankAccount",
            "crudDeleteVendorBankAccount",
            "bulkCrudDeleteVendorBankAccount",
        ),
    ),
    SeedLine(
        "Bill",
        allowed=(*crud("Bill", "RecurringBill", "VendorCredit"), "recordAPPayment"),
        denied=("payBills", "cancelAPPayment", "voidAPPayment"),
    ),
    SeedLine(
        "AP transactions data",
        allowed=(
            *crud("BillCredit", "SentPay", "BillPay"),
            "getDisbursementData",
            "getCheckImageData",
            "getAPSummary",
        ),
    ),
    SeedLine(
        "Approval policy",
        allowed=(
            *crud("ApprovalPolicy"),
            "crudReadApprovalPolicyApprover",
            "listApprovalPolicyApprover",
            "crudReadVendorCreditApprover",
            "listVendorCreditApprover",
            "crudReadBillApprover",
        ),
        denied=(
            "approve",
            "deny",
            "crudCreateApprovalPolicyApprover",
            "bulkCrudCreateApprovalPolicyApprover",
            "crudDeleteApprovalPolicyApprover",
            "bulkCrudDeleteApprovalPolicyApprover",
            "setApprovers",
        ),
    ),
    SeedLine(
        "Accounts tracking",
        allowed=tuple(op.operation_id for op in V2 if op.bill_object == "accounts-tracking"),
    ),
    SeedLine(
        "Network operations",
        allowed=(
            "networkSearch",
            "largeBillerSearch",
            "getLargeBillerPaymentAddress",
            "connectLargeBillerAsVendor",
            "getNetworkStatus",
            "cancelInvite",
            "disconnectCustomerFromNetwork",
            "disconnectVendorFromNetwork",
        ),
        mfa=("sendInvite", "sendVendorInvite"),
    ),
]

BEYOND_THE_SEED = {
    # What the seed's lines do not name and the fail-closed table denies to tokens, each with its reason.
    "crudReadOrganization",
    "getEntityMetadata",
    "getObjectUrl",
    "searchEntity",
    "sendMessage",
    "listMessage",
    "crudUndeleteUser",
    "bulkCrudUndeleteUser",
    "chargeCustomer",
    "clearApprovers",
    "crudUndeleteApprovalPolicyApprover",
    "bulkCrudUndeleteApprovalPolicyApprover",
}


@pytest.mark.parametrize("line", SEED, ids=lambda line: line.name)
def test_seed_line_allowed(line: SeedLine) -> None:
    for operation_id in line.allowed:
        decision = SHIPPED.decide("v2", operation_id, "token")
        assert decision.allowed, f"{line.name}: {operation_id} -> {decision.reason}"
        assert decision.entry.startswith("objects."), "allowed by an entry, not by accident"


@pytest.mark.parametrize("line", SEED, ids=lambda line: line.name)
def test_seed_line_denied(line: SeedLine) -> None:
    for operation_id in line.denied:
        decision = SHIPPED.decide("v2", operation_id, "token")
        assert not decision.allowed, f"{line.name}: {operation_id} must be denied"
        assert re.fullmatch(r"objects\.[a-z-]+\.token\.deny\.[a-z-]+", decision.entry), decision.entry
        assert "sign in as" in decision.reason, "a denial says what to do instead"
    for operation_id in line.mfa:
        decision = SHIPPED.decide("v2", operation_id, "token")
        assert not decision.allowed
        assert decision.mfa_required
        assert "MFA" in decision.reason
    granted = set(line.allowed)
    assert not granted & {d.operation for d in SHIPPED if d.api == "v2" and d.kind == "token" and not d.allowed}


def test_tokens_are_denied_exactly_what_the_seed_denies_plus_mfa_plus_the_named_fail_closed_rest() -> None:
    seed_objects = {"organization", "document", "user", "customer", "invoice", "ar-transactions", "vendor", "bill"}
    seed_objects |= {"ap-transactions", "approval-policy", "accounts-tracking", "network"}
    denied = {
        op.operation_id
        for op in V2
        if op.bill_object in seed_objects and not SHIPPED.decide("v2", op.operation_id, "token").allowed
    }
    expected = {name for line in SEED for name in (*line.denied, *line.mfa)} | BEYOND_THE_SEED
    assert denied == expected


@pytest.mark.parametrize(
    ("operation_id", "words"),
    [
        ("sendInvoice", "cannot send invoices; sign in as a user to send"),
        ("mailInvoice", "cannot mail invoices"),
        ("crudCreateUser", "cannot create users"),
    ],
)
def test_denials_read_like_advice(operation_id: str, words: str) -> None:
    assert words in SHIPPED.decide("v2", operation_id, "token").reason


def test_objects_outside_the_seed_have_entries_and_reasons() -> None:
    session = [SHIPPED.decide("v2", name, "token") for name in ("login", "logout", "getSessionInfo", "currentTime")]
    assert all(decision.allowed for decision in session)
    mfa = SHIPPED.decide("v2", "mfaChallenge", "token")
    assert not mfa.allowed
    assert "cannot use MFA" in mfa.reason
    assert not SHIPPED.decide("v2", "listBankAccount", "token").allowed
    assert SHIPPED.decide("v3", "getHealthCheck", "partner").allowed, "public: no session kind is kept out"
    assert SHIPPED.decide("events", "createSubscription", "user").allowed


# -- validation ------------------------------------------------------------------------------------------------

INVOICE_ALLOW = "      allow: [create, read, list, update, delete, undelete, record-payment]"
SEND = "        send: Sync-token sessions cannot send invoices; sign in as a user to send."


@dataclass(frozen=True)
class Mistake:
    name: str
    text: str
    line: int
    says: tuple[str, ...]


def mistake(name: str, old: str, new: str, at: str, *says: str, occurrence: int = 1) -> Mistake:
    text = edit(old, new)
    return Mistake(name, text, line_of(text, at, occurrence), says)


MISTAKES = [
    mistake(
        "unknown object", "  vendor:\n", "  vendr:\n", "  vendr:", "unknown object 'vendr'", "did you mean 'vendor'"
    ),
    mistake(
        "unknown action",
        INVOICE_ALLOW,
        INVOICE_ALLOW.replace("update", "sned"),
        "sned",
        "unknown action of invoice 'sned'",
        "use one of",
    ),
    mistake(
        "unknown action denied",
        SEND,
        SEND.replace("send:", "snd:"),
        "snd:",
        "unknown action of invoice 'snd'",
        "did you mean 'send'",
    ),
    mistake(
        "unknown session kind in an object",
        "    token:\n      allow: [upload, read, list]",
        "    tokn:\n      allow: [upload, read, list]",
        "tokn:",
        "unknown session kind or field 'tokn'",
        "did you mean 'token'",
    ),
    mistake(
        "unknown session kind",
        "  partner:\n    about:",
        "  partners:\n    about:",
        "partners:",
        "unknown session kind 'partners'",
    ),
    mistake("a key twice", SEND, f"{SEND}\n{SEND}", "send:", "given twice (first on line", "keep one", occurrence=2),
    mistake(
        "allowed and denied",
        INVOICE_ALLOW,
        INVOICE_ALLOW.replace("record-payment]", "record-payment, send]"),
        INVOICE_ALLOW.replace("record-payment]", "record-payment, send]"),
        "both allows and denies 'send'",
        "not both",
    ),
    mistake(
        "a flag as text", "    mfa: true\n", "    mfa: maybe\n", "mfa: maybe", "kinds.user.mfa must be true or false"
    ),
    mistake("a list as text", "    apis: [v2]\n", "    apis: v2\n", "apis: v2", "kinds.token.apis must be a list"),
    mistake("an unknown API", "    apis: [v3]\n", "    apis: [v4]\n", "apis: [v4]", "unknown API 'v4'"),
    mistake("the wrong version", "version: 1\n", "version: 2\n", "version: 2", "version must be 1"),
    mistake(
        "a duration",
        "  partner:\n    about: A BILL partner signed in with an app key (v3 PartnerSession); it creates "
        "organizations and users.\n    apis: [v3]\n    idle-timeout: 35m",
        "  partner:\n    about: A BILL partner signed in with an app key (v3 PartnerSession); it creates "
        "organizations and users.\n    apis: [v3]\n    idle-timeout: 35 minutes",
        "35 minutes",
        "not a duration",
        "35m, 48h",
    ),
    mistake(
        "a placeholder the table does not fill",
        SEND,
        SEND.replace("invoices;", "invoices for {user};"),
        "{user}",
        "uses {user}",
        "use only {action}",
    ),
    mistake("YAML syntax", "    mfa: true\n", "    mfa: true: false\n", "mfa: true: false", "not valid YAML", "colon"),
    mistake("a missing field", "    default: deny\n", "", "  token:", "kinds.token lacks 'default'", occurrence=1),
    mistake(
        "a reasonless fail-closed default",
        "    default-reason: >-\n",
        "    about-reason: >-\n",
        "about-reason",
        "unknown key 'about-reason'",
    ),
    mistake(
        "an undefined alias",
        "      allow: [read, list, record-payment]\n",
        "      allow: *x\n",
        "allow: *x",
        "not valid YAML",
    ),
    mistake(
        "a type",
        "    mfa: false\n    default: allow",
        "    mfa: !!binary aGk=\n    default: allow",
        "!!binary",
        "YAML type",
    ),
]


@pytest.mark.parametrize("case", MISTAKES, ids=lambda case: case.name)
def test_a_mistake_raises_one_error_naming_file_line_and_fix(case: Mistake) -> None:
    with pytest.raises(PermissionTableError) as raised:
        table(case.text, "my-permissions.yaml")
    message = str(raised.value)
    assert message.startswith(f"my-permissions.yaml, line {case.line}: "), message
    for words in case.says:
        assert words in message
    assert "Fix: " in message
    assert raised.value.line == case.line


def test_an_mfa_action_allowed_to_tokens_is_a_contradiction() -> None:
    text = edit("        create-bank-account: >-\n", "        update: >-\n")
    text = edit(
        "      allow: [create, read, list, update, delete, undelete]\n      deny:\n        update: >-",
        "      allow: [create, read, list, delete, undelete, create-bank-account]\n      deny:\n        update: >-",
        text,
    )
    with pytest.raises(PermissionTableError, match=r"allows 'create-bank-account', which objects.vendor.mfa-required"):
        table(text)


def test_an_anchor_and_alias_repeating_a_value_is_refused() -> None:
    users = "      allow: [read, list]\n      deny:\n        create: Sync-token sessions cannot create users"
    text = edit(users, users.replace("[read, list]", "&reads [read, list]"))
    text = edit("      allow: [read, list, record-payment]\n", "      allow: *reads\n", text)
    with pytest.raises(PermissionTableError, match="alias"):
        table(text)


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b"", "the file is empty"),
        (SHIPPED_TEXT.encode()[:200] + b"\xff\xfe" + SHIPPED_TEXT.encode()[200:], "not UTF-8"),
        (b"- a\n- b\n", "the top level must be a mapping"),
        (b"version: 1\n---\nversion: 1\n", "not valid YAML"),
    ],
)
def test_whole_file_mistakes(raw: bytes, says: str) -> None:
    with pytest.raises(PermissionTableError, match=says):
        table(raw)


# -- loading ---------------------------------------------------------------------------------------------------


def test_the_environment_variable_points_at_a_users_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(edit(SEND, SEND.replace("send:", "# send:")).replace(INVOICE_ALLOW, INVOICE_ALLOW[:-1] + ", send]"))
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(mine))
    loaded = load_permissions()
    assert loaded.source == str(mine)
    assert loaded.decide("v2", "sendInvoice", "token").allowed
    assert load_permissions() is loaded, "compiled once while the file is unchanged"
    monkeypatch.delenv(ENVIRONMENT_VARIABLE)
    assert not load_permissions().decide("v2", "sendInvoice", "token").allowed


def test_a_missing_or_broken_table_fails_before_any_session_exists(tmp_path: Path) -> None:
    with pytest.raises(PermissionTableError, match=r"missing\.yaml: the table cannot be read"):
        load_permissions(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text(SHIPPED_TEXT.replace("version: 1", "version: one"))
    with pytest.raises(PermissionTableError, match=r"broken\.yaml, line \d+: version must be 1"):
        load_permissions(broken)


def test_a_loaded_table_passes_through_and_the_vocabulary_comes_from_the_specs() -> None:
    assert load_permissions(SHIPPED) is SHIPPED
    vocabulary = spec_vocabulary()
    assert "create-bank-account" in vocabulary["vendor"]
    assert "webhook" in vocabulary
    assert isinstance(PermissionTable.from_text(SHIPPED_TEXT), PermissionTable)


def test_a_fail_closed_default_needs_a_reason() -> None:
    document = yaml.safe_load(SHIPPED_TEXT)
    del document["kinds"]["token"]["default-reason"]
    with pytest.raises(PermissionTableError, match=r"kinds\.token\.default is deny but no default-reason says why"):
        table(yaml.safe_dump(document, sort_keys=False))


def test_a_gate_refuses_unknown_requests_only_for_fail_closed_kinds() -> None:
    PermissionGate(SHIPPED, "v2", "user").check_unknown("POST /v2/Unknown.json")
    with pytest.raises(PermissionDenied, match="fail-closed") as raised:
        PermissionGate(SHIPPED, "v2", "token").check_unknown("POST /v2/Unknown.json")
    assert raised.value.session_kind == "token"
    with pytest.raises(ValueError, match="no decisions"):
        PermissionGate(SHIPPED, "v4", "token")
