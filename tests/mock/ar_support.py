"""Helpers for the AR tests (customers, invoices, credit memos, recurring invoices, received payments).

Every success reply that passes through `Ar` is checked against the spec's response schema (spec_body).
"""

from __future__ import annotations

from typing import Any

import httpx

from bill_mock import MockClock
from tests.mock.support import Bill, error_code, error_message, spec_body

ADDRESS = {
    "line1": "987 Side Street",
    "city": "San Jose",
    "stateOrProvince": "CA",
    "zipOrPostalCode": "95002",
    "country": "US",
}
BANK_ACCOUNT = {
    "nameOnAccount": "Check Mailworth",
    "routingNumber": "074000010",
    "accountNumber": "111222333",
    "type": "CHECKING",
    "ownerType": "BUSINESS",
}
LINES = [{"quantity": 2, "price": 14.99, "description": "Drum sticks"}, {"quantity": 1, "price": 50}]
"""79.98 in all."""


class Ar:
    """One organization session and the AR calls the tests repeat."""

    def __init__(self, bill: Bill, headers: dict[str, str] | None = None) -> None:
        self.bill = bill
        self.headers = headers if headers is not None else bill.org_headers()

    def later(self, clock: MockClock, days: int) -> None:
        """Moves the mock's clock on by whole days and signs in again, since the session idles out in 35 minutes."""
        clock.advance(days * 86_400)
        self.headers = self.bill.org_headers()

    def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self.bill.call(method, path, self.headers, **kwargs)

    def ok(self, method: str, path: str, status: int = 200, **kwargs: Any) -> Any:
        """The checked body of a call that must succeed with `status`."""
        response = self.call(method, path, **kwargs)
        assert response.status_code == status, response.text
        return spec_body(response)

    def refused(self, method: str, path: str, status: int = 400, code: str = "BDC_1119", **kwargs: Any) -> str:
        """The message of a call that must fail with `status` and `code`; nothing secret or internal in it."""
        response = self.call(method, path, **kwargs)
        assert response.status_code == status, response.text
        assert error_code(response) == code, response.text
        return error_message(response)

    def customer(self, name: str = "Paperless Band", **fields: Any) -> dict[str, Any]:
        body = {"name": name, "email": "contact@paperlessband.example", **fields}
        created: dict[str, Any] = self.ok("POST", "/v3/customers", 201, json=body)
        return created

    def chargeable_customer(self, **fields: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        """A customer with a billing address, a bank account and charges authorized."""
        customer = self.customer(billingAddress=ADDRESS, **fields)
        account = self.ok("POST", f"/v3/customers/{customer['id']}/bank-accounts", 201, json=BANK_ACCOUNT)
        self.ok("POST", f"/v3/customers/{customer['id']}/charge-authorization", json={"authorizedToCharge": True})
        return customer, account

    def invoice(self, customer_id: str, lines: list[dict[str, Any]] | None = None, **fields: Any) -> dict[str, Any]:
        body = {"customer": {"id": customer_id}, "invoiceLineItems": LINES if lines is None else lines, **fields}
        created: dict[str, Any] = self.ok("POST", "/v3/invoices", 201, json=body)
        return created

    def get_invoice(self, invoice_id: str) -> dict[str, Any]:
        invoice: dict[str, Any] = self.ok("GET", f"/v3/invoices/{invoice_id}")
        return invoice

    def credit_memo(self, customer_id: str, *prices: float, **fields: Any) -> dict[str, Any]:
        body = {
            "customerId": customer_id,
            "referenceNumber": "CM-1",
            "creditDate": "2026-01-01",
            "creditMemoLineItems": [{"price": price} for price in prices or (10,)],
            **fields,
        }
        created: dict[str, Any] = self.ok("POST", "/v3/credit-memos", 201, json=body)
        return created

    def record_payment(self, amount: float, *invoices: tuple[str, float], **fields: Any) -> dict[str, Any]:
        body = {
            "paymentDate": "2026-01-01",
            "paymentType": "CHECK",
            "amount": amount,
            "invoices": [{"id": invoice_id, "amount": part} for invoice_id, part in invoices],
            **fields,
        }
        recorded: dict[str, Any] = self.ok("POST", "/v3/invoices/record-payment", json=body)
        return recorded

    def ids(self, path: str, **params: Any) -> list[str]:
        return [item["id"] for item in self.ok("GET", path, params={"max": 100, **params})["results"]]


def other_organization(bill: Bill) -> Ar:
    """A session in a second organization, which the partner creates, with a user it signs in as."""
    partner = bill.partner_headers()
    body = {"name": "Other Co", "address": ADDRESS}
    response = bill.call("POST", "/v3/partner/organizations", partner, json=body)
    assert response.status_code == 201, response.text
    in_org = {**partner, "organizationId": response.json()["id"]}
    user = bill.create_user(in_org, "arother")
    return Ar(bill, bill.login_as(in_org, user["id"]))
