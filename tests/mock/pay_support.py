"""Helpers for the payments, funding-account, bill-approval and document tests.

`Payer` holds one organization session, MFA-trusted on request, and makes the vendors, bills and bank
accounts those tests start from. Every success reply that passes through it is checked against the
spec's response schema (spec_body).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from bill_mock import MockClock
from tests.mock.support import Bill, error_code, error_message, spec_body

ADDRESS = {
    "line1": "1 Music Row",
    "city": "Nashville",
    "stateOrProvince": "TN",
    "zipOrPostalCode": "37203",
    "country": "US",
}
DAY = 86_400


class Payer:
    """One organization session and the calls these tests repeat."""

    def __init__(
        self,
        bill: Bill,
        sign_in: Callable[[], dict[str, str]] | None = None,
        *,
        user_id: str | None = None,
        trusted: bool = True,
    ) -> None:
        self.bill = bill
        self._sign_in = sign_in or bill.org_headers
        self.headers = self._sign_in()
        self.user_id: str = user_id or bill.org["userId"]
        if trusted:
            self.trust()

    @property
    def sandbox(self) -> dict[str, Any]:
        return self.bill.sandbox

    def trust(self) -> None:
        """Makes the session MFA-trusted by validating a challenge with the sandbox's code."""
        challenge = self.ok("POST", "/v3/mfa/challenge", json={})
        body = {"challengeId": challenge["challengeId"], "token": self.sandbox["mfa"]["token"]}
        self.ok("POST", "/v3/mfa/challenge/validate", json=body)

    def later(self, clock: MockClock, seconds: float) -> None:
        """Moves the mock clock on; past BILL's 35 idle minutes, signs in again and trusts the new session."""
        clock.advance(seconds)
        if seconds >= 35 * 60:
            self.headers = self._sign_in()
            self.trust()

    def call(self, method: str, path: str, headers: dict[str, str] | None = None, **kwargs: Any) -> httpx.Response:
        """A call with the session's credentials, plus any other headers given."""
        return self.bill.call(method, path, {**self.headers, **(headers or {})}, **kwargs)

    def ok(self, method: str, path: str, status: int = 200, **kwargs: Any) -> Any:
        """The checked body of a call that must succeed with `status`."""
        response = self.call(method, path, **kwargs)
        assert response.status_code == status, response.text
        return spec_body(response)

    def refused(self, method: str, path: str, status: int = 400, code: str = "BDC_1119", **kwargs: Any) -> str:
        """The message of a call that must fail with `status` and `code`."""
        response = self.call(method, path, **kwargs)
        assert response.status_code == status, response.text
        assert error_code(response) == code, response.text
        return error_message(response)

    # what the tests start from

    def vendor(self, name: str = "Happy Music Supplies", **fields: Any) -> dict[str, Any]:
        vendor: dict[str, Any] = self.ok("POST", "/v3/vendors", 201, json={"name": name, "address": ADDRESS, **fields})
        return vendor

    def new_bill(self, vendor_id: str, *amounts: float, **fields: Any) -> dict[str, Any]:
        body = {
            "vendorId": vendor_id,
            "dueDate": "2026-02-01",
            "invoice": {"invoiceNumber": f"INV-{len(amounts)}-{sum(amounts)}", "invoiceDate": "2026-01-01"},
            "billLineItems": [{"amount": amount} for amount in amounts or (100,)],
            **fields,
        }
        created: dict[str, Any] = self.ok("POST", "/v3/bills", 201, json=body)
        return created

    def get_bill(self, bill_id: str) -> dict[str, Any]:
        found: dict[str, Any] = self.ok("GET", f"/v3/bills/{bill_id}")
        return found

    def bank_account(self, *, verified: bool = True, **fields: Any) -> dict[str, Any]:
        """A bank account of the sandbox's test numbers, verified with the sandbox deposit unless told not to."""
        sandbox = self.sandbox["bankAccount"]
        body = {
            "nameOnAccount": "Sandbox Company",
            "routingNumber": sandbox["routingNumber"],
            "accountNumber": sandbox["accountNumber"],
            "type": "CHECKING",
            "ownerType": "BUSINESS",
            "bankName": "Sandbox Bank",
            **fields,
        }
        account: dict[str, Any] = self.ok("POST", "/v3/funding-accounts/banks", 201, json=body)
        if verified:
            deposit = {"depositAmount": sandbox["depositAmount"]}
            assert self.ok("POST", f"/v3/funding-accounts/banks/{account['id']}/verify", json=deposit) == {
                "verified": True
            }
            account = self.ok("GET", f"/v3/funding-accounts/banks/{account['id']}")
        return account

    @classmethod
    def partner_user(
        cls, bill: Bill, role_type: str = "ADMINISTRATOR", username: str | None = None, *, trusted: bool = True
    ) -> Payer:
        """A trusted session of a user of the partner's client organization (where users can be made with any
        role): the seeded administrator, or a new user `username` with the role of that type."""
        partner = bill.partner_headers()
        if username is None:
            user_id = bill.partner["userId"]
        else:
            roles = bill.call("GET", "/v3/partner/roles", partner, params={"max": 100}).json()["results"]
            role_id = next(role["id"] for role in roles if role["type"] == role_type)
            user_id = bill.create_user(partner, username, roleId=role_id)["id"]
        payer = cls(bill, lambda: bill.login_as(bill.partner_headers(), user_id), user_id=user_id, trusted=False)
        setup = payer.ok("POST", "/v3/mfa/setup", json={"phone": "4155550199", "type": "TEXT"})
        token = bill.sandbox["mfa"]["token"]
        payer.ok("POST", "/v3/mfa/setup/validate", json={"setupId": setup["setupId"], "type": "TEXT", "token": token})
        if trusted:
            payer.trust()
        return payer
