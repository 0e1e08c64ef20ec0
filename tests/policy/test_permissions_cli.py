"""bill-policy: check, explain and diff, run in-process (one run through the installed console script)."""

from __future__ import annotations

import io
import subprocess
import sys
import types
from pathlib import Path

import pytest

from bill_sdk.policy_cli import EXIT_DENIED, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, bill_refusal, main
from bill_spec import Operation, v2_index, v3_index

from .permission_support import SHIPPED, edit, line_of

MOCK_RULES = "bill_mock.rules.token_access"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _shipped_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands default to BILL_PERMISSIONS; these tests mean the shipped table unless they say otherwise."""
    monkeypatch.delenv("BILL_PERMISSIONS", raising=False)


# -- check -----------------------------------------------------------------------------------------------------


def test_check_passes_the_shipped_table_with_full_coverage() -> None:
    code, out, err = run("check")
    assert code == EXIT_OK, err
    assert "valid" in out
    for api in ("v2 ", "v3 ", "webhooks (events)"):
        assert api in out
    assert "all 532 operations have a decision for every session kind" in out
    assert err == ""


def test_check_reports_a_broken_table_with_its_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    text = edit("    mfa: true\n", "    mfa: yes please\n")
    broken.write_text(text)
    code, _, err = run("check", str(broken))
    assert code == EXIT_PROBLEM
    assert f"{broken}, line {line_of(text, 'yes please')}: kinds.user.mfa must be true or false" in err


def test_check_reports_uncovered_operations_and_objects(tmp_path: Path) -> None:
    text = edit("      allow: [search, read, connect, disconnect, cancel-invite]", "      allow: [search, read]")
    text = edit("  report:\n    about: Reports such as a vendor's audit trail (v3 only).\n", "", text)
    mine = tmp_path / "mine.yaml"
    mine.write_text(text)
    code, _, err = run("check", str(mine))
    assert code == EXIT_PROBLEM
    assert "object 'report'" in err
    assert "v2 connectLargeBillerAsVendor (network connect) falls to the fail-closed default" in err
    assert "add connect to objects.network.token.allow or .deny" in err


# -- explain ---------------------------------------------------------------------------------------------------

DENIED_TO_TOKENS = [
    "sendInvoice",
    "mailInvoice",
    "payBills",
    "cancelAPPayment",
    "voidAPPayment",
    "approve",
    "deny",
    "setApprovers",
    "crudCreateUser",
    "crudUpdateUser",
    "crudDeleteUser",
    "crudCreateApprovalPolicyApprover",
    "crudDeleteApprovalPolicyApprover",
]
ALLOWED_TO_TOKENS = [
    "crudCreateVendor",
    "crudCreateInvoice",
    "recordARPayment",
    "recordAPPayment",
    "crudCreateCustomer",
    "listBill",
    "crudCreateApprovalPolicy",
    "crudUpdateBill",
    "crudReadUser",
    "uploadAttachment",
    "listChartOfAccount",
    "networkSearch",
]


@pytest.mark.parametrize("operation", DENIED_TO_TOKENS)
def test_explain_denied_to_a_token_session_exits_3(operation: str) -> None:
    code, out, _ = run("explain", operation, "--kind", "token")
    assert code == EXIT_DENIED
    assert "token session: DENIED" in out
    assert "entry: objects." in out


@pytest.mark.parametrize("operation", ALLOWED_TO_TOKENS)
def test_explain_allowed_to_a_token_session_exits_0(operation: str) -> None:
    code, out, _ = run("explain", operation, "--kind", "token")
    assert code == EXIT_OK
    assert "token session: ALLOWED" in out
    assert ".token.allow" in out


def test_explain_prints_the_reason_and_the_line_that_decided() -> None:
    code, out, _ = run("explain", "sendInvoice", "--kind", "token", "--api", "v2")
    assert code == EXIT_DENIED
    line = SHIPPED.decide("v2", "sendInvoice", "token").line
    assert "reason: Sync-token sessions cannot send invoices; sign in as a user to send." in out
    assert f"entry: objects.invoice.token.deny.send ({SHIPPED.source}, line {line})" in out
    assert "| send: Sync-token sessions cannot send invoices" in out
    assert "v3 sendInvoice" not in out, "--api picks one API"


def test_explain_an_operation_of_several_apis_explains_each() -> None:
    code, out, _ = run("explain", "logout", "--kind", "token")
    assert code == EXIT_OK, "allowed where token sessions exist (v2)"
    assert "v2 logout" in out
    assert "v3 logout" in out
    assert "BILL's v2 API only" in out
    assert "logout for a token session: allowed in v2" in out
    code, out, _ = run("explain", "login", "--kind", "partner")
    assert code == EXIT_OK
    assert "allowed in v3" in out


def test_explain_shows_mfa_and_the_scope_rule() -> None:
    code, out, _ = run("explain", "createPayment", "--kind", "user")
    assert code == EXIT_OK
    assert "MFA: BILL asks for an MFA-trusted session" in out
    code, out, _ = run("explain", "createOrganization", "--kind", "user")
    assert code == EXIT_DENIED
    assert "entry: scope.user.reason" in out
    assert "PartnerSession" in out


def test_explain_with_an_edited_table(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    send = "        send: Sync-token sessions cannot send invoices; sign in as a user to send.\n"
    allow = "      allow: [create, read, list, update, delete, undelete, record-payment]"
    mine.write_text(edit(allow, allow[:-1] + ", send]", edit(send, "")))
    code, out, _ = run("explain", "sendInvoice", "--kind", "token", "--table", str(mine), "--api", "v2")
    assert code == EXIT_OK
    assert str(mine) in out


def test_explain_an_unknown_operation_suggests_names() -> None:
    code, _, err = run("explain", "payBill", "--kind", "token")
    assert code == EXIT_USAGE
    assert "did you mean payBills" in err
    code, _, err = run("explain", "payBills", "--kind", "token", "--api", "v3")
    assert code == EXIT_USAGE
    assert "not an operation of the v3 API" in err


def test_a_wrong_command_line_exits_2() -> None:
    assert run("explain", "payBills", "--kind", "robot")[0] == EXIT_USAGE
    assert run("frobnicate")[0] == EXIT_USAGE


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "bill-policy"
    if not script.exists():
        pytest.skip("bill-policy is not installed in this environment (pip install -e .)")
    done = subprocess.run(  # noqa: S603 - our own console script
        [str(script), "explain", "payBills", "--kind", "token"], capture_output=True, text=True, check=False
    )
    assert done.returncode == EXIT_DENIED
    assert "token session: DENIED" in done.stdout


# -- diff ------------------------------------------------------------------------------------------------------


def test_diff_skips_with_a_clear_message_when_the_mocks_token_rules_are_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, MOCK_RULES, None)  # import fails, as it does until the mock ships them
    code, out, err = run("diff")
    assert code == EXIT_USAGE
    assert "the mock's token rules are not installed" in err
    assert out == ""


def fake_rules(monkeypatch: pytest.MonkeyPatch, refused: dict[str, str | None]) -> None:
    """BILL's token rules as the shipped table has them, but for the operations in `refused`."""

    def refusal(operation: Operation) -> str | None:
        if operation.operation_id in refused:
            return refused[operation.operation_id]
        decision = SHIPPED.decide("v2", operation.operation_id, "token")
        return None if decision.allowed else "BDC_1145 token access denied"

    module = types.ModuleType(MOCK_RULES)
    module.refusal = refusal  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, MOCK_RULES, module)


def test_diff_agrees_when_bill_has_the_tables_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_rules(monkeypatch, {})
    code, out, _ = run("diff")
    assert code == EXIT_OK
    assert "agree on every operation" in out


def test_diff_lists_where_the_table_is_looser_or_stricter(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_rules(monkeypatch, {"crudCreateVendor": "BDC_1145 not for tokens", "mailInvoice": None})
    code, out, _ = run("diff")
    assert code == EXIT_PROBLEM
    assert "looser than BILL: 1 call(s)" in out
    assert "token    v2 crudCreateVendor (vendor create): BILL refuses: BDC_1145 not for tokens" in out
    assert "stricter than BILL: 1 call(s)" in out
    assert "token    v2 mailInvoice (invoice mail): the table denies (objects.invoice.token.deny.mail)" in out


def test_diff_uses_the_scope_rule_for_users_and_partners(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_rules(monkeypatch, {})
    mine = tmp_path / "mine.yaml"
    mine.write_text(edit("    scopes: [partner, public, any]\n", "    scopes: [partner, public, any, organization]\n"))
    code, out, _ = run("diff", str(mine))
    assert code == EXIT_PROBLEM
    assert (
        "partner  v3 createVendor (vendor create): BILL refuses: partner sessions make partner operations only" in out
    )
    assert "\n  user " not in out, "users keep to the scope rule"
    assert "stricter" not in out


def never(operation: Operation) -> str | None:
    """Token rules that refuse nothing, to look at the scope rule alone."""
    return None


def test_bill_refusal_follows_the_seeds_scope_rule() -> None:
    v2, v3 = v2_index(), v3_index()
    assert bill_refusal("v3", v3["createOrganization"], "user", never) is not None
    assert bill_refusal("v3", v3["createOrganization"], "partner", never) is None
    assert bill_refusal("v3", v3["createVendor"], "partner", never) is not None
    assert bill_refusal("v2", v2["crudCreateVendor"], "partner", never) is not None
    assert bill_refusal("v3", v3["createVendor"], "token", never) is not None
    assert bill_refusal("v2", v2["crudCreateVendor"], "token", never) is None
