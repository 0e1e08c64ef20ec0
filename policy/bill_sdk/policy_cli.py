"""bill-policy: check, explain and compare a permission table before a session enforces it.

    bill-policy check [TABLE]                 validate the table and report coverage of the v2, v3 and webhooks APIs
    bill-policy explain OPERATION_ID --kind KIND [--table TABLE] [--api v2|v3|events]
                                              the decision and the entry that made it (exit 0 allowed, 3 denied;
                                              an id in several APIs, e.g. login, is explained in each, and exits
                                              0 when one of them allows it)
    bill-policy diff [TABLE]                  where the table is looser or stricter than BILL's rules (the mock's)

TABLE defaults to the file BILL_PERMISSIONS names, else the table shipped with the SDK.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TextIO, cast

from bill_spec import Operation

from ._table_schema import APIS, KINDS
from .errors import PermissionTableError
from .permissions import ENVIRONMENT_VARIABLE, Decision, PermissionTable, load_permissions, spec_indexes

__all__ = ["EXIT_DENIED", "EXIT_OK", "EXIT_PROBLEM", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_PROBLEM = 1
"""check: the table is invalid or leaves operations uncovered; diff: the table and BILL disagree."""
EXIT_USAGE = 2
"""A wrong command line, an unknown operation, or (diff) the mock's token rules are not installed."""
EXIT_DENIED = 3
"""explain: the table denies the operation to that kind of session (in every API that has it)."""

API_NAMES = {"v2": "v2", "v3": "v3", "events": "webhooks (events)"}
MOCK_RULES = "bill_mock.rules.token_access"
PARTNER_SCOPES = frozenset({"partner", "public", "any"})

Refusal = Callable[[Operation], str | None]


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage or the help
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE
    try:
        table = load_permissions(args.table)
    except PermissionTableError as exc:
        print(f"bill-policy: the permission table is broken: {exc}", file=err)
        return EXIT_PROBLEM
    command: Callable[[argparse.Namespace, PermissionTable, TextIO, TextIO], int] = args.run
    return command(args, table, out, err)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bill-policy",
        description="Check, explain and compare the BILL SDK's permission table.",
        epilog=f"TABLE defaults to ${ENVIRONMENT_VARIABLE}, else the table shipped with the SDK.",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    check = commands.add_parser("check", help="validate a table and report its coverage of the three APIs")
    check.add_argument("table", nargs="?", metavar="TABLE")
    check.set_defaults(run=_check)
    explain = commands.add_parser("explain", help="show the decision for one operation and one kind of session")
    explain.add_argument("operation", metavar="OPERATION_ID")
    explain.add_argument("--kind", required=True, choices=KINDS)
    explain.add_argument("--table", metavar="TABLE")
    explain.add_argument("--api", choices=APIS, help="which API's operation (default: every API that has it)")
    explain.set_defaults(run=_explain)
    diff = commands.add_parser("diff", help="compare a table with BILL's own rules as the mock implements them")
    diff.add_argument("table", nargs="?", metavar="TABLE")
    diff.set_defaults(run=_diff)
    return parser


# -- check -----------------------------------------------------------------------------------------------------


def _check(args: argparse.Namespace, table: PermissionTable, out: TextIO, err: TextIO) -> int:
    coverage = table.coverage()
    print(f"{table.source}: valid", file=out)
    for api in APIS:
        parts = []
        for kind in KINDS:
            allowed = coverage.allowed[(api, kind)]
            parts.append(f"{kind} {allowed} allowed / {coverage.operations[api] - allowed} denied")
        print(f"  {API_NAMES[api]:<18} {coverage.operations[api]:>4} operations: {'; '.join(parts)}", file=out)
    problems = 0
    for name in coverage.missing_objects:
        problems += 1
        print(f"  problem: the specs use object {name!r} and the table has no entry; add objects.{name}", file=err)
    for decision in coverage.defaulted:
        problems += 1
        print(
            f"  problem: {decision.api} {decision.operation} ({decision.bill_object} {decision.action}) falls to "
            f"the fail-closed default for {decision.kind} sessions; add {decision.action} to "
            f"objects.{decision.bill_object}.{decision.kind}.allow or .deny",
            file=err,
        )
    if problems:
        print(f"bill-policy check: {problems} problem(s)", file=err)
        return EXIT_PROBLEM
    total = sum(coverage.operations.values())
    print(f"  all {total} operations have a decision for every session kind, each from an entry; OK", file=out)
    return EXIT_OK


# -- explain ---------------------------------------------------------------------------------------------------


def _explain(args: argparse.Namespace, table: PermissionTable, out: TextIO, err: TextIO) -> int:
    indexes = spec_indexes()
    apis = [args.api] if args.api else [api for api in APIS if args.operation in indexes[api]]
    found = [api for api in apis if args.operation in indexes[api]]
    if not found:
        known = sorted({op.operation_id for api in apis or APIS for op in indexes[api]})
        close = difflib.get_close_matches(args.operation, known, n=3)
        where = f"the {args.api} API" if args.api else "BILL's v2, v3 and webhooks APIs"
        hint = f"; did you mean {', '.join(close)}?" if close else "; operation ids are lowerCamel, e.g. sendInvoice"
        print(f"bill-policy explain: {args.operation!r} is not an operation of {where}{hint}", file=err)
        return EXIT_USAGE
    decisions = [table.decide(api, args.operation, args.kind) for api in found]
    for decision in decisions:
        _print_decision(decision, indexes[decision.api][args.operation], table, out)
    allowed = [decision.api for decision in decisions if decision.allowed]
    if len(decisions) > 1:
        verdict = f"allowed in {', '.join(allowed)}" if allowed else "denied in every API"
        print(f"{args.operation} for a {args.kind} session: {verdict}", file=out)
    return EXIT_OK if allowed else EXIT_DENIED


def _print_decision(decision: Decision, operation: Operation, table: PermissionTable, out: TextIO) -> None:
    verdict = "ALLOWED" if decision.allowed else "DENIED"
    print(f"{API_NAMES[decision.api]} {decision.operation} ({operation.method} {operation.path})", file=out)
    print(f"  object {decision.bill_object}, action {decision.action}, scope {decision.scope}", file=out)
    print(f"  {decision.kind} session: {verdict}", file=out)
    print(f"  {'because' if decision.allowed else 'reason'}: {decision.reason}", file=out)
    if decision.mfa_required:
        print("  MFA: BILL asks for an MFA-trusted session", file=out)
    where = f"{table.source}, line {decision.line}" if decision.line is not None else table.source
    print(f"  entry: {decision.entry} ({where})", file=out)
    if decision.line is not None:
        print(f"  | {table.document.source_line(decision.line).strip()}", file=out)


# -- diff ------------------------------------------------------------------------------------------------------


def _diff(args: argparse.Namespace, table: PermissionTable, out: TextIO, err: TextIO) -> int:
    try:
        module = importlib.import_module(MOCK_RULES)
    except ImportError:
        print(
            f"bill-policy diff: the mock's token rules are not installed ({MOCK_RULES}); install a bill-sdk with "
            "them ('pip install bill-sdk[mock]') to compare the table with BILL's rules",
            file=err,
        )
        return EXIT_USAGE
    refusal = cast(Refusal, module.refusal)
    looser: list[str] = []
    stricter: list[str] = []
    for api, index in spec_indexes().items():
        for operation in index:
            for kind in KINDS:
                decision = table.decide(api, operation.operation_id, kind)
                refused = bill_refusal(api, operation, kind, refusal)
                label = f"{API_NAMES[api]} {operation.operation_id} ({operation.bill_object} {operation.bill_action})"
                if decision.allowed and refused is not None:
                    looser.append(f"  {kind:<8} {label}: BILL refuses: {refused}")
                elif not decision.allowed and refused is None:
                    stricter.append(f"  {kind:<8} {label}: the table denies ({decision.entry}): {decision.reason}")
    print(f"{table.source} against BILL's rules (the mock's {MOCK_RULES} and its partner scope rule)", file=out)
    if looser:
        print(f"looser than BILL: {len(looser)} call(s) the table lets through and BILL will refuse", file=out)
        print("\n".join(looser), file=out)
    if stricter:
        print(f"stricter than BILL: {len(stricter)} call(s) the table stops and BILL would take", file=out)
        print("\n".join(stricter), file=out)
    if not looser and not stricter:
        print("  the table and BILL agree on every operation and session kind", file=out)
        return EXIT_OK
    return EXIT_PROBLEM


def bill_refusal(api: str, operation: Operation, kind: str, token_refusal: Refusal) -> str | None:
    """BILL's answer (as the mock has it) to `kind` calling `operation`: None when allowed, else why not."""
    if kind == "token":
        if api != "v2":
            return "sync-token sessions sign in to BILL's v2 API only"
        return token_refusal(operation)
    if kind == "partner":
        if api != "v3":
            return "partner sessions exist in BILL's v3 API only"
        if operation.scope not in PARTNER_SCOPES:
            return "partner sessions make partner operations only"
        return None
    if operation.scope == "partner":
        return "organization sessions never make partner operations"
    return None


def run() -> None:
    """The console script's entry point."""
    sys.exit(main())


if __name__ == "__main__":
    run()
