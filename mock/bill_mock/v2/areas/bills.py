"""v2 Bill, RecurringBill and VendorCredit over v3's records, and v2's own PurchaseOrder.

A bill, recurring bill or vendor credit is the record v3 keeps (same id, same table); writes go through the
v3 areas' rules (ap_bills, ap_recurring_bills, ap_vendor_credits): an active vendor of the organization,
lines with amounts that add up to more than zero, totals computed from the lines, no total below what is
already paid or credited. v2's flat fields map onto v3's:

    v2                                  v3 record
    invoiceNumber, invoiceDate          invoice.invoiceNumber, invoice.invoiceDate
    poNumber (bill)                     purchaseOrderNumber
    chartOfAccountId, departmentId,     classifications.chartOfAccountId, departmentId,
    locationId, actgClassId             locationId, accountingClassId (lines also jobId, customerId,
                                        itemId, employeeId)
    unitPrice (lines)                   price
    billLineItems, ...                  billLineItems, ... (Update sends the whole object: v3's PUT)
    refNumber (vendor credit)           referenceNumber
    timePeriod "0"/"1"/"2"/"3"/"9"      schedule.period DAILY/WEEKLY/MONTHLY/YEARLY/NONE
    frequencyPerTimePeriod, nextDueDate schedule.frequency, nextDueDate, endDate, daysInAdvance
    isRecurringPayment, bankAccountId   processingOptions.autoPayment, paymentInformation.bankAccountId
    isActive "1"/"2"                    archived false/true

Fields v3 has no place for (glPostingDate, exchangeRate, paymentTermId, lineType, ...) are kept beside the
record (entities' extras). Read-only fields are derived: amount, paidAmount, dueAmount, scheduledAmount,
paymentStatus ("0" paid, "1" open, "2" partly paid, "4" scheduled) and approvalStatus from v3's state.

Line ids: v3 gives lines ids with the mock's own prefixes (BILL documents none); v2 shows them with the
prefixes its examples use (bli, tli, vci), keeping the other 17 characters, so an id maps both ways.

BILL's v2 rules kept here: a vendor's invoice number is used once per vendor unless allowDuplicateInvNum
is sent; BILL has no restore for a vendor credit. Simplified: the mock keeps no draft bills (isActive "5",
"6" are refused), and List answers every bill with its lines, `nested` or not.

PurchaseOrder (Create, List) is v2's alone: its own table, no v3 counterpart.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bill_mock.areas.ap import (
    ZERO,
    Bill,
    LineItem,
    RecurringBill,
    VendorCredit,
    ap_tables,
    business_error,
    money,
    money_wire,
    open_balance,
    require_active_vendor,
)
from bill_mock.areas.ap_bills import bill_wire, create_bills, set_archived, update_bill
from bill_mock.areas.ap_recurring_bills import change_recurring_bill, create_recurring_bill
from bill_mock.areas.ap_recurring_bills import set_archived as set_recurring_archived
from bill_mock.areas.ap_vendor_credits import archive_credits, build_credit, change_credit, store_credits
from bill_mock.areas.approvals import APPROVED, DENIED
from bill_mock.errors import invalid_field
from bill_mock.state import Store
from bill_mock.v2 import wire
from bill_mock.v2.entities import Entity, bulk_handler, extras, register_entity
from bill_mock.v2.handlers import V2Call, handles_v2
from bill_mock.webhooks import emit

__all__ = [
    "BILL",
    "MAX_AMOUNT",
    "PURCHASE_ORDER",
    "RECURRING_BILL",
    "VENDOR_CREDIT",
    "PurchaseOrderTables",
    "check_amount",
    "shown_id",
]

MAX_AMOUNT = 10_000_000_000
"""The largest amount the mock takes, as v3's schema caps it (BILL documents none), so sums stay exact."""

PREFIX_PURCHASE_ORDER = "pur"
PREFIX_PURCHASE_ORDER_LINE = "pol"
_BILL_LINE, _RECURRING_LINE, _CREDIT_LINE = "bli", "tli", "vci"
"""The prefixes v2 shows line ids with (see the module docstring)."""

_CLASSIFICATIONS = {
    "chartOfAccountId": "chartOfAccountId",
    "departmentId": "departmentId",
    "locationId": "locationId",
    "jobId": "jobId",
    "customerId": "customerId",
    "itemId": "itemId",
    "employeeId": "employeeId",
    "actgClassId": "accountingClassId",
}
"""Line fields kept in v3's classifications, v2 name -> v3 name."""
_V2_CLASSIFICATIONS = {v3: v2 for v2, v3 in _CLASSIFICATIONS.items()}
_HEADER_CLASSIFICATIONS = ("chartOfAccountId", "departmentId", "locationId", "actgClassId")
"""A bill's own classifications (its lines have more)."""

_PAYMENT_STATUS = {"PAID": "0", "UNPAID": "1", "PARTIAL": "2", "SCHEDULED": "4"}
_CREDIT_STATUS = {"FULLY_APPLIED": "0", "NOT_APPLIED": "1", "PARTIALLY_APPLIED": "2"}
_PERIODS = {"0": "DAILY", "1": "WEEKLY", "2": "MONTHLY", "3": "YEARLY", "9": "NONE"}


# shared pieces


def shown_id(prefix: str, record_id: str) -> str:
    """The id v2 shows for a record v3 names with the mock's own prefix: v2's prefix, the same 17 characters."""
    return prefix + record_id[3:]


def check_amount(value: Any, where: str) -> None:
    """Money the mock can keep exactly: from zero to MAX_AMOUNT (v2's schema sets no bounds)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise invalid_field(where, value)
    if not 0 <= value <= MAX_AMOUNT:
        raise business_error(where, value, f"Send an amount from 0 to {MAX_AMOUNT}.")


def _timestamps(record: Any) -> dict[str, str]:
    return {"createdTime": wire.format_timestamp(record.created), "updatedTime": wire.format_timestamp(record.updated)}


def _active_flag(record: Any) -> str:
    return "2" if record.archived else "1"


def _line_to_v3(item: Mapping[str, Any], where: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A v2 line as v3's line fields, and the v2 fields v3 has no place for."""
    fields: dict[str, Any] = {}
    classifications: dict[str, Any] = {}
    rest: dict[str, Any] = {}
    for key, value in item.items():
        if key in ("entity", "id"):
            continue
        if key in ("amount", "quantity", "unitPrice"):
            check_amount(value, f"{where}.{key}")
            fields["price" if key == "unitPrice" else key] = value
        elif key == "description":
            fields[key] = value
        elif key in _CLASSIFICATIONS:
            classifications[_CLASSIFICATIONS[key]] = value
        else:
            rest[key] = value
    if "quantity" in fields and fields["quantity"] == 0:
        raise business_error(f"{where}.quantity", 0, "A quantity must be more than zero.")
    if classifications:
        fields["classifications"] = classifications
    return fields, rest


def _lines_to_v3(items: Sequence[Mapping[str, Any]], where: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    converted = [_line_to_v3(item, f"{where}.{index}") for index, item in enumerate(items)]
    return [fields for fields, _ in converted], [rest for _, rest in converted]


def _keep_line_extras(store: Store, entity: str, lines: Sequence[LineItem], rests: Sequence[dict[str, Any]]) -> None:
    for line, rest in zip(lines, rests, strict=True):
        kept = extras(store, entity, line.id)
        kept.clear()
        kept.update(rest)


def _replace_extras(store: Store, entity: str, record_id: str, rest: Mapping[str, Any]) -> None:
    kept = extras(store, entity, record_id)
    kept.clear()
    kept.update(rest)


def _line_wire(
    store: Store, entity: str, prefix: str, line: LineItem, parent: tuple[str, str], record: Any
) -> dict[str, Any]:
    shown: dict[str, Any] = {"entity": entity, "id": shown_id(prefix, line.id), parent[0]: parent[1]}
    shown["amount"] = money_wire(line.amount)
    if line.quantity is not None:
        shown["quantity"] = line.quantity
    if line.price is not None:
        shown["unitPrice"] = line.price
    if line.description is not None:
        shown["description"] = line.description
    for key, value in (line.classifications or {}).items():
        shown[_V2_CLASSIFICATIONS.get(key, key)] = value
    shown.update(extras(store, entity, line.id))
    shown.update(_timestamps(record))
    return shown


def _register(operation_id: str, action: Callable[[V2Call, Any], dict[str, Any]]) -> None:
    """`action` as the handler of `operation_id` (crudCreateBill) and of its Bulk twin (bulkCrudCreateBill)."""
    handles_v2(operation_id)(lambda call: action(call, call.data))
    handles_v2("bulk" + operation_id[0].upper() + operation_id[1:])(bulk_handler(action))


# bills


def _bill_fields(obj: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """A v2 bill as v3's fields, its own v2-only fields and its lines' v2-only fields."""
    lines, line_rests = _lines_to_v3(obj["billLineItems"], "billLineItems")
    fields: dict[str, Any] = {
        "vendorId": obj["vendorId"],
        "dueDate": obj["dueDate"],
        "invoice": {"invoiceNumber": obj["invoiceNumber"], "invoiceDate": obj["invoiceDate"]},
        "billLineItems": lines,
    }
    classifications: dict[str, Any] = {}
    rest: dict[str, Any] = {}
    for key, value in obj.items():
        if key in ("entity", "id", "isActive", "vendorId", "dueDate", "invoiceNumber", "invoiceDate", "billLineItems"):
            continue
        if key == "poNumber":
            fields["purchaseOrderNumber"] = value
        elif key == "payFromChartOfAccountId":
            fields[key] = value
        elif key in _HEADER_CLASSIFICATIONS:
            classifications[_CLASSIFICATIONS[key]] = value
        elif key == "exchangeRate":
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= MAX_AMOUNT:
                raise business_error(key, value, "An exchange rate is more than zero.")
            rest[key] = value
        else:
            rest[key] = value
    if classifications:
        fields["classifications"] = classifications
    return fields, rest, line_rests


def _bill_active(obj: Mapping[str, Any]) -> bool | None:
    """The isActive sent, as active or not; None when none was sent."""
    flag = obj.get("isActive")
    if flag is None:
        return None
    if flag not in ("1", "2"):
        raise business_error("isActive", flag, 'The mock keeps no draft bills; send "1" (active) or "2" (inactive).')
    return bool(flag == "1")


def _check_unique_invoice(call: V2Call, data: Mapping[str, Any], bill_id: str | None) -> None:
    """BILL takes a vendor's invoice number once, unless the request says allowDuplicateInvNum."""
    if data.get("allowDuplicateInvNum") is True:
        return
    obj = data["obj"]
    for other in ap_tables(call.store).bills.values():
        if (
            other.organization_id == call.organization_id
            and other.id != bill_id
            and other.vendor_id == obj["vendorId"]
            and other.invoice_number == obj["invoiceNumber"]
        ):
            raise business_error(
                "invoiceNumber",
                obj["invoiceNumber"],
                f"Bill {other.id} of this vendor has this invoice number; use another, or send "
                "allowDuplicateInvNum true.",
            )


def _set_bill_active(call: V2Call, bill: Bill, active: bool) -> None:
    if bill.archived != active:
        return
    set_archived(call.store, call.now, call.organization_id, bill.id, not active)
    event = "bill.restored" if active else "bill.archived"
    emit(call.store, call.organization_id, event, bill_wire(call.store, bill), call.now)


def _create_bill(call: V2Call, data: Any) -> dict[str, Any]:
    obj = data["obj"]
    active = _bill_active(obj)
    fields, rest, line_rests = _bill_fields(obj)
    _check_unique_invoice(call, data, None)
    (bill,) = create_bills(call.store, call.now, call.organization_id, [fields], bulk=False)
    _replace_extras(call.store, "Bill", bill.id, rest)
    _keep_line_extras(call.store, "BillLineItem", bill.line_items, line_rests)
    emit(call.store, call.organization_id, "bill.created", bill_wire(call.store, bill), call.now)
    if active is False:
        _set_bill_active(call, bill, False)
    return _bill_to_wire(call.store, bill)


def _update_bill(call: V2Call, data: Any) -> dict[str, Any]:
    obj = data["obj"]
    bill = BILL.find(call, obj["id"])
    active = _bill_active(obj)
    if bill.archived and active is not True:
        raise business_error("id", bill.id, 'The bill is inactive; undelete it, or send isActive "1" with the update.')
    fields, rest, line_rests = _bill_fields(obj)
    _check_unique_invoice(call, data, bill.id)
    update_bill(call.store, call.now, call.organization_id, bill.id, fields, replace=True)
    _replace_extras(call.store, "Bill", bill.id, rest)
    _keep_line_extras(call.store, "BillLineItem", bill.line_items, line_rests)
    emit(call.store, call.organization_id, "bill.updated", bill_wire(call.store, bill), call.now)
    if active is not None:
        _set_bill_active(call, bill, active)
    return _bill_to_wire(call.store, bill)


def _payment_status(bill: Bill) -> str:
    """v2's code: "4" while a payment is scheduled (v3 calls a bill fully covered by one PAID already), else
    "0" paid, "1" open, "2" partly paid."""
    status = "SCHEDULED" if bill.scheduled_amount > ZERO else bill.payment_status
    return _PAYMENT_STATUS.get(status, "1")


def _approval_status(bill: Bill) -> str:
    """v2's code: "0" unassigned, "1" assigned, "3" approved, "4" approving, "5" denied."""
    status = bill.approval_status
    if status is None:
        return "0"
    if status == DENIED:
        return "5"
    if status == APPROVED:
        return "3"
    return "4" if any(approver.status == APPROVED for approver in bill.approvers) else "1"


def _bill_to_wire(store: Store, bill: Bill) -> dict[str, Any]:
    details = bill.details
    shown: dict[str, Any] = {
        "entity": "Bill",
        "id": bill.id,
        "isActive": _active_flag(bill),
        "vendorId": bill.vendor_id,
        "invoiceNumber": bill.invoice_number,
        "invoiceDate": bill.invoice_date,
        "dueDate": bill.due_date,
    }
    if "purchaseOrderNumber" in details:
        shown["poNumber"] = details["purchaseOrderNumber"]
    if "payFromChartOfAccountId" in details:
        shown["payFromChartOfAccountId"] = details["payFromChartOfAccountId"]
    for key, value in (details.get("classifications") or {}).items():
        name = _V2_CLASSIFICATIONS.get(key, key)
        if name in _HEADER_CLASSIFICATIONS:
            shown[name] = value
    shown.update(extras(store, "Bill", bill.id))
    amount = money_wire(bill.amount)
    shown.update(
        {
            "amount": amount,
            "localAmount": amount,
            "scheduledAmount": money_wire(bill.scheduled_amount),
            "paidAmount": money_wire(bill.paid_amount),
            "dueAmount": money_wire(open_balance(bill)),
            "paymentStatus": _payment_status(bill),
            "approvalStatus": _approval_status(bill),
            "multipleBillLineItems": len(bill.line_items) > 1,
            **_timestamps(bill),
            "billLineItems": [
                _line_wire(store, "BillLineItem", _BILL_LINE, line, ("billId", bill.id), bill)
                for line in bill.line_items
            ],
        }
    )
    return shown


BILL: Entity[Bill] = Entity(
    name="Bill",
    table=lambda store: ap_tables(store).bills,
    organization_of=lambda bill: bill.organization_id,
    to_wire=_bill_to_wire,
    set_active=_set_bill_active,
)

register_entity(BILL)
_register("crudCreateBill", _create_bill)
_register("crudUpdateBill", _update_bill)


# recurring bills


def _recurring_fields(
    call: V2Call, obj: Mapping[str, Any], current: RecurringBill | None
) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """A v2 recurring bill as v3's fields, its v2-only fields and its lines' v2-only fields."""
    schedule: dict[str, Any] = {
        "period": _PERIODS[obj["timePeriod"]],
        "frequency": obj["frequencyPerTimePeriod"],
        "nextDueDate": obj["nextDueDate"],
        "daysInAdvance": obj["daysInAdvance"],
    }
    if "endDate" in obj:
        schedule["endDate"] = obj["endDate"]
    lines, line_rests = _recurring_lines(obj["recurringBillLineItems"], current)
    fields: dict[str, Any] = {"vendorId": obj["vendorId"], "schedule": schedule, "recurringBillLineItems": lines}
    if "description" in obj:
        fields["description"] = obj["description"]
    if "isRecurringPayment" in obj:
        fields["processingOptions"] = {"autoPayment": obj["isRecurringPayment"]}
    if "bankAccountId" in obj:
        fields["paymentInformation"] = {"bankAccountId": obj["bankAccountId"]}
    users_id = obj.get("usersId")
    if users_id is not None:
        user = call.store.users.get(users_id)
        if user is None or user.organization_id != call.organization_id:
            raise business_error("usersId", users_id, "Name a user of this organization.")
    known = ("timePeriod", "frequencyPerTimePeriod", "nextDueDate", "endDate", "daysInAdvance", "vendorId")
    skipped = {*known, "entity", "id", "isActive", "recurringBillLineItems", "description", "isRecurringPayment"}
    rest = {key: value for key, value in obj.items() if key not in skipped and key != "bankAccountId"}
    return fields, rest, line_rests


def _recurring_lines(
    items: Sequence[Mapping[str, Any]], current: RecurringBill | None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """v3's lines for a recurring bill; on Update a line naming one of the bill's lines (its v2 id) changes
    that line, keeping what it does not send."""
    lines, rests = _lines_to_v3(items, "recurringBillLineItems")
    known = {shown_id(_RECURRING_LINE, line.id): line for line in current.line_items} if current else {}
    seen: set[str] = set()
    for index, item in enumerate(items):
        line_id = item.get("id")
        if line_id is None:
            continue  # a new line: v3's rules want an amount, or a quantity and a price
        line = known.get(line_id)
        if line is None or line_id in seen:
            raise business_error(
                f"recurringBillLineItems.{index}.id",
                line_id,
                "Name each line of this recurring bill at most once, or leave the id out to add a line.",
            )
        seen.add(line_id)
        base: dict[str, Any] = {"id": line.id, "amount": money_wire(line.amount)}
        for key, value in (
            ("quantity", line.quantity),
            ("price", line.price),
            ("description", line.description),
            ("classifications", line.classifications),
        ):
            if value is not None:
                base[key] = value
        if "amount" not in lines[index] and ("quantity" in lines[index] or "price" in lines[index]):
            base.pop("amount")
        lines[index] = {**base, **lines[index]}
    return lines, rests


def _create_recurring(call: V2Call, obj: dict[str, Any]) -> RecurringBill:
    fields, rest, line_rests = _recurring_fields(call, obj, None)
    template = create_recurring_bill(call.store, call.now, call.who, fields)
    _replace_extras(call.store, "RecurringBill", template.id, rest)
    _keep_line_extras(call.store, "RecurringBillLineItem", template.line_items, line_rests)
    return template


def _update_recurring(call: V2Call, template: RecurringBill, obj: dict[str, Any]) -> None:
    fields, rest, line_rests = _recurring_fields(call, obj, template)
    change_recurring_bill(call.store, call.now, call.who, template.id, fields, replace=True)
    _replace_extras(call.store, "RecurringBill", template.id, rest)
    _keep_line_extras(call.store, "RecurringBillLineItem", template.line_items, line_rests)


def _set_recurring_active(call: V2Call, template: RecurringBill, active: bool) -> None:
    set_recurring_archived(call.store, call.now, call.organization_id, template.id, not active)


def _recurring_to_wire(store: Store, template: RecurringBill) -> dict[str, Any]:
    schedule = template.schedule
    period = schedule.get("period")
    shown: dict[str, Any] = {
        "entity": "RecurringBill",
        "id": template.id,
        "isActive": _active_flag(template),
        "vendorId": template.vendor_id,
        "timePeriod": next((code for code, name in _PERIODS.items() if name == period), "9"),
        "frequencyPerTimePeriod": schedule.get("frequency", 1),
        "nextDueDate": schedule.get("nextDueDate"),
        "daysInAdvance": schedule.get("daysInAdvance", 0),
    }
    if schedule.get("endDate") is not None:
        shown["endDate"] = schedule["endDate"]
    details = template.details
    if "description" in details:
        shown["description"] = details["description"]
    auto = (details.get("processingOptions") or {}).get("autoPayment")
    if auto is not None:
        shown["isRecurringPayment"] = auto
    bank = (details.get("paymentInformation") or {}).get("bankAccountId")
    if bank is not None:
        shown["bankAccountId"] = bank
    shown.update(extras(store, "RecurringBill", template.id))
    shown["amount"] = money_wire(sum((line.amount for line in template.line_items), money(0)))
    shown.update(_timestamps(template))
    shown["recurringBillLineItems"] = [
        _line_wire(store, "RecurringBillLineItem", _RECURRING_LINE, line, ("recurringBillId", template.id), template)
        for line in template.line_items
    ]
    return shown


RECURRING_BILL: Entity[RecurringBill] = Entity(
    name="RecurringBill",
    table=lambda store: ap_tables(store).recurring_bills,
    organization_of=lambda template: template.organization_id,
    to_wire=_recurring_to_wire,
    create=_create_recurring,
    update=_update_recurring,
    set_active=_set_recurring_active,
)

register_entity(RECURRING_BILL)


# vendor credits


def _credit_fields(obj: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    lines, line_rests = _lines_to_v3(obj["vendorCreditLineItems"], "vendorCreditLineItems")
    fields: dict[str, Any] = {
        "vendorId": obj["vendorId"],
        "referenceNumber": obj["refNumber"],
        "creditDate": obj["creditDate"],
        "vendorCreditLineItems": lines,
    }
    for key in ("description", "applyToBankAccountId", "applyToChartOfAccountId"):
        if key in obj:
            fields[key] = obj[key]
    skipped = {*fields, "refNumber", "entity", "id", "isActive"}
    rest = {key: value for key, value in obj.items() if key not in skipped}
    return fields, rest, line_rests


def _create_credit(call: V2Call, obj: dict[str, Any]) -> VendorCredit:
    fields, rest, line_rests = _credit_fields(obj)
    credit = build_credit(call.store, call.now, call.organization_id, fields)
    store_credits(call.store, [credit])
    _replace_extras(call.store, "VendorCredit", credit.id, rest)
    _keep_line_extras(call.store, "VendorCreditLineItem", credit.line_items, line_rests)
    return credit


def _update_credit(call: V2Call, credit: VendorCredit, obj: dict[str, Any]) -> None:
    fields, rest, line_rests = _credit_fields(obj)
    changed = change_credit(call.store, call.now, call.organization_id, credit.id, fields, replace=True)
    for name in (item.name for item in dataclasses.fields(changed)):
        setattr(credit, name, getattr(changed, name))  # the record others hold stays the one in the table
    store_credits(call.store, [credit])
    _replace_extras(call.store, "VendorCredit", credit.id, rest)
    _keep_line_extras(call.store, "VendorCreditLineItem", credit.line_items, line_rests)


def _set_credit_active(call: V2Call, credit: VendorCredit, active: bool) -> None:
    if not active:
        archive_credits(call.store, call.now, call.organization_id, [credit.id])
    elif credit.archived:
        raise business_error("id", credit.id, "BILL cannot reactivate a deleted vendor credit; create a new one.")


def _credit_to_wire(store: Store, credit: VendorCredit) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "entity": "VendorCredit",
        "id": credit.id,
        "isActive": _active_flag(credit),
        "vendorId": credit.vendor_id,
        "refNumber": credit.reference_number,
        "creditDate": credit.credit_date,
        **{key: value for key, value in credit.details.items() if isinstance(value, str)},
    }
    shown.update(extras(store, "VendorCredit", credit.id))
    amount = money_wire(credit.amount)
    shown.update(
        {
            "amount": amount,
            "localAmount": amount,
            "appliedAmount": money_wire(credit.applied_amount),
            "creditStatus": _CREDIT_STATUS[credit.status],
            **_timestamps(credit),
            "vendorCreditLineItems": [
                _line_wire(store, "VendorCreditLineItem", _CREDIT_LINE, line, ("vendorCreditId", credit.id), credit)
                for line in credit.line_items
            ],
        }
    )
    return shown


VENDOR_CREDIT: Entity[VendorCredit] = Entity(
    name="VendorCredit",
    table=lambda store: ap_tables(store).vendor_credits,
    organization_of=lambda credit: credit.organization_id,
    to_wire=_credit_to_wire,
    create=_create_credit,
    update=_update_credit,
    set_active=_set_credit_active,
)

register_entity(VENDOR_CREDIT)


# purchase orders (v2 only)


@dataclass(slots=True)
class PurchaseOrderRecord:
    id: str
    organization_id: str
    vendor_id: str
    created_by: str
    created: datetime
    updated: datetime
    fields: dict[str, Any]
    """The fields sent, but vendorId and the lines."""
    lines: list[dict[str, Any]]
    """Each line as sent, with its id."""
    archived: bool = False


@dataclass
class PurchaseOrderTables:
    orders: dict[str, PurchaseOrderRecord] = field(default_factory=dict)


def _orders(store: Store) -> dict[str, PurchaseOrderRecord]:
    return store.area(PurchaseOrderTables).orders


def _create_order(call: V2Call, obj: dict[str, Any]) -> PurchaseOrderRecord:
    vendor = require_active_vendor(call.store, call.organization_id, obj["vendorId"])
    start, end = obj.get("serviceStartDate"), obj.get("serviceEndDate")
    if start is not None and end is not None and end < start:
        raise business_error("serviceEndDate", end, "The service cannot end before it starts.")
    lines: list[dict[str, Any]] = []
    for index, item in enumerate(obj.get("purchaseOrderLineItems") or ()):
        for key in ("amount", "quantity", "unitPrice", "qtyBilled", "qtyReceived", "billedAmount"):
            if key in item:
                check_amount(item[key], f"purchaseOrderLineItems.{index}.{key}")
        lines.append({"id": call.store.ids.object_id(PREFIX_PURCHASE_ORDER_LINE), **item})
    order = PurchaseOrderRecord(
        id=call.store.ids.object_id(PREFIX_PURCHASE_ORDER),
        organization_id=call.organization_id,
        vendor_id=vendor.id,
        created_by=call.user_id,
        created=call.now,
        updated=call.now,
        fields={key: value for key, value in obj.items() if key not in ("vendorId", "purchaseOrderLineItems")},
        lines=lines,
    )
    _orders(call.store)[order.id] = order
    return order


def _order_to_wire(store: Store, order: PurchaseOrderRecord) -> dict[str, Any]:
    total = sum((money(line["amount"]) for line in order.lines), money(0))
    kinds = {line.get("lineType") for line in order.lines}
    order_type = "2" if {"1", "2"} <= kinds else "1" if "1" in kinds else "0"
    shown: dict[str, Any] = {
        "entity": "PurchaseOrder",
        "id": order.id,
        "isActive": _active_flag(order),
        "vendorId": order.vendor_id,
        "createdBy": order.created_by,
        "approvalStatus": "0",
        "fullfillmentStatus": "0",
        "billingStatus": "0",
        "closureStatus": "1",
        "orderType": order_type,
        "remainingAmount": money_wire(total),
        **order.fields,
        "hasLinkedBills": False,
        "linkedBillsCount": 0,
        "multipleBillLineItems": len(order.lines) > 1,
        **_timestamps(order),
    }
    shown["purchaseOrderLineItems"] = [
        {"entity": "PurchaseOrderLineItem", **line, **_timestamps(order)} for line in order.lines
    ]
    return shown


PURCHASE_ORDER: Entity[PurchaseOrderRecord] = Entity(
    name="PurchaseOrder",
    table=_orders,
    organization_of=lambda order: order.organization_id,
    to_wire=_order_to_wire,
    create=_create_order,
)

register_entity(PURCHASE_ORDER)
