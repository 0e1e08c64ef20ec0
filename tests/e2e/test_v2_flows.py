"""BILL v2 end to end: the generated bill_v2 client and bill_sdk.v2 sessions against the mock on a loopback port.

vendor -> bill -> record AP payment; customer -> invoice -> record AR payment; 2,500 vendors paged; a sync-token
session doing what the seed allows and refused what it denies; objects crossing between v2 and v3; and a v2
client that knows nothing of this project, changing only its base URL.
"""

from __future__ import annotations

import datetime
import json
import pathlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml

from bill_mock import create_app, running
from bill_sdk import OrgSession, expect
from bill_sdk.errors import Forbidden, PermissionDenied
from bill_sdk.permissions import PermissionTable, default_table_path
from bill_sdk.v2 import TokenSession, UserSession, form, paginate_v2, result
from bill_v2.api.ap_transactions import record_ap_payment
from bill_v2.api.ar_transactions import record_ar_payment
from bill_v2.api.bills import crud_create_bill, crud_read_bill
from bill_v2.api.customers import crud_create_customer
from bill_v2.api.invoices import crud_create_invoice, crud_read_invoice, send_invoice
from bill_v2.api.vendors import bulk_crud_create_vendor, crud_create_vendor, crud_read_vendor, list_vendor
from bill_v2.models import (
    Bill,
    BillCreate,
    BillCreateData,
    BillCreateEntity,
    BillLineItemCreate,
    BillLineItemCreateEntity,
    BillPayCreate,
    Customer,
    CustomerCreate,
    CustomerCreateData,
    CustomerCreateEntity,
    IdData,
    Invoice,
    InvoiceCreate,
    InvoiceCreateData,
    InvoiceCreateEntity,
    InvoiceLineItemCreate,
    InvoiceLineItemCreateEntity,
    InvoicePayCreate,
    ListFilter,
    ListFilterOp,
    ListSort,
    ReceivedPay,
    RecordAPPaymentData,
    RecordARPaymentData,
    RecordARPaymentType,
    SendInvoiceData,
    SendInvoiceHeaders,
    SentPay,
    Vendor,
    VendorBulkCreateData,
    VendorCreate,
    VendorCreateData,
    VendorCreateEntity,
)
from bill_v3.api.vendors import create_vendor as create_vendor_v3
from bill_v3.api.vendors import get_vendor as get_vendor_v3
from bill_v3.models import AddressInput
from bill_v3.models import Vendor as VendorV3
from bill_v3.models import VendorCreate as VendorCreateV3

TODAY = datetime.date(2026, 1, 1)


@pytest.fixture(scope="module")
def root() -> Iterator[str]:
    with running(create_app()) as url:
        yield url


@pytest.fixture
def sandbox(root: str) -> dict[str, Any]:
    httpx.post(f"{root}/_mock/reset").raise_for_status()
    answer: dict[str, Any] = httpx.get(f"{root}/_mock/sandbox").raise_for_status().json()
    return answer


@pytest.fixture
def bill(root: str, sandbox: dict[str, Any]) -> Iterator[UserSession]:
    v2 = sandbox["v2"]
    with UserSession(
        f"{root}/api",
        dev_key=v2["devKey"],
        username=v2["userName"],
        password=v2["password"],
        organization_id=v2["orgId"],
    ) as session:
        yield session


def new_vendor(session: UserSession | TokenSession, name: str = "Happy Music") -> Vendor:
    body = form(VendorCreateData(obj=VendorCreate(entity=VendorCreateEntity.VENDOR, name=name)))
    return result(crud_create_vendor.sync(client=session.client, body=body), Vendor)


def new_customer(session: UserSession, name: str = "Rice Cakes Inc") -> Customer:
    body = form(CustomerCreateData(obj=CustomerCreate(entity=CustomerCreateEntity.CUSTOMER, name=name)))
    return result(crud_create_customer.sync(client=session.client, body=body), Customer)


def new_invoice(session: UserSession, customer: Customer, number: str = "INV-1") -> Invoice:
    line = InvoiceLineItemCreate(entity=InvoiceLineItemCreateEntity.INVOICELINEITEM, quantity=2, price=50.0)
    invoice = InvoiceCreate(
        entity=InvoiceCreateEntity.INVOICE,
        customer_id=customer.id,
        invoice_number=number,
        invoice_date=TODAY,
        due_date=TODAY + datetime.timedelta(days=30),
        invoice_line_items=[line],
    )
    return result(crud_create_invoice.sync(client=session.client, body=form(InvoiceCreateData(obj=invoice))), Invoice)


def test_vendor_bill_record_ap_payment(bill: UserSession) -> None:
    vendor = new_vendor(bill)
    lines = [
        BillLineItemCreate(entity=BillLineItemCreateEntity.BILLLINEITEM, amount=amount) for amount in (100.0, 50.0)
    ]
    created = BillCreate(
        entity=BillCreateEntity.BILL,
        vendor_id=vendor.id,
        invoice_number="B-1",
        invoice_date=TODAY,
        due_date=TODAY + datetime.timedelta(days=30),
        bill_line_items=lines,
    )
    new_bill = result(crud_create_bill.sync(client=bill.client, body=form(BillCreateData(obj=created))), Bill)
    assert new_bill.amount == 150.0

    payment = RecordAPPaymentData(
        vendor_id=vendor.id,
        process_date=TODAY,
        to_print_check=False,
        bill_pays=[BillPayCreate(bill_id=new_bill.id, amount=150.0)],
    )
    result(record_ap_payment.sync(client=bill.client, body=form(payment)), SentPay)
    paid = result(crud_read_bill.sync(client=bill.client, body=form(IdData(id=new_bill.id))), Bill)
    assert str(paid.payment_status) == "0", "paid in full"
    assert paid.due_amount == 0


def test_customer_invoice_record_ar_payment(bill: UserSession) -> None:
    customer = new_customer(bill)
    invoice = new_invoice(bill, customer)
    assert invoice.amount == 100.0
    payment = RecordARPaymentData(
        customer_id=customer.id,
        payment_date=TODAY,
        payment_type=RecordARPaymentType("1"),
        amount=100.0,
        invoice_pays=[InvoicePayCreate(invoice_id=invoice.id, amount=100.0)],
    )
    result(record_ar_payment.sync(client=bill.client, body=form(payment)), ReceivedPay)
    paid = result(crud_read_invoice.sync(client=bill.client, body=form(IdData(id=invoice.id))), Invoice)
    assert str(paid.payment_status) == "0", "paid in full"
    assert paid.amount_due == 0


def test_paging_over_2500_vendors(bill: UserSession) -> None:
    for batch in range(25):
        bulk = [
            VendorCreateData(obj=VendorCreate(entity=VendorCreateEntity.VENDOR, name=f"Vendor {batch * 100 + n:04d}"))
            for n in range(100)
        ]
        bulk_crud_create_vendor.sync(client=bill.client, body=form(VendorBulkCreateData(bulk=bulk)))
    names = [
        vendor.name
        for vendor in paginate_v2(
            list_vendor.sync,
            client=bill.client,
            filters=[ListFilter(field="isActive", op=ListFilterOp.EQ, value="1")],
            sort=[ListSort(field="name", asc=True)],
        )
        if vendor.name.startswith("Vendor ")
    ]
    assert len(names) == 2500
    assert names == sorted(names)


def token_session(root: str, sandbox: dict[str, Any], permissions: PermissionTable | None = None) -> TokenSession:
    token = sandbox["syncToken"]
    return TokenSession(
        f"{root}/api",
        dev_key=sandbox["v2"]["devKey"],
        token_name=token["name"],
        token=token["token"],
        organization_id=token["orgId"],
        permissions=permissions,
    )


def _send_invoice() -> Any:
    headers = SendInvoiceHeaders(to_email_addresses=["a@example.com"])
    return form(SendInvoiceData(invoice_id="00e02AAAAAAAAAAAAAAA", headers=headers))


def test_a_token_session_does_what_the_seed_allows_and_is_refused_the_rest(root: str, sandbox: dict[str, Any]) -> None:
    with token_session(root, sandbox) as session:
        vendor = new_vendor(session, "Token Vendor")
        read = crud_read_vendor.sync(client=session.client, body=form(IdData(id=vendor.id)))
        assert result(read, Vendor).id == vendor.id
        journal = len(httpx.get(f"{root}/_mock/journal").json())
        with pytest.raises(PermissionDenied) as denied:
            send_invoice.sync(client=session.client, body=_send_invoice())
        assert "cannot send invoices" in str(denied.value)
        assert len(httpx.get(f"{root}/_mock/journal").json()) == journal, "the table refused it before sending"


def test_bill_refuses_a_token_what_a_loosened_table_lets_through(root: str, sandbox: dict[str, Any]) -> None:
    """With a table edited to let tokens send invoices, the call reaches BILL, which refuses it with BDC_1145."""
    edited = yaml.safe_load(pathlib.Path(default_table_path()).read_text(encoding="utf-8"))
    invoice = edited["objects"]["invoice"]["token"]
    del invoice["deny"]["send"]
    invoice["allow"].append("send")
    loosened = PermissionTable.from_text(yaml.safe_dump(edited), "loosened.yaml")
    with token_session(root, sandbox, loosened) as session, pytest.raises(Forbidden) as refused:
        send_invoice.sync(client=session.client, body=_send_invoice())
    assert refused.value.code == "BDC_1145"
    assert "sign in as a user" in refused.value.message.lower()


def test_created_through_v2_seen_through_v3_and_the_reverse(
    root: str, sandbox: dict[str, Any], bill: UserSession
) -> None:
    organization = sandbox["organization"]
    with OrgSession(
        f"{root}/connect",
        dev_key=organization["devKey"],
        username=organization["username"],
        password=organization["password"],
        organization_id=organization["organizationId"],
    ) as v3:
        from_v2 = new_vendor(bill, "Made In V2")
        assert expect(get_vendor_v3.sync(from_v2.id, client=v3.client), VendorV3).name == "Made In V2"

        address = AddressInput(line1="1 Main St", city="Austin", zip_or_postal_code="78701", country="US")
        from_v3 = expect(
            create_vendor_v3.sync(client=v3.client, body=VendorCreateV3(name="Made In V3", address=address)), VendorV3
        )
        seen = result(crud_read_vendor.sync(client=bill.client, body=form(IdData(id=from_v3.id))), Vendor)
        assert seen.name == "Made In V3"
        assert str(seen.is_active) == "1"


def test_a_client_that_knows_nothing_of_this_project(root: str, sandbox: dict[str, Any]) -> None:
    """Plain form posts to <base>/Login.json, List/Customer.json, Crud/Create/Invoice.json and SendInvoice.json."""
    v2 = sandbox["v2"]
    base = f"{root}/api/v2"
    with httpx.Client(base_url=base) as http:
        login = http.post(
            "/Login.json",
            data={"userName": v2["userName"], "password": v2["password"], "orgId": v2["orgId"], "devKey": v2["devKey"]},
        ).json()
        assert login["response_status"] == 0
        credentials = {"devKey": v2["devKey"], "sessionId": login["response_data"]["sessionId"]}

        def call(endpoint: str, data: dict[str, Any]) -> Any:
            answer = http.post(endpoint, data={**credentials, "data": json.dumps(data)}).json()
            assert answer["response_status"] == 0, answer
            return answer["response_data"]

        customer = call("/Crud/Create/Customer.json", {"obj": {"entity": "Customer", "name": "Plain Client"}})
        listed = call("/List/Customer.json", {"start": 0, "max": 999})
        assert customer["id"] in [row["id"] for row in listed]
        invoice = call(
            "/Crud/Create/Invoice.json",
            {
                "obj": {
                    "entity": "Invoice",
                    "customerId": customer["id"],
                    "invoiceNumber": "PLAIN-1",
                    "invoiceDate": "2026-01-01",
                    "dueDate": "2026-01-31",
                    "invoiceLineItems": [{"entity": "InvoiceLineItem", "quantity": 1, "price": 10}],
                }
            },
        )
        call("/SendInvoice.json", {"invoiceId": invoice["id"], "headers": {"toEmailAddresses": ["a@example.com"]}})
