"""v2 Vendor over v3's vendor records: what either API creates or changes, the other reads.

Writes go through ap_vendors' rules (ids, times, the audit trail, webhooks), with v2's flat fields mapped
onto v3's nested ones:

    v2                        v3 record
    name, shortName           name, shortName
    accNumber, email, phone   accountNumber, email, phone
    billCurrency              billCurrency
    accountType "0"/"1"/"2"   accountType NONE/BUSINESS/PERSON
    address1, address2        address.line1, address.line2
    addressCity/State/Zip     address.city / stateOrProvince / zipOrPostalCode
    addressCountry            address.country
    companyName, taxId,       additionalInfo.companyName, taxId,
    taxIdType "1"/"2",        taxIdType EIN/SSN,
    track1099, paymentTermId  track1099, paymentTermId,
    enabledCombinePayments    combinePayments,
    payDaysBefore (whole)     leadTimeInDays
    nameOnCheck, paymentEmail paymentInformation.payeeName, paymentInformation.email
    isActive "1"/"2"          archived false/true

Everything else v2 accepts (address3, fax, description, contacts, ...) is kept beside the record (entities
extras). Read-only fields are derived: payBy "1" (ACH) with a bank account, else "0" (check); balance is
what the vendor's active bills still owe.

As the spec says, changing nameOnCheck, the address or email on Update needs an MFA-trusted session.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bill_mock.areas.ap import ZERO, Vendor, ap_tables, money_wire, open_balance
from bill_mock.areas.ap_vendors import archive_vendor, create_vendor, update_vendor, vendor_wire
from bill_mock.state import Store
from bill_mock.v2 import wire
from bill_mock.v2.entities import Entity, extras, extras_of, register_entity
from bill_mock.v2.handlers import V2Call, require_trusted
from bill_mock.webhooks import emit

__all__ = ["VENDOR"]

_ACCOUNT_TYPES = {"0": "NONE", "1": "BUSINESS", "2": "PERSON"}
_TAX_ID_TYPES = {"1": "EIN", "2": "SSN"}
_TOP = {"shortName": "shortName", "accNumber": "accountNumber", "email": "email", "phone": "phone"}
_ADDRESS = {
    "address1": "line1",
    "address2": "line2",
    "addressCity": "city",
    "addressState": "stateOrProvince",
    "addressZip": "zipOrPostalCode",
    "addressCountry": "country",
}
_INFO = {
    "companyName": "companyName",
    "taxId": "taxId",
    "track1099": "track1099",
    "paymentTermId": "paymentTermId",
    "enabledCombinePayments": "combinePayments",
}
_PAYMENT = {"nameOnCheck": "payeeName", "paymentEmail": "email"}
_PROTECTED = ("nameOnCheck", "email", *_ADDRESS)
"""Fields whose change needs an MFA-trusted session (the spec's crudUpdateVendor)."""
_MAX_LEAD_DAYS = 9999


def _to_v3(obj: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """v2 fields as v3's (only those sent), and the v2 fields v3 has no place for."""
    fields: dict[str, Any] = {}
    address: dict[str, Any] = {}
    info: dict[str, Any] = {}
    payment: dict[str, Any] = {}
    rest: dict[str, Any] = {}
    for key, value in obj.items():
        if key == "name":
            fields["name"] = value
        elif key in _TOP:
            fields[_TOP[key]] = value
        elif key == "billCurrency":
            fields["billCurrency"] = value
        elif key == "accountType":
            fields["accountType"] = _ACCOUNT_TYPES[value]
        elif key in _ADDRESS:
            address[_ADDRESS[key]] = value
        elif key in _INFO:
            info[_INFO[key]] = value
        elif key == "taxIdType":
            info["taxIdType"] = _TAX_ID_TYPES[value]
        elif key == "payDaysBefore" and float(value).is_integer() and 0 <= value <= _MAX_LEAD_DAYS:
            info["leadTimeInDays"] = int(value)
        elif key in _PAYMENT:
            payment[_PAYMENT[key]] = value
        else:
            rest[key] = value
    for name, part in (("address", address), ("additionalInfo", info), ("paymentInformation", payment)):
        if part:
            fields[name] = part
    return fields, rest


def _create(call: V2Call, obj: dict[str, Any]) -> Vendor:
    fields, rest = _to_v3(obj)
    vendor = create_vendor(call.store, call.now, call.organization_id, call.user_id, fields)
    extras(call.store, "Vendor", vendor.id).update(rest)
    emit(call.store, call.organization_id, "vendor.created", vendor_wire(vendor), call.now)
    return vendor


def _update(call: V2Call, vendor: Vendor, obj: dict[str, Any]) -> None:
    current = _to_wire(call.store, vendor)
    if any(key in obj and obj[key] != current.get(key) for key in _PROTECTED):
        require_trusted(call, "Changing a vendor's nameOnCheck, address or email")
    fields, rest = _to_v3(obj)
    for nested in ("address", "additionalInfo"):  # v3 replaces these whole; v2 sends single fields
        if nested in fields:
            fields[nested] = {**(vendor.details.get(nested) or {}), **fields[nested]}
    update_vendor(call.store, call.now, call.organization_id, call.user_id, vendor.id, fields)
    stored = extras(call.store, "Vendor", vendor.id)
    for key in obj:  # a field sent now lives where this update put it, never in two places
        stored.pop(key, None)
    stored.update(rest)
    emit(call.store, call.organization_id, "vendor.updated", vendor_wire(vendor), call.now)


def _set_active(call: V2Call, vendor: Vendor, active: bool) -> None:
    archive_vendor(call.store, call.now, call.organization_id, call.user_id, vendor.id, not active)
    event = "vendor.restored" if active else "vendor.archived"
    emit(call.store, call.organization_id, event, vendor_wire(vendor), call.now)


def _to_wire(store: Store, vendor: Vendor) -> dict[str, Any]:
    details = vendor.details
    address = details.get("address") or {}
    info = details.get("additionalInfo") or {}
    payment = vendor.payment_information
    wire_form: dict[str, Any] = {
        "entity": "Vendor",
        "id": vendor.id,
        "isActive": "2" if vendor.archived else "1",
        "name": vendor.name,
    }
    known: dict[str, Any] = {v2: details.get(v3) for v2, v3 in _TOP.items()}
    known["billCurrency"] = details.get("billCurrency")
    known.update({v2: address.get(v3) for v2, v3 in _ADDRESS.items()})
    known.update({v2: info.get(v3) for v2, v3 in _INFO.items()})
    known.update({v2: payment.get(v3) for v2, v3 in _PAYMENT.items()})
    known["accountType"] = _code(_ACCOUNT_TYPES, details.get("accountType"))
    known["taxIdType"] = _code(_TAX_ID_TYPES, info.get("taxIdType"))
    known["payDaysBefore"] = info.get("leadTimeInDays")
    wire_form.update({key: value for key, value in known.items() if value is not None})
    wire_form.update(extras_of(store, "Vendor", vendor.id))
    has_bank = vendor.bank_account is not None
    wire_form["payBy"] = "1" if has_bank else "0"
    wire_form["vendorBankAccountStatus"] = "1" if has_bank else "-1"
    wire_form["balance"] = money_wire(_balance(store, vendor))
    wire_form["createdTime"] = wire.format_timestamp(vendor.created)
    wire_form["updatedTime"] = wire.format_timestamp(vendor.updated)
    return wire_form


def _code(codes: dict[str, str], value: Any) -> str | None:
    """v2's code for a v3 value, or None when v2 has no code for it."""
    return next((code for code, name in codes.items() if name == value), None)


def _balance(store: Store, vendor: Vendor) -> Decimal:
    bills = ap_tables(store).bills.values()
    return sum((open_balance(bill) for bill in bills if bill.vendor_id == vendor.id and not bill.archived), ZERO)


VENDOR: Entity[Vendor] = Entity(
    name="Vendor",
    table=lambda store: ap_tables(store).vendors,
    organization_of=lambda vendor: vendor.organization_id,
    to_wire=_to_wire,
    create=_create,
    update=_update,
    set_active=_set_active,
)

register_entity(VENDOR)
