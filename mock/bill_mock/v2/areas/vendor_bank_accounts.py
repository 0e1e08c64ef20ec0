"""v2 VendorBankAccount over v3's vendor bank accounts: the account a vendor holds is the one both APIs see.

v3 keeps at most one bank account on each vendor (ap.Vendor.bank_account) and no id for it; v2 names every
account it has seen with a `vba` id and keeps the ones that were deleted, inactive (isActive "2"). This
module keeps those v2 records beside v3's: a record holds v3's very account object and is active while its
vendor still holds that object. So an account deleted through v3 reads as inactive here, and one added
through v3 (with the vendor or on its own) gets a v2 id the first time v2 looks.

Writes go through ap_vendors' rules: a vendor has one account (a second is BDC_1119 on vendorId, delete the
first), an archived vendor's account cannot change, and every change lands in the vendor's audit trail.
Creating and deleting need an MFA-trusted session; the app checks that before these handlers run.

    v2                        v3 bank account
    accountNumber             accountNumber (v2 shows only the last four digits)
    routingNumber             routingNumber
    nameOnAcct                nameOnAccount
    isSavings true/false      type SAVINGS/CHECKING
    isPersonalAcct true/false ownerType PERSON/BUSINESS
    paymentCurrency           paymentCurrency

The other v2 fields (usersId, intlPaymentType, bankAddSource, regulatory1-7, ...) are kept on the v2 record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bill_mock.areas.ap import Vendor, VendorBankAccount, ap_tables, business_error
from bill_mock.areas.ap_vendors import create_bank_account, delete_bank_account
from bill_mock.errors import invalid_field
from bill_mock.state import Store
from bill_mock.v2 import wire
from bill_mock.v2.entities import Entity, register_entity
from bill_mock.v2.handlers import V2Call

__all__ = ["PREFIX_VENDOR_BANK_ACCOUNT", "VENDOR_BANK_ACCOUNT", "BankAccountRecord", "bank_account_records"]

PREFIX_VENDOR_BANK_ACCOUNT = "vba"

_ACCOUNT_NUMBER = re.compile(r"[0-9A-Za-z]{1,34}")
_ROUTING_NUMBER = re.compile(r"[0-9]{9}")
_CURRENCY = re.compile(r"[A-Za-z]{3}")
_INTERNATIONAL = ("1", "2")
"""intlPaymentType values of an account abroad (wire, international ACH), whose routing number is no ABA one."""
_ENTERED_BY_USER = "2"
_NOT_AVAILABLE = "1"
"""bankAddSource of an account v2 did not add (it came through v3)."""
_VERIFIED = "1"


@dataclass(slots=True)
class BankAccountRecord:
    """One vendor bank account as v2 knows it."""

    id: str
    organization_id: str
    vendor_id: str
    account: VendorBankAccount
    """v3's account object: the record is active while the vendor still holds this very object."""
    created: datetime
    updated: datetime
    user_id: str | None = None
    active: bool = True
    extras: dict[str, Any] = field(default_factory=dict)
    """v2 fields v3's account has no place for."""


@dataclass
class VendorBankAccountTables:
    accounts: dict[str, BankAccountRecord] = field(default_factory=dict)
    """By vba id, in the order v2 first saw them."""


def bank_account_records(store: Store) -> dict[str, BankAccountRecord]:
    """Every v2 vendor bank account, brought up to date with the accounts v3's vendors hold."""
    accounts = store.area(VendorBankAccountTables).accounts
    vendors = ap_tables(store).vendors
    held: set[int] = set()
    for record in accounts.values():
        if not record.active:
            continue
        vendor = vendors.get(record.vendor_id)
        if vendor is not None and vendor.bank_account is record.account:
            held.add(id(record.account))
        else:  # deleted or replaced through v3
            record.active = False
            record.updated = vendor.updated if vendor is not None else record.updated
    for vendor in vendors.values():
        account = vendor.bank_account
        if account is not None and id(account) not in held:
            record = BankAccountRecord(
                id=store.ids.object_id(PREFIX_VENDOR_BANK_ACCOUNT),
                organization_id=vendor.organization_id,
                vendor_id=vendor.id,
                account=account,
                created=vendor.updated,
                updated=vendor.updated,
                extras={"bankAddSource": _NOT_AVAILABLE},
            )
            accounts[record.id] = record
    return accounts


# rules


def _create(call: V2Call, obj: dict[str, Any]) -> BankAccountRecord:
    vendor = _vendor(call, obj["vendorId"])
    account_number, routing_number = obj["accountNumber"], obj["routingNumber"]
    international = obj.get("intlPaymentType") in _INTERNATIONAL
    if not _ACCOUNT_NUMBER.fullmatch(account_number):
        raise business_error("accountNumber", account_number, "Send 1 to 34 letters and digits (an IBAN abroad).")
    if not international and not _ROUTING_NUMBER.fullmatch(routing_number):
        raise business_error("routingNumber", routing_number, "A US routing number has 9 digits.")
    currency = obj.get("paymentCurrency")
    if currency is not None and not _CURRENCY.fullmatch(currency):
        raise business_error("paymentCurrency", currency, "Send a three-letter ISO 4217 code, such as USD.")
    user_id = obj.get("usersId", call.user_id)
    user = call.store.users.get(user_id)
    if user is None or user.organization_id != call.organization_id:
        raise invalid_field("usersId", user_id)
    fields: dict[str, Any] = {
        "accountNumber": account_number,
        "routingNumber": routing_number,
        "type": "SAVINGS" if obj.get("isSavings") else "CHECKING",
        "ownerType": "PERSON" if obj.get("isPersonalAcct") else "BUSINESS",
    }
    if "nameOnAcct" in obj:
        fields["nameOnAccount"] = obj["nameOnAcct"]
    if currency is not None:
        fields["paymentCurrency"] = currency.upper()
    account = create_bank_account(call.store, call.now, call.organization_id, call.user_id, vendor.id, fields)
    kept = {key: value for key, value in obj.items() if key not in _MAPPED}
    kept.setdefault("bankAddSource", _ENTERED_BY_USER)
    record = BankAccountRecord(
        id=call.store.ids.object_id(PREFIX_VENDOR_BANK_ACCOUNT),
        organization_id=call.organization_id,
        vendor_id=vendor.id,
        account=account,
        created=call.now,
        updated=call.now,
        user_id=user_id,
        extras=kept,
    )
    call.store.area(VendorBankAccountTables).accounts[record.id] = record
    return record


_MAPPED = frozenset(
    {"vendorId", "accountNumber", "routingNumber", "nameOnAcct", "isSavings", "isPersonalAcct", "paymentCurrency"}
)
"""Fields that live on v3's account (or the record itself, usersId aside, which v3 does not keep)."""


def _vendor(call: V2Call, vendor_id: str) -> Vendor:
    """The caller's vendor named by vendorId; an unknown or foreign one is a bad value."""
    vendor = ap_tables(call.store).vendors.get(vendor_id)
    if vendor is None or vendor.organization_id != call.organization_id:
        raise invalid_field("vendorId", vendor_id)
    return vendor


def _set_active(call: V2Call, record: BankAccountRecord, active: bool) -> None:
    """Delete: the vendor gives the account up (through v3's rule); the v2 record stays, inactive. v2 has no
    undelete: a vendor gets a new account instead."""
    if active:
        if not record.active:
            raise business_error("id", record.id, "A deleted bank account stays deleted; add a new one instead.")
        return
    if not record.active:
        return
    delete_bank_account(call.store, call.now, call.organization_id, call.user_id, record.vendor_id)
    record.active = False
    record.updated = call.now


# wire


def _to_wire(store: Store, record: BankAccountRecord) -> dict[str, Any]:
    account = record.account
    details = account.details
    extras = record.extras
    intl_type = str(extras.get("intlPaymentType", "0"))
    vendor = ap_tables(store).vendors.get(record.vendor_id)
    address = (vendor.details.get("address") if vendor is not None else None) or {}
    wire_form: dict[str, Any] = {
        "entity": "VendorBankAccount",
        "id": record.id,
        "isActive": "1" if record.active else "2",
        "createdTime": wire.format_timestamp(record.created),
        "updatedTime": wire.format_timestamp(record.updated),
        "vendorId": record.vendor_id,
        "accountNumber": "****" + account.account_number[-4:],
        "status": _VERIFIED,
        "isSavings": details.get("type") == "SAVINGS",
        "isPersonalAcct": details.get("ownerType") == "PERSON",
        "intlEPaymentAcct": intl_type in _INTERNATIONAL,
        "intlPaymentType": intl_type,
        "bankCountry": str(address.get("country") or "US"),
    }
    for v2_name, v3_name in (
        ("nameOnAcct", "nameOnAccount"),
        ("routingNumber", "routingNumber"),
        ("paymentCurrency", "paymentCurrency"),
    ):
        if details.get(v3_name) is not None:
            wire_form[v2_name] = details[v3_name]
    if record.user_id is not None:
        wire_form["usersId"] = record.user_id
    wire_form.update({key: value for key, value in extras.items() if key not in ("usersId", "intlPaymentType")})
    return wire_form


VENDOR_BANK_ACCOUNT: Entity[BankAccountRecord] = Entity(
    name="VendorBankAccount",
    table=bank_account_records,
    organization_of=lambda record: record.organization_id,
    to_wire=_to_wire,
    create=_create,
    is_active=lambda record: record.active,
    set_active=_set_active,
)

register_entity(VENDOR_BANK_ACCOUNT)
