"""AP and AR through the generated client and the policy layer, against the mock on a loopback port.

vendor -> bill -> payment -> cancel (with the MFA step that makes the session trusted); customer -> invoice
-> record payment; and paginating 1,000 vendors with filters and sort.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bill_mock import create_app, running
from bill_sdk import OrgSession, expect, paginate
from bill_v3.api.bills import create_bill, get_bill
from bill_v3.api.customers import create_customer
from bill_v3.api.funding_accounts import create_bank_account, verify_bank_account
from bill_v3.api.invoices import create_invoice, get_invoice, record_invoice_payment
from bill_v3.api.mfa import create_mfa_challenge, validate_mfa_challenge
from bill_v3.api.payments import cancel_payment, create_payment, get_payment
from bill_v3.api.vendors import create_vendor, create_vendors, list_vendors
from bill_v3.models import (
    AddressInput,
    ArPaymentInvoiceAmount,
    ArPaymentRecord,
    ArPaymentType,
    BankAccount,
    BankAccountCreate,
    BankAccountCreateOwnerType,
    BankAccountCreateType,
    BankAccountVerification,
    Bill,
    BillCreate,
    BillInvoiceInput,
    BillLineItemCreate,
    Customer,
    CustomerCreate,
    Invoice,
    InvoiceCreate,
    InvoiceCustomer,
    InvoiceLineItemCreate,
    MfaChallengeRequest,
    MfaChallengeResponse,
    MfaChallengeValidateRequest,
    MfaChallengeValidateResponse,
    Payment,
    PaymentCreate,
    PaymentFundingAccountInput,
    PaymentFundingAccountInputType,
    PaymentProcessingOptionsInput,
    Vendor,
    VendorBulkResult,
    VendorCreate,
)

ADDRESS = AddressInput(line1="1 Main St", city="Austin", zip_or_postal_code="78701", country="US")


@pytest.fixture(scope="module")
def root() -> Iterator[str]:
    with running(create_app()) as url:
        yield url


@pytest.fixture
def sandbox(root: str) -> dict[str, Any]:
    httpx.post(f"{root}/_mock/reset").raise_for_status()
    answer: dict[str, Any] = httpx.get(f"{root}/_mock/sandbox").raise_for_status().json()
    return answer


def session_for(root: str, sandbox: dict[str, Any], remember_me_id: str | None = None) -> OrgSession:
    organization = sandbox["organization"]
    return OrgSession(
        f"{root}/connect",
        dev_key=organization["devKey"],
        username=organization["username"],
        password=organization["password"],
        organization_id=organization["organizationId"],
        remember_me_id=remember_me_id,
    )


def trust(session: OrgSession, token: str) -> str:
    """BILL's MFA challenge: makes the session trusted and returns a rememberMeId for later sign-ins."""
    challenge = expect(
        create_mfa_challenge.sync(client=session.client, body=MfaChallengeRequest(use_backup=False)),
        MfaChallengeResponse,
    )
    assert isinstance(challenge.challenge_id, str)
    validated = expect(
        validate_mfa_challenge.sync(
            client=session.client,
            body=MfaChallengeValidateRequest(challenge_id=challenge.challenge_id, token=token, remember_me=True),
        ),
        MfaChallengeValidateResponse,
    )
    assert isinstance(validated.remember_me_id, str)
    return validated.remember_me_id


def test_vendor_bill_payment_cancel(root: str, sandbox: dict[str, Any]) -> None:
    remember_me_id = trust(session_for(root, sandbox).login(), sandbox["mfa"]["token"])
    with session_for(root, sandbox, remember_me_id) as bill_session:
        client = bill_session.client
        bill_session.login()
        assert bill_session.trusted  # the rememberMeId made the new sign-in MFA-trusted

        bank = sandbox["bankAccount"]
        account = expect(
            create_bank_account.sync(
                client=client,
                body=BankAccountCreate(
                    name_on_account="Acme Operating",
                    routing_number=bank["routingNumber"],
                    account_number=bank["accountNumber"],
                    type_=BankAccountCreateType.CHECKING,
                    owner_type=BankAccountCreateOwnerType.BUSINESS,
                    bank_name="Operating",
                ),
            ),
            BankAccount,
        )
        verify_bank_account.sync(
            account.id, client=client, body=BankAccountVerification(deposit_amount=bank["depositAmount"])
        )

        vendor = expect(
            create_vendor.sync(client=client, body=VendorCreate(name="Happy Music", address=ADDRESS)), Vendor
        )
        due = datetime.date(2026, 2, 1)
        bill = expect(
            create_bill.sync(
                client=client,
                body=BillCreate(
                    vendor_id=vendor.id,
                    due_date=due,
                    invoice=BillInvoiceInput(invoice_number="INV-1", invoice_date=datetime.date(2026, 1, 1)),
                    bill_line_items=[BillLineItemCreate(amount=100.0), BillLineItemCreate(quantity=2, price=25.0)],
                ),
            ),
            Bill,
        )
        assert bill.amount == 150.0

        payment = expect(
            create_payment.sync(
                client=client,
                body=PaymentCreate(
                    amount=60.0,
                    bill_id=bill.id,
                    vendor_id=vendor.id,
                    funding_account=PaymentFundingAccountInput(
                        type_=PaymentFundingAccountInputType.BANK_ACCOUNT, id=account.id
                    ),
                    processing_options=PaymentProcessingOptionsInput(create_bill=False),
                ),
            ),
            Payment,
        )
        assert payment.status == "SCHEDULED"
        partly_paid = expect(get_bill.sync(bill.id, client=client), Bill)
        assert partly_paid.due_amount == 90.0
        assert partly_paid.payment_status == "SCHEDULED"

        cancel_payment.sync(payment.id, client=client)
        assert expect(get_payment.sync(payment.id, client=client), Payment).status == "CANCELLED"
        restored = expect(get_bill.sync(bill.id, client=client), Bill)
        assert restored.due_amount == 150.0
        assert restored.payment_status == "UNPAID"


def test_customer_invoice_record_payment(root: str, sandbox: dict[str, Any]) -> None:
    with session_for(root, sandbox) as session:
        client = session.client
        customer = expect(
            create_customer.sync(client=client, body=CustomerCreate(name="Rice Cakes", email="ap@ricecakes.example")),
            Customer,
        )
        invoice = expect(
            create_invoice.sync(
                client=client,
                body=InvoiceCreate(
                    customer=InvoiceCustomer(id=customer.id),
                    invoice_line_items=[InvoiceLineItemCreate(quantity=4, price=25.0)],
                ),
            ),
            Invoice,
        )
        assert invoice.total_amount == 100.0
        record_invoice_payment.sync(
            client=client,
            body=ArPaymentRecord(
                payment_date=datetime.date(2026, 1, 2),
                payment_type=ArPaymentType.CHECK,
                amount=100.0,
                invoices=[ArPaymentInvoiceAmount(id=invoice.id, amount=100.0)],
                customer_id=customer.id,
            ),
        )
        paid = expect(get_invoice.sync(invoice.id, client=client), Invoice)
        assert paid.status == "PAID_IN_FULL"
        assert paid.due_amount == 0.0


def test_paginating_1000_vendors_with_filters_and_sort(root: str, sandbox: dict[str, Any]) -> None:
    with session_for(root, sandbox) as session:
        client = session.client
        for batch in range(50):  # BILL takes at most 20 vendors per bulk call
            names = [f"{'Acme' if n % 2 else 'Zenith'} {batch * 20 + n:04d}" for n in range(20)]
            body = [VendorCreate(name=name, address=ADDRESS) for name in names]
            expect(create_vendors.sync(client=client, body=body), VendorBulkResult)

        everything = paginate(list_vendors.sync, client=client)
        assert sum(1 for _ in everything) == 1000
        assert everything.pages_read == 10

        acme = [
            str(v.name) for v in paginate(list_vendors.sync, client=client, filters='name:sw:"Acme"', sort="name:desc")
        ]
        assert len(acme) == 500
        assert acme == sorted(acme, reverse=True)
        assert all(name.startswith("Acme") for name in acme)

        small_pages = paginate(list_vendors.sync, client=client, max_=7, sort="name:asc")
        names = [str(v.name) for v in small_pages]
        assert names == sorted(names)
        assert small_pages.pages_read == 143  # ceil(1000 / 7)
