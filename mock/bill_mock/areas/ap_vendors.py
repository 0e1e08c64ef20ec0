"""Vendors: create (one or up to 20), read, update, archive and restore; the one bank account; the
international payment configuration; and the vendor audit trail, which records every change made here."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from bill_mock import render
from bill_mock.areas.ap import (
    ARCHIVED,
    IDS,
    PREFIX_VENDOR,
    TIMES,
    AuditEntry,
    Vendor,
    VendorBankAccount,
    ap_tables,
    audit_value,
    business_error,
    mark_archived,
    record_audit,
    require_vendor,
)
from bill_mock.clock import format_timestamp
from bill_mock.errors import not_found
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import EQUALITY, Field, Listing
from bill_mock.state import Store
from bill_mock.webhooks import emit

__all__ = [
    "VENDORS",
    "archive_vendor",
    "create_vendor",
    "international_payments",
    "update_vendor",
]

VENDORS: Listing[Vendor] = Listing(
    "vendors",
    {
        "id": IDS,
        "archived": ARCHIVED,
        "name": Field(lambda vendor: vendor.name, operators=frozenset({"eq", "sw"}), sortable=True),
        "accountType": Field(lambda vendor: vendor.account_type, operators=EQUALITY),
        **TIMES,
    },
)

_MASKED = ("accountNumber",)
"""Bank fields the audit trail shows only the last four characters of."""


# rules


def create_vendor(
    store: Store, now: datetime, organization_id: str, user_id: str | None, fields: Mapping[str, Any]
) -> Vendor:
    """A new vendor, not connected on the BILL network; a bank account sent with it becomes its one account."""
    payment = dict(fields.get("paymentInformation") or {})
    bank = payment.pop("bankAccount", None)
    vendor = Vendor(
        id=store.ids.object_id(PREFIX_VENDOR),
        organization_id=organization_id,
        name=str(fields["name"]),
        created=now,
        updated=now,
        details={key: value for key, value in fields.items() if key not in ("name", "paymentInformation")},
        payment_information=payment,
        bank_account=_bank_account(bank) if bank else None,
    )
    ap_tables(store).vendors[vendor.id] = vendor
    record_audit(store, vendor.id, now, user_id, "Create")
    return vendor


def update_vendor(
    store: Store, now: datetime, organization_id: str, user_id: str | None, vendor_id: str, fields: Mapping[str, Any]
) -> Vendor:
    """Changes only the fields sent; the spec keeps bank details out, as BILL does since it gave them endpoints."""
    vendor = _changeable(store, organization_id, vendor_id)
    before = _audited(vendor)
    for key, value in fields.items():
        if key == "name":
            vendor.name = str(value)
        elif key == "paymentInformation":
            vendor.payment_information.update(value)
        else:
            vendor.details[key] = value
    vendor.updated = now
    record_audit(store, vendor.id, now, user_id, "Edit", _changes(before, _audited(vendor)))
    return vendor


def archive_vendor(
    store: Store, now: datetime, organization_id: str, user_id: str | None, vendor_id: str, archived: bool
) -> Vendor:
    """Archives or restores; repeating either changes nothing and records nothing."""
    vendor = require_vendor(store, organization_id, vendor_id)
    if mark_archived(vendor, archived, now):
        record_audit(
            store, vendor.id, now, user_id, "Edit", [("archived", str(not archived).lower(), str(archived).lower())]
        )
    return vendor


def create_bank_account(
    store: Store, now: datetime, organization_id: str, user_id: str | None, vendor_id: str, fields: Mapping[str, Any]
) -> VendorBankAccount:
    vendor = _changeable(store, organization_id, vendor_id)
    if vendor.bank_account is not None:
        raise business_error(
            "vendorId", vendor_id, "The vendor already has a bank account; delete it, then add the new one."
        )
    vendor.bank_account = _bank_account(fields)
    vendor.updated = now
    record_audit(store, vendor.id, now, user_id, "Edit", [("bankAccount", None, _masked(vendor.bank_account))])
    return vendor.bank_account


def delete_bank_account(store: Store, now: datetime, organization_id: str, user_id: str | None, vendor_id: str) -> None:
    vendor = _changeable(store, organization_id, vendor_id)
    account = _require_bank_account(vendor)
    vendor.bank_account = None
    vendor.updated = now
    record_audit(store, vendor.id, now, user_id, "Edit", [("bankAccount", _masked(account), None)])


def international_payments(country: str, currency: str, account_type: str) -> dict[str, Any]:
    """What BILL asks for to pay abroad. The mock knows no per-country rules: a US vendor billing in USD
    needs nothing more, any other needs an account number (or IBAN) and the name on the account."""
    if country == "US" and currency == "USD":
        return {"paymentPurpose": {"required": False}, "validations": {"fields": []}}
    return {
        "paymentPurpose": {"required": False},
        "validations": {
            "fields": [
                {
                    "name": "accountNumber",
                    "description": "The account number, or the IBAN where the country uses one.",
                    "regularExpression": "^[0-9A-Za-z]{1,34}$",
                    "required": True,
                },
                {
                    "name": "nameOnAccount",
                    "description": f"The account holder's name ({account_type.lower()} account).",
                    "regularExpression": "^.{1,100}$",
                    "required": True,
                },
            ]
        },
    }


def _changeable(store: Store, organization_id: str, vendor_id: str) -> Vendor:
    vendor = require_vendor(store, organization_id, vendor_id)
    if vendor.archived:
        raise business_error("vendorId", vendor_id, "The vendor is archived; restore it before changing it.")
    return vendor


def _require_bank_account(vendor: Vendor) -> VendorBankAccount:
    if vendor.bank_account is None:
        raise not_found("bank account of the vendor", vendor.id)
    return vendor.bank_account


def _bank_account(fields: Mapping[str, Any]) -> VendorBankAccount:
    return VendorBankAccount(
        account_number=str(fields["accountNumber"]),
        details={key: value for key, value in fields.items() if key != "accountNumber"},
    )


def _masked(account: VendorBankAccount) -> str:
    return "****" + account.account_number[-4:]


def _audited(vendor: Vendor) -> dict[str, str | None]:
    """Every field the trail tracks, flattened to dotted names with text values."""
    fields: dict[str, Any] = {"name": vendor.name, **vendor.details, "paymentInformation": vendor.payment_information}
    return {name: audit_value(value) for name, value in _leaves("", fields)}


def _leaves(prefix: str, value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, Mapping):
        for key, inner in value.items():
            yield from _leaves(f"{prefix}{key}" if not prefix else f"{prefix}.{key}", inner)
    else:
        yield prefix, value


def _changes(
    before: Mapping[str, str | None], after: Mapping[str, str | None]
) -> list[tuple[str, str | None, str | None]]:
    names = list(before) + [name for name in after if name not in before]
    return [(name, before.get(name), after.get(name)) for name in names if before.get(name) != after.get(name)]


# wire


def vendor_wire(vendor: Vendor) -> dict[str, Any]:
    wire: dict[str, Any] = {"id": vendor.id, "archived": vendor.archived, "name": vendor.name}
    wire.update({key: value for key, value in vendor.details.items() if key != "billCurrency"})
    payment: dict[str, Any] = {**vendor.payment_information}
    payment["payByType"] = "ACH" if vendor.bank_account is not None else "CHECK"
    if vendor.bank_account is not None:
        payment["bankAccount"] = bank_account_wire(vendor.bank_account)
    wire["paymentInformation"] = payment
    if "billCurrency" in vendor.details:
        wire["billCurrency"] = vendor.details["billCurrency"]
    wire["networkStatus"] = vendor.network_status
    wire["createdTime"] = format_timestamp(vendor.created)
    wire["updatedTime"] = format_timestamp(vendor.updated)
    return wire


def bank_account_wire(account: VendorBankAccount) -> dict[str, Any]:
    return {"accountNumber": account.account_number, **account.details}


def _audit_wire(store: Store, entry: AuditEntry) -> dict[str, Any]:
    wire: dict[str, Any] = {"source": "API", "type": entry.type, "createdTime": format_timestamp(entry.created)}
    user = store.users.get(entry.user_id) if entry.user_id else None
    if user is not None:
        name = " ".join(part for part in (user.first_name, user.last_name) if part)
        wire["user"] = {"id": user.id, "name": name}
    field: dict[str, Any] = {}
    if entry.field is not None:
        value = {
            key: text for key, text in (("previous", entry.previous), ("current", entry.current)) if text is not None
        }
        field = {"name": entry.field, "value": value}
    wire["field"] = field
    return wire


# handlers


def _user(call: Call) -> str | None:
    return call.who.session.user_id


@handles("createVendor")
def _create(call: Call) -> Reply:
    vendor = create_vendor(call.store, call.now, call.organization_id, _user(call), call.body)
    emit(call.store, call.organization_id, "vendor.created", vendor_wire(vendor), call.now)
    return Reply(201, vendor_wire(vendor))


@handles("createVendors")
def _create_many(call: Call) -> Reply:
    items = call.request.body if isinstance(call.request.body, list) else []
    # Creating a vendor has no rule beyond the schema, which the whole array already passed: none can fail.
    vendors = [create_vendor(call.store, call.now, call.organization_id, _user(call), item) for item in items]
    for vendor in vendors:
        emit(call.store, call.organization_id, "vendor.created", vendor_wire(vendor), call.now)
    return Reply(201, {"vendors": [vendor_wire(vendor) for vendor in vendors]})


@handles("listVendors")
def _list(call: Call) -> Reply:
    mine = [
        vendor for vendor in ap_tables(call.store).vendors.values() if vendor.organization_id == call.organization_id
    ]
    listed = VENDORS.page(mine, call.list_query())
    return Reply(body=render.page([vendor_wire(vendor) for vendor in listed.results], listed))


@handles("getVendor")
def _get(call: Call) -> Reply:
    return Reply(body=vendor_wire(require_vendor(call.store, call.organization_id, call.path("vendorId"))))


@handles("updateVendor")
def _update(call: Call) -> Reply:
    vendor = update_vendor(call.store, call.now, call.organization_id, _user(call), call.path("vendorId"), call.body)
    emit(call.store, call.organization_id, "vendor.updated", vendor_wire(vendor), call.now)
    return Reply(body=vendor_wire(vendor))


@handles("archiveVendor")
def _archive(call: Call) -> Reply:
    vendor = archive_vendor(call.store, call.now, call.organization_id, _user(call), call.path("vendorId"), True)
    emit(call.store, call.organization_id, "vendor.archived", vendor_wire(vendor), call.now)
    return Reply(body=vendor_wire(vendor))


@handles("restoreVendor")
def _restore(call: Call) -> Reply:
    vendor = archive_vendor(call.store, call.now, call.organization_id, _user(call), call.path("vendorId"), False)
    emit(call.store, call.organization_id, "vendor.restored", vendor_wire(vendor), call.now)
    return Reply(body=vendor_wire(vendor))


@handles("createVendorBankAccount")
def _create_bank_account(call: Call) -> Reply:
    account = create_bank_account(
        call.store, call.now, call.organization_id, _user(call), call.path("vendorId"), call.body
    )
    return Reply(body=bank_account_wire(account))


@handles("getVendorBankAccount")
def _get_bank_account(call: Call) -> Reply:
    vendor = require_vendor(call.store, call.organization_id, call.path("vendorId"))
    return Reply(body=bank_account_wire(_require_bank_account(vendor)))


@handles("deleteVendorBankAccount")
def _delete_bank_account(call: Call) -> Reply:
    delete_bank_account(call.store, call.now, call.organization_id, _user(call), call.path("vendorId"))
    return Reply(204)


@handles("getInternationalPaymentsConfiguration")
def _international_payments(call: Call) -> Reply:
    query = call.request.query
    return Reply(body=international_payments(query["country"], query["billCurrency"], query["accountType"]))


@handles("getVendorConfiguration")
def _vendor_configuration(call: Call) -> Reply:
    vendor = require_vendor(call.store, call.organization_id, call.path("vendorId"))
    address = vendor.details.get("address") or {}
    configuration = international_payments(
        str(address.get("country", "US")), str(vendor.details.get("billCurrency", "USD")), vendor.account_type or "NONE"
    )
    return Reply(body={"internationalPayments": configuration})


@handles("getVendorAuditTrail")
def _audit_trail(call: Call) -> Reply:
    vendor = require_vendor(call.store, call.organization_id, call.path("vendorId"))
    query = call.request.query
    start = int(query.get("start", 0))
    size = int(query.get("max", 20))
    entries = ap_tables(call.store).vendor_audit.get(vendor.id, [])[start : start + size]
    return Reply(body=[_audit_wire(call.store, entry) for entry in entries])
