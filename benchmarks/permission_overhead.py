"""Per-call cost of the permission table over the generated client, against an in-memory transport.

Run: .venv/bin/python benchmarks/permission_overhead.py [CALLS]

For v2 (a sync-token session reading a vendor) and v3 (an organization session reading a vendor) it prints:
- the generated function over a bare generated client (no policy layer at all);
- the same call through a session (identification, the table, credentials, limits, envelope/error checks);
- the same session with the table's check switched off (runs interleaved with the enforced ones), so the
  difference is the enforcement in place; it is below the run-to-run noise of a whole call;
- the table's check by itself (operation already identified): one dict lookup, the precise figure.
Figures are the best of 5 runs, in microseconds per call; nothing here is asserted.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

from bill_sdk import NO_RETRY, InFlightLimiter, OrgSession
from bill_sdk.permissions import PermissionGate, load_permissions
from bill_sdk.v2 import TokenSession, form
from bill_spec import v2_index, v3_index
from bill_v2 import Client as V2Client
from bill_v2.api.vendors import crud_read_vendor
from bill_v2.models import DataForm
from bill_v3 import AuthenticatedClient
from bill_v3.api.vendors import get_vendor

VENDOR_ID = "00901GYCSRGZVFZ2r8ar"
V2_VENDOR = {"entity": "Vendor", "id": VENDOR_ID, "name": "Acme"}
V3_VENDOR = {"id": VENDOR_ID, "name": "Acme"}
ORG = "00802AAAAAAAAAAAAAAA"
REPEATS = 5


def v2_bill(request: httpx.Request) -> httpx.Response:
    data = {"sessionId": "s1", "orgId": ORG, "apiEndPoint": "x", "usersId": "u"}
    if not request.url.path.endswith("/Login.json"):
        data = V2_VENDOR
    return httpx.Response(200, json={"response_status": 0, "response_message": "Success", "response_data": data})


def v3_bill(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/v3/login"):
        return httpx.Response(200, json={"sessionId": "s1", "organizationId": ORG, "userId": "u", "trusted": False})
    return httpx.Response(200, json=V3_VENDOR)


def best_per_call(call: Callable[[], object], calls: int, repeats: int = REPEATS) -> float:
    """Microseconds per call, the best of `repeats` runs of `calls` calls."""
    call()  # warm up: sign-in, caches
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(calls):
            call()
        best = min(best, (time.perf_counter() - started) / calls)
    return best * 1e6


def best_on_and_off(call: Callable[[], object], calls: int) -> tuple[float, float]:
    """Microseconds per call with the table enforced and with its check off, runs interleaved against drift."""
    call()
    on = off = float("inf")
    for _ in range(REPEATS):
        on = min(on, best_per_call(call, calls, repeats=1))
        with enforcement_off():
            off = min(off, best_per_call(call, calls, repeats=1))
    return on, off


@contextmanager
def enforcement_off() -> Iterator[None]:
    """The session's table check replaced by a no-op, to measure what it costs in place."""
    check, check_unknown = PermissionGate.check, PermissionGate.check_unknown
    PermissionGate.check = lambda self, operation: None  # type: ignore[method-assign]
    PermissionGate.check_unknown = lambda self, request_line: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        PermissionGate.check, PermissionGate.check_unknown = check, check_unknown  # type: ignore[method-assign]


def rows(
    bare: Callable[[], object], session: Callable[[], object], check: Callable[[], object], kind: str, calls: int
) -> list[tuple[str, float]]:
    on, off = best_on_and_off(session, calls)
    return [
        ("generated client, no policy layer", best_per_call(bare, calls)),
        (f"{kind} session (table enforced)", on),
        (f"{kind} session, table check off", off),
        ("table check alone (one lookup)", best_per_call(check, calls * 50)),
    ]


def v2_rows(calls: int) -> list[tuple[str, float]]:
    body: DataForm = form({"id": VENDOR_ID})
    bare = V2Client(base_url="https://bill.test/api", httpx_args={"transport": httpx.MockTransport(v2_bill)})
    session = TokenSession(
        "https://bill.test/api",
        dev_key="dev",
        token_name="erp",  # noqa: S106 - a benchmark's stand-in
        token="tok",  # noqa: S106 - a benchmark's stand-in
        organization_id=ORG,
        httpx_args={"transport": httpx.MockTransport(v2_bill)},
        limiter=InFlightLimiter(),
        retry=NO_RETRY,
    )
    gate = PermissionGate(load_permissions(), "v2", "token")
    operation = v2_index()["crudReadVendor"]
    with session:
        return rows(
            lambda: crud_read_vendor.sync(client=bare, body=body),
            lambda: crud_read_vendor.sync(client=session.client, body=body),
            lambda: gate.check(operation),
            "token",
            calls,
        )


def v3_rows(calls: int) -> list[tuple[str, float]]:
    bare = AuthenticatedClient(
        base_url="https://bill.test/connect",
        token="s1",  # noqa: S106 - a benchmark's stand-in
        httpx_args={"transport": httpx.MockTransport(v3_bill)},
    )
    session = OrgSession(
        "https://bill.test/connect",
        dev_key="dev",
        username="ada",
        password="pw",  # noqa: S106 - a benchmark's stand-in
        organization_id=ORG,
        httpx_args={"transport": httpx.MockTransport(v3_bill)},
        limiter=InFlightLimiter(),
        retry=NO_RETRY,
    )
    gate = PermissionGate(load_permissions(), "v3", "user")
    operation = v3_index()["getVendor"]
    with session:
        return rows(
            lambda: get_vendor.sync(VENDOR_ID, client=bare),
            lambda: get_vendor.sync(VENDOR_ID, client=session.client),
            lambda: gate.check(operation),
            "org",
            calls,
        )


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    for title, rows in (("v2 crudReadVendor", v2_rows(calls)), ("v3 getVendor", v3_rows(calls))):
        print(f"{title} ({calls} calls, best of {REPEATS}):")
        for label, micros in rows:
            print(f"  {label:<36} {micros:>9.2f} us/call")
        enforced, off = rows[1][1], rows[2][1]
        print(f"  {'enforcement in place (difference)':<36} {enforced - off:>9.2f} us/call")


if __name__ == "__main__":
    main()
