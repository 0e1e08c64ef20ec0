"""v2 Invoice, RecurringInvoice and CreditMemo over the AR records v3 keeps: what either API writes, the other reads.

Writes go through v3's rules (ar_invoices, ar_recurring_invoices, ar_credit_memos): invoice numbers unique in the
organization, an active customer of the organization, totals and what is still due worked out from the lines
(quantity x price, or ratePercent of the lines above), payments and credits applied kept. v2's Update sends the
whole object, so it is v3's replace (PUT): the lines sent replace the old ones, optional fields left out are
cleared. Delete and Undelete are v3's archive and restore.

    v2                                  v3 record
    customerId                          customer (invoices: customer.id) / customerId
    invoiceNumber, invoiceDate, dueDate invoiceNumber, invoiceDate, dueDate
    refNumber, creditDate               referenceNumber, creditDate
    timePeriod "0"/"1"/"2"/"3"          schedule.period DAILY/WEEKLY/MONTHLY/YEARLY ("9", none: v2's alone)
    frequencyPerTimePeriod, nextDueDate schedule.frequency, nextDueDate,
    endDate, daysInAdvance              endDate, daysInAdvance
    isToBeAutoEmailed                   sendEmail (recurring invoices)
    itemSalesTax                        salesTaxItemId
    payToChartOfAccountId, ...BankAcc.. the same
    description                         description (credit memos, recurring invoices)
    departmentId, locationId,           classifications.departmentId, locationId,
    actgClassId, jobId (and on lines    accountingClassId, jobId (chartOfAccountId, itemId), when the id
    chartOfAccountId, itemId)           has the form v3 takes
    invoiceLineItems, ...LineItems      lines: quantity, price, ratePercent, description (taxable on credit
                                        memo and recurring lines, amount as sent on recurring lines)
    amount, amountDue, creditAmount     totalAmount, dueAmount, creditAmount (read-only)
    paymentStatus "1"/"2"/"0"           status OPEN/PARTIAL_PAYMENT/PAID_IN_FULL
    CreditMemo status "1"/"2"/"0"       NOT_APPLIED/PARTIALLY_APPLIED/FULLY_APPLIED
    isActive "1"/"2"                    archived false/true

An invoice or credit memo line's amount is quantity x price; a line sent with an amount and no price gets the
price that makes that amount, and an amount that disagrees with quantity x price is refused. Every other v2 field
(poNumber, terms, serviceDate, taxCode, ...) is kept beside its record (entities extras); lastSentTime is when
the invoice was last emailed, createdBy the user who created it through v2.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from bill_mock.areas.ar import (
    ZERO,
    CreditMemo,
    Invoice,
    Line,
    RecurringInvoice,
    ar_tables,
    cents,
    credit_memo_line_amounts,
    decimal,
    money_wire,
    number_wire,
)
from bill_mock.areas.ar import set_archived as archive
from bill_mock.areas.ar_credit_memos import plan_create, plan_replace
from bill_mock.areas.ar_invoices import create_invoice, invoice_wire, replace_invoice
from bill_mock.areas.ar_recurring_invoices import create_template, replace_template
from bill_mock.errors import BillError, invalid_field
from bill_mock.state import Store
from bill_mock.v2 import wire
from bill_mock.v2.areas.customers import active_customer
from bill_mock.v2.entities import Entity, extras, register_entity
from bill_mock.v2.handlers import V2Call
from bill_mock.webhooks import emit

__all__ = ["CREDIT_MEMO", "INVOICE", "RECURRING_INVOICE"]

_CLASSIFICATIONS: dict[str, tuple[str, re.Pattern[str]]] = {
    "chartOfAccountId": ("chartOfAccountId", re.compile(r"0ca[0-9A-Za-z]{17}")),
    "actgClassId": ("accountingClassId", re.compile(r"cls[0-9A-Za-z]{17}")),
    "departmentId": ("departmentId", re.compile(r"0de[0-9A-Za-z]{17}")),
    "itemId": ("itemId", re.compile(r"0ii[0-9A-Za-z]{17}")),
    "jobId": ("jobId", re.compile(r"[0-9A-Za-z]{20}")),
    "locationId": ("locationId", re.compile(r"loc[0-9A-Za-z]{17}")),
}
"""v2 tag -> (v3's classifications key, the form v3 takes); a tag of another form stays v2's."""

_PAYMENT_STATUS = {"OPEN": "1", "PARTIAL_PAYMENT": "2", "PAID_IN_FULL": "0"}
_MEMO_STATUS = {"FULLY_APPLIED": "0", "NOT_APPLIED": "1", "PARTIALLY_APPLIED": "2"}
_PERIODS = {"0": "DAILY", "1": "WEEKLY", "2": "MONTHLY", "3": "YEARLY"}
_NO_PERIOD = "9"

_INVOICE_HEADER = {"itemSalesTax": "salesTaxItemId", "payToChartOfAccountId": "payToChartOfAccountId"}
_MEMO_HEADER = {
    "description": "description",
    "itemSalesTax": "salesTaxItemId",
    "payToChartOfAccountId": "payToChartOfAccountId",
    "payToBankAccountId": "payToBankAccountId",
}
_TEMPLATE_HEADER = {"description": "description", "isToBeAutoEmailed": "sendEmail"}
_SCHEDULE = {"frequencyPerTimePeriod": "frequency", "nextDueDate": "nextDueDate", "endDate": "endDate"}
_MEMO_COMPUTED = ("availableAmount", "appliedAmount", "status")
"""CreditMemoCreate takes these, but BILL works them out; what is sent is not kept."""
_NUMBERS = ("quantity", "price", "ratePercent")
_CREATED_BY = "createdBy"

_Fields = dict[str, Any]
_Body = tuple[_Fields, _Fields, list[_Fields]]
"""v3's request body for a v2 object, the object's v2-only fields, and each of its lines' v2-only fields."""


@dataclass(frozen=True, slots=True)
class _LineKind:
    """How one kind of v2 line maps onto v3's lines."""

    entity: str
    list_name: str
    fields: tuple[str, ...]
    """The v2 line fields v3's line keeps under the same name."""
    priced: bool
    """Whether the amount is quantity x price (invoices, credit memos) rather than sent (recurring invoices)."""
    parent_key: str | None = None
    timestamps: bool = True


_INVOICE_LINE = _LineKind(
    "InvoiceLineItem", "invoiceLineItems", ("quantity", "price", "ratePercent", "description"), True, "invoiceId"
)
_MEMO_LINE = _LineKind(
    "CreditMemoLineItem",
    "creditMemoLineItems",
    ("quantity", "price", "ratePercent", "description", "taxable"),
    True,
    timestamps=False,
)
_TEMPLATE_LINE = _LineKind(
    "RecurringInvoiceLineItem",
    "recurringInvoiceLineItems",
    ("amount", "quantity", "price", "description", "taxable"),
    False,
    "recurringInvoiceId",
)


# mapping v2 fields onto v3's and back


def _split(obj: Mapping[str, Any], direct: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """v3's fields for the v2 fields sent (renamed by `direct`, tags v3 can hold under `classifications`), and the
    v2 fields v3 has no place for."""
    fields: dict[str, Any] = {}
    tags: dict[str, Any] = {}
    rest: dict[str, Any] = {}
    for key, value in obj.items():
        tag = _CLASSIFICATIONS.get(key)
        if key in direct:
            fields[direct[key]] = value
        elif tag is not None and isinstance(value, str) and tag[1].fullmatch(value):
            tags[tag[0]] = value
        else:
            rest[key] = value
    if tags:
        fields["classifications"] = tags
    return fields, rest


def _joined(fields: Mapping[str, Any], direct: Mapping[str, str]) -> dict[str, Any]:
    """v2's fields from v3's: the reverse of _split."""
    answer = {v2: fields[v3] for v2, v3 in direct.items() if fields.get(v3) is not None}
    tags = fields.get("classifications") or {}
    answer.update({v2: tags[v3] for v2, (v3, _) in _CLASSIFICATIONS.items() if tags.get(v3) is not None})
    return answer


def _refused(field_name: str, value: object, advice: str) -> BillError:
    return BillError(400, "BDC_1119", f"{invalid_field(field_name, value).message}. {advice}")


def _priced(item: dict[str, Any], where: str) -> dict[str, Any]:
    """A line whose amount BILL works out as quantity x price (v3's rule): `price` or `ratePercent`, not both; an
    amount sent with a price must be what they make, one sent without a price sets the price that makes it."""
    amount = item.pop("amount", None)
    if "ratePercent" in item:
        if "price" in item:
            raise _refused(f"{where}ratePercent", item["ratePercent"], "Send price or ratePercent, not both.")
        return item
    if amount is None:
        return item
    quantity = decimal(item.get("quantity", 1))
    if "price" in item:
        made = cents(quantity * decimal(item["price"]))
        if made != cents(decimal(amount)):
            raise _refused(f"{where}amount", amount, f"A line's amount is quantity x price, here {made}.")
        return item
    if quantity == ZERO:
        raise _refused(f"{where}quantity", item.get("quantity"), "A line with an amount needs a quantity other than 0.")
    item["price"] = float(decimal(amount) / quantity)
    return item


def _lines_to_v3(kind: _LineKind, items: Sequence[Mapping[str, Any]]) -> tuple[list[_Fields], list[_Fields]]:
    """v3's line fields for each v2 line sent, and each line's v2-only fields."""
    lines: list[dict[str, Any]] = []
    rests: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        sent = {key: value for key, value in item.items() if key != "entity"}
        if kind.priced:
            sent = _priced(sent, f"obj.{kind.list_name}.{index}.")
        fields, rest = _split(sent, {name: name for name in kind.fields})
        lines.append(fields)
        rests.append(rest)
    return lines, rests


def _keep_line_extras(store: Store, kind: _LineKind, lines: Sequence[Line], rests: Sequence[dict[str, Any]]) -> None:
    for line, rest in zip(lines, rests, strict=True):
        kept = extras(store, kind.entity, line.id)
        kept.clear()
        kept.update(rest)


def _lines_wire(
    store: Store, kind: _LineKind, parent: Invoice | CreditMemo | RecurringInvoice, amounts: Sequence[Decimal]
) -> list[dict[str, Any]]:
    answers: list[dict[str, Any]] = []
    for line, amount in zip(parent.lines, amounts, strict=True):
        answer: dict[str, Any] = {"entity": kind.entity, "id": line.id}
        if kind.parent_key is not None:
            answer[kind.parent_key] = parent.id
        answer.update(extras(store, kind.entity, line.id))
        answer.update(_joined(line.fields, {name: name for name in kind.fields}))
        for name in _NUMBERS:
            if name in answer:
                answer[name] = number_wire(answer[name])
        answer["amount"] = money_wire(amount)
        if kind.timestamps:
            answer["createdTime"] = wire.format_timestamp(parent.created)
            answer["updatedTime"] = wire.format_timestamp(parent.updated)
        answers.append(answer)
    return answers


def _replace_extras(
    store: Store, entity: str, record_id: str, rest: Mapping[str, Any], keep: tuple[str, ...] = ()
) -> None:
    """An Update sends the whole object: the v2-only fields it leaves out are cleared."""
    kept = extras(store, entity, record_id)
    saved = {key: kept[key] for key in keep if key in kept}
    kept.clear()
    kept.update({**rest, **saved})


def _active(record: Invoice | CreditMemo | RecurringInvoice) -> str:
    return "2" if record.archived else "1"


# Invoice


def _check_number(call: V2Call, number: str, invoice_id: str | None) -> None:
    """Invoice numbers are unique in the organization, inactive invoices included (v3 checks it too; this says
    it in v2's words)."""
    for other in ar_tables(call.store).invoices.values():
        if other.organization_id == call.organization_id and other.invoice_number == number and other.id != invoice_id:
            raise _refused(
                "invoiceNumber", number, f"Invoice {other.id} already has that number; give each invoice its own."
            )


def _invoice_body(call: V2Call, obj: Mapping[str, Any], invoice_id: str | None) -> _Body:
    """v3's body for a v2 invoice, its v2-only fields, and each line's."""
    customer = active_customer(call, obj["customerId"])
    _check_number(call, obj["invoiceNumber"], invoice_id)
    own = ("customerId", "invoiceNumber", "invoiceDate", "dueDate", "invoiceLineItems")
    header, rest = _split({key: value for key, value in obj.items() if key not in own}, _INVOICE_HEADER)
    lines, line_rests = _lines_to_v3(_INVOICE_LINE, obj["invoiceLineItems"])
    body = {
        "customer": {"id": customer.id},
        "invoiceNumber": obj["invoiceNumber"],
        "invoiceDate": obj["invoiceDate"],
        "dueDate": obj["dueDate"],
        "invoiceLineItems": lines,
        **header,
    }
    return body, rest, line_rests


def _create_invoice(call: V2Call, obj: dict[str, Any]) -> Invoice:
    body, rest, line_rests = _invoice_body(call, obj, None)
    invoice = create_invoice(call.store, call.now, call.organization_id, call.user_id, body)
    _replace_extras(call.store, "Invoice", invoice.id, {**rest, _CREATED_BY: call.user_id})
    _keep_line_extras(call.store, _INVOICE_LINE, invoice.lines, line_rests)
    emit(call.store, call.organization_id, "invoice.created", invoice_wire(invoice), call.now)
    return invoice


def _update_invoice(call: V2Call, invoice: Invoice, obj: dict[str, Any]) -> None:
    body, rest, line_rests = _invoice_body(call, obj, invoice.id)
    replace_invoice(call.store, call.now, invoice, body)
    _replace_extras(call.store, "Invoice", invoice.id, rest, keep=(_CREATED_BY,))
    _keep_line_extras(call.store, _INVOICE_LINE, invoice.lines, line_rests)
    emit(call.store, call.organization_id, "invoice.updated", invoice_wire(invoice), call.now)


def _set_invoice_active(call: V2Call, invoice: Invoice, active: bool) -> None:
    archive(invoice, call.now, archived=not active)
    event = "invoice.restored" if active else "invoice.archived"
    emit(call.store, call.organization_id, event, invoice_wire(invoice), call.now)


def _invoice_wire(store: Store, invoice: Invoice) -> dict[str, Any]:
    answer: dict[str, Any] = {"entity": "Invoice", "id": invoice.id, "isActive": _active(invoice)}
    answer.update(extras(store, "Invoice", invoice.id))
    answer.update(_joined(invoice.details, _INVOICE_HEADER))
    sent = [email.at for email in ar_tables(store).sent_emails if email.invoice_id == invoice.id]
    if sent:
        answer["lastSentTime"] = wire.format_timestamp(max(sent))
    answer.update(
        {
            "customerId": invoice.customer_id,
            "invoiceNumber": invoice.invoice_number,
            "invoiceDate": invoice.invoice_date.isoformat(),
            "dueDate": invoice.due_date.isoformat(),
            "amount": money_wire(invoice.total_amount),
            "amountDue": money_wire(invoice.due_amount),
            "creditAmount": money_wire(invoice.credit_amount),
            "paymentStatus": _PAYMENT_STATUS[invoice.status],
            "createdTime": wire.format_timestamp(invoice.created),
            "updatedTime": wire.format_timestamp(invoice.updated),
            "invoiceLineItems": _lines_wire(store, _INVOICE_LINE, invoice, credit_memo_line_amounts(invoice.lines)),
        }
    )
    return answer


INVOICE: Entity[Invoice] = Entity(
    name="Invoice",
    table=lambda store: ar_tables(store).invoices,
    organization_of=lambda invoice: invoice.organization_id,
    to_wire=_invoice_wire,
    create=_create_invoice,
    update=_update_invoice,
    set_active=_set_invoice_active,
)


# RecurringInvoice


def _template_body(call: V2Call, obj: Mapping[str, Any], template: RecurringInvoice | None) -> _Body:
    """v3's body for a v2 recurring invoice, its v2-only fields, and each line's."""
    customer_id = obj["customerId"]
    if template is None or customer_id != template.customer_id:  # v3 lets a template keep an inactive customer
        customer_id = active_customer(call, customer_id).id
    schedule = {v3: obj[v2] for v2, v3 in _SCHEDULE.items() if v2 in obj}
    schedule["daysInAdvance"] = obj["daysInAdvance"]
    if obj["timePeriod"] != _NO_PERIOD:
        schedule["period"] = _PERIODS[obj["timePeriod"]]
    own = ("customerId", "daysInAdvance", "recurringInvoiceLineItems", *_SCHEDULE)
    header, rest = _split({key: value for key, value in obj.items() if key not in own}, _TEMPLATE_HEADER)
    if obj["timePeriod"] != _NO_PERIOD:
        del rest["timePeriod"]
    lines, line_rests = _lines_to_v3(_TEMPLATE_LINE, obj["recurringInvoiceLineItems"])
    body = {"customerId": customer_id, "schedule": schedule, "recurringInvoiceLineItems": lines, **header}
    return body, rest, line_rests


def _create_template(call: V2Call, obj: dict[str, Any]) -> RecurringInvoice:
    body, rest, line_rests = _template_body(call, obj, None)
    template = create_template(call.store, call.now, call.organization_id, body)
    _replace_extras(call.store, "RecurringInvoice", template.id, rest)
    _keep_line_extras(call.store, _TEMPLATE_LINE, template.lines, line_rests)
    return template


def _update_template(call: V2Call, template: RecurringInvoice, obj: dict[str, Any]) -> None:
    body, rest, line_rests = _template_body(call, obj, template)
    replace_template(call.store, call.now, template, body)
    _replace_extras(call.store, "RecurringInvoice", template.id, rest)
    _keep_line_extras(call.store, _TEMPLATE_LINE, template.lines, line_rests)


def _template_wire(store: Store, template: RecurringInvoice) -> dict[str, Any]:
    answer: dict[str, Any] = {"entity": "RecurringInvoice", "id": template.id, "isActive": _active(template)}
    answer.update(extras(store, "RecurringInvoice", template.id))
    answer.update(_joined(template.details, _TEMPLATE_HEADER))
    schedule = template.schedule
    answer.update({v2: schedule[v3] for v2, v3 in _SCHEDULE.items() if v3 in schedule})
    if "daysInAdvance" in schedule:
        answer["daysInAdvance"] = schedule["daysInAdvance"]
    for code, period in _PERIODS.items():
        if schedule.get("period") == period:
            answer["timePeriod"] = code
    amounts = [decimal(line.fields["amount"]) for line in template.lines]
    taxable = [amount for line, amount in zip(template.lines, amounts, strict=True) if line.fields.get("taxable")]
    answer.update(
        {
            "customerId": template.customer_id,
            "subtotal": money_wire(sum(amounts, ZERO)),
            "taxableAmount": money_wire(sum(taxable, ZERO)),
            "createdTime": wire.format_timestamp(template.created),
            "updatedTime": wire.format_timestamp(template.updated),
            "recurringInvoiceLineItems": _lines_wire(store, _TEMPLATE_LINE, template, amounts),
        }
    )
    return answer


RECURRING_INVOICE: Entity[RecurringInvoice] = Entity(
    name="RecurringInvoice",
    table=lambda store: ar_tables(store).recurring_invoices,
    organization_of=lambda template: template.organization_id,
    to_wire=_template_wire,
    create=_create_template,
    update=_update_template,
)


# CreditMemo


def _memo_body(call: V2Call, obj: Mapping[str, Any], memo: CreditMemo | None) -> _Body:
    """v3's body for a v2 credit memo, its v2-only fields, and each line's."""
    customer_id = obj["customerId"]
    if memo is None or customer_id != memo.customer_id:  # v3 lets a memo keep an inactive customer
        customer_id = active_customer(call, customer_id).id
    own = ("customerId", "refNumber", "creditDate", "creditMemoLineItems", *_MEMO_COMPUTED)
    header, rest = _split({key: value for key, value in obj.items() if key not in own}, _MEMO_HEADER)
    lines, line_rests = _lines_to_v3(_MEMO_LINE, obj["creditMemoLineItems"])
    body = {
        "customerId": customer_id,
        "referenceNumber": obj["refNumber"],
        "creditDate": obj["creditDate"],
        "creditMemoLineItems": lines,
        **header,
    }
    return body, rest, line_rests


def _create_memo(call: V2Call, obj: dict[str, Any]) -> CreditMemo:
    body, rest, line_rests = _memo_body(call, obj, None)
    memo = plan_create(call.store, call.now, call.organization_id, body, "")
    ar_tables(call.store).credit_memos[memo.id] = memo
    _replace_extras(call.store, "CreditMemo", memo.id, rest)
    _keep_line_extras(call.store, _MEMO_LINE, memo.lines, line_rests)
    return memo


def _update_memo(call: V2Call, memo: CreditMemo, obj: dict[str, Any]) -> None:
    body, rest, line_rests = _memo_body(call, obj, memo)
    replaced = plan_replace(call.store, call.now, memo, body, "")
    for name in (entry.name for entry in dataclasses.fields(CreditMemo)):  # the stored record stays the same object
        setattr(memo, name, getattr(replaced, name))
    _replace_extras(call.store, "CreditMemo", memo.id, rest)
    _keep_line_extras(call.store, _MEMO_LINE, memo.lines, line_rests)


def _memo_wire(store: Store, memo: CreditMemo) -> dict[str, Any]:
    answer: dict[str, Any] = {"entity": "CreditMemo", "id": memo.id, "isActive": _active(memo)}
    answer.update(extras(store, "CreditMemo", memo.id))
    answer.update(_joined(memo.details, _MEMO_HEADER))
    amounts = credit_memo_line_amounts(memo.lines)
    answer.update(
        {
            "customerId": memo.customer_id,
            "refNumber": memo.reference_number,
            "creditDate": memo.credit_date.isoformat(),
            "amount": money_wire(sum(amounts, ZERO)),
            "appliedAmount": money_wire(memo.applied_amount),
            "availableAmount": money_wire(memo.remaining_amount),
            "status": _MEMO_STATUS[memo.status],
            "createdTime": wire.format_timestamp(memo.created),
            "updatedTime": wire.format_timestamp(memo.updated),
            "creditMemoLineItems": _lines_wire(store, _MEMO_LINE, memo, amounts),
        }
    )
    return answer


CREDIT_MEMO: Entity[CreditMemo] = Entity(
    name="CreditMemo",
    table=lambda store: ar_tables(store).credit_memos,
    organization_of=lambda memo: memo.organization_id,
    to_wire=_memo_wire,
    create=_create_memo,
    update=_update_memo,
)


register_entity(INVOICE)
register_entity(RECURRING_INVOICE)
register_entity(CREDIT_MEMO)
