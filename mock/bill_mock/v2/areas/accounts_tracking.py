"""v2 accounts tracking: the chart of accounts, classes, departments, employees, items, jobs and locations
over v3's classification records (same ids, same tables, same rules), plus v2's own payment terms.

Each of the seven v2 entities is one of v3's classification kinds shown with v2's names:

    v2                         v3 record (classifications)
    ChartOfAccount             chart-of-accounts
      accountNumber              account.number
      accountType "0".."16"      account.type UNSPECIFIED, ACCOUNTS_PAYABLE, ... NON_POSTING (_ACCOUNT_TYPES)
      parentChartOfAccountId     parentId
    ActgClass                  accounting-classes (parentActgClassId -> parentId)
    Department                 departments (parentDepartmentId -> parentId)
    Employee                   employees (parentEmployeeId -> parentId)
    Item                       items
      type "0".."13"             type SERVICE, UNKNOWN, INVENTORY, ... CATEGORY (_ITEM_TYPES)
      parentItemId               parentId
      expenseAccount             expenseChartOfAccountId
      purDescription, purCost    purchaseDescription, purchaseCost
    Job, Location              jobs, locations (parentJobId, parentLocationId -> parentId)
    isActive "1"/"2"           archived false/true

Writes go through classifications' create, update and set_archived, so v3's rules hold in v2 too: a parent
is a record of the same kind in the caller's organization and never the record itself or one below it; an
item's accounts are the organization's chart of accounts. v2 names the field in its errors. v2 fields v3
has no place for (ca1099FormType, ca1099Type, hasPurInfo, mergedIntoId) are kept beside the record (extras).

PaymentTerm has no v3 counterpart: its own table, prefix `00p`, Create/Read/Update/List only (as the spec
has it); `netDue` is a whole number of days.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bill_mock.areas.classifications import Classification, ClassificationTables, Kind, create, kind, set_archived
from bill_mock.areas.classifications import update as update_classification
from bill_mock.errors import BillError, invalid_field
from bill_mock.state import Store
from bill_mock.v2 import wire
from bill_mock.v2.entities import Entity, extras, register_entity
from bill_mock.v2.handlers import V2Call

__all__ = ["ACCOUNT_TYPES", "ENTITIES", "ITEM_TYPES", "PAYMENT_TERM", "PaymentTerm", "PaymentTermTables"]

PREFIX_PAYMENT_TERM = "00p"
_MAX_NET_DUE = 9999

ACCOUNT_TYPES: dict[str, str] = {
    "0": "UNSPECIFIED",
    "1": "ACCOUNTS_PAYABLE",
    "2": "ACCOUNTS_RECEIVABLE",
    "3": "BANK",
    "4": "COST_OF_GOODS_SOLD",
    "5": "CREDIT_CARD",
    "6": "EQUITY",
    "7": "EXPENSE",
    "8": "FIXED_ASSET",
    "9": "INCOME",
    "10": "LONG_TERM_LIABILITY",
    "11": "OTHER_ASSET",
    "12": "OTHER_CURRENT_ASSET",
    "13": "OTHER_CURRENT_LIABILITY",
    "14": "OTHER_EXPENSE",
    "15": "OTHER_INCOME",
    "16": "NON_POSTING",
}
"""v2's chart of accounts `accountType` codes and the account type v3 keeps in `account.type`."""

ITEM_TYPES: dict[str, str] = {
    "0": "SERVICE",
    "1": "UNKNOWN",
    "2": "INVENTORY",
    "3": "NON_INVENTORY",
    "4": "PAYMENT",
    "5": "DISCOUNT",
    "6": "SALES_TAX",
    "7": "SUBTOTAL",
    "8": "OTHER_CHARGE",
    "9": "INVENTORY_ASSEMBLY",
    "10": "GROUP",
    "11": "SALES_TAX_GROUP",
    "12": "FIXED_ASSET",
    "13": "CATEGORY",
}
"""v2's item `type` codes and v3's item types."""


@dataclass(frozen=True, slots=True)
class _Codes:
    """A v2 code field over a v3 text field: codes to v3 values, and the code for a v3 value v2 has none for."""

    values: Mapping[str, str]
    fallback: str | None

    def to_v3(self, code: str) -> str:
        return self.values[code]

    def to_v2(self, value: object) -> str | None:
        found = next((code for code, name in self.values.items() if name == value), None)
        return found if found is not None else self.fallback


@dataclass(frozen=True, slots=True)
class _Shape:
    """One v2 entity over one v3 classification kind."""

    name: str
    kind: Kind
    fields: Mapping[str, tuple[str, ...]]
    """v2 field -> where v3 keeps it: (field,) or (field, key of a nested object)."""
    parent: str
    """The v2 name of v3's parentId."""
    references: Mapping[str, str]
    """v2 fields that name another classification -> the path of the kind they name."""
    codes: Mapping[str, _Codes] = field(default_factory=dict)


def _tree(name: str, path: str, *plain: str) -> _Shape:
    """The common shape: named fields as v3 has them, and a parent of the same kind."""
    parent = f"parent{name}Id"
    fields: dict[str, tuple[str, ...]] = {each: (each,) for each in plain}
    fields[parent] = ("parentId",)
    return _Shape(name, kind(path), fields, parent, {parent: path})


SHAPES: tuple[_Shape, ...] = (
    _Shape(
        "ChartOfAccount",
        kind("chart-of-accounts"),
        {
            "name": ("name",),
            "description": ("description",),
            "parentChartOfAccountId": ("parentId",),
            "accountNumber": ("account", "number"),
            "accountType": ("account", "type"),
        },
        "parentChartOfAccountId",
        {"parentChartOfAccountId": "chart-of-accounts"},
        {"accountType": _Codes(ACCOUNT_TYPES, None)},
    ),
    _tree("ActgClass", "accounting-classes", "name", "shortName", "description"),
    _tree("Department", "departments", "name", "shortName", "description"),
    _tree("Employee", "employees", "firstName", "lastName", "shortName"),
    _Shape(
        "Item",
        kind("items"),
        {
            "name": ("name",),
            "shortName": ("shortName",),
            "type": ("type",),
            "description": ("description",),
            "price": ("price",),
            "percentage": ("percentage",),
            "parentItemId": ("parentId",),
            "expenseAccount": ("expenseChartOfAccountId",),
            "purDescription": ("purchaseDescription",),
            "purCost": ("purchaseCost",),
            "chartOfAccountId": ("chartOfAccountId",),
            "taxable": ("taxable",),
        },
        "parentItemId",
        {"parentItemId": "items", "expenseAccount": "chart-of-accounts", "chartOfAccountId": "chart-of-accounts"},
        {"type": _Codes(ITEM_TYPES, "1")},
    ),
    _tree("Job", "jobs", "name", "shortName", "description"),
    _tree("Location", "locations", "name", "shortName", "description"),
)
_PURCHASE_FIELDS = ("expenseChartOfAccountId", "purchaseDescription", "purchaseCost")


def _table(store: Store, path: str) -> dict[str, Classification]:
    return store.area(ClassificationTables).records[path]


def _to_v3(shape: _Shape, obj: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The v2 fields sent, as v3's; and the v2 fields v3 has no place for."""
    fields: dict[str, Any] = {}
    rest: dict[str, Any] = {}
    for key, value in obj.items():
        target = shape.fields.get(key)
        if target is None:
            rest[key] = value
            continue
        codes = shape.codes.get(key)
        converted = codes.to_v3(value) if codes is not None else value
        if len(target) == 2:
            fields.setdefault(target[0], {})[target[1]] = converted
        else:
            fields[target[0]] = converted
    return fields, rest


def _check_references(call: V2Call, shape: _Shape, obj: Mapping[str, Any]) -> None:
    """Every classification a v2 field names is the caller's organization's, or BDC_1119 on that v2 field."""
    for name, path in shape.references.items():
        if name not in obj:
            continue
        value = obj[name]
        record = _table(call.store, path).get(value) if isinstance(value, str) else None
        if record is None or record.organization_id != call.organization_id:
            raise invalid_field(name, value)


def _create(shape: _Shape, call: V2Call, obj: dict[str, Any]) -> Classification:
    _check_references(call, shape, obj)
    fields, rest = _to_v3(shape, obj)
    record = create(call.store, call.now, call.organization_id, shape.kind, fields)
    extras(call.store, shape.name, record.id).update(rest)
    return record


def _update(shape: _Shape, call: V2Call, record: Classification, obj: dict[str, Any]) -> None:
    _check_references(call, shape, obj)
    fields, rest = _to_v3(shape, obj)
    try:
        update_classification(call.store, call.now, call.organization_id, shape.kind, record.id, fields)
    except BillError as error:
        if "parentId" not in error.message or shape.parent not in obj:
            raise
        # v3's cycle check names v3's field and the record it came back to; v2 names the field and value sent
        advice = error.message.split(". ", 1)[-1]
        raise BillError(
            error.status, error.code, f"{invalid_field(shape.parent, obj[shape.parent]).message}. {advice}"
        ) from None
    if rest:
        extras(call.store, shape.name, record.id).update(rest)
        record.updated = call.now


def _set_active(shape: _Shape, call: V2Call, record: Classification, active: bool) -> None:
    set_archived(call.store, call.now, call.organization_id, shape.kind, record.id, archived=not active)


def _to_wire(shape: _Shape, store: Store, record: Classification) -> dict[str, Any]:
    shown: dict[str, Any] = {"entity": shape.name, "id": record.id, "isActive": "2" if record.archived else "1"}
    for name, target in shape.fields.items():
        value = record.fields.get(target[0])
        if len(target) == 2:
            value = value.get(target[1]) if isinstance(value, Mapping) else None
        codes = shape.codes.get(name)
        if value is not None and codes is not None:
            value = codes.to_v2(value)
        if value is not None:
            shown[name] = value
    if shape.name == "Item":
        shown["hasPurInfo"] = any(record.fields.get(name) is not None for name in _PURCHASE_FIELDS)
    shown.update(extras(store, shape.name, record.id))
    shown["createdTime"] = wire.format_timestamp(record.created)
    shown["updatedTime"] = wire.format_timestamp(record.updated)
    return shown


def _entity(shape: _Shape) -> Entity[Classification]:
    path = shape.kind.path
    return Entity(
        name=shape.name,
        table=lambda store: _table(store, path),
        organization_of=lambda record: record.organization_id,
        to_wire=functools.partial(_to_wire, shape),
        create=functools.partial(_create, shape),
        update=functools.partial(_update, shape),
        set_active=functools.partial(_set_active, shape),
    )


ENTITIES: dict[str, Entity[Classification]] = {shape.name: _entity(shape) for shape in SHAPES}


# payment terms: v2 only


@dataclass(slots=True)
class PaymentTerm:
    id: str
    organization_id: str
    name: str
    net_due: int
    """Days until payment is due."""
    created: datetime
    updated: datetime
    archived: bool = False
    """Always False: v2 has no Delete for payment terms."""


@dataclass
class PaymentTermTables:
    terms: dict[str, PaymentTerm] = field(default_factory=dict)


def _terms(store: Store) -> dict[str, PaymentTerm]:
    return store.area(PaymentTermTables).terms


def _net_due(value: Any) -> int:
    """Whole days from 0 to _MAX_NET_DUE (the mock's own bound; BILL documents none)."""
    whole = not isinstance(value, bool) and isinstance(value, int | float) and float(value).is_integer()
    if not whole or not 0 <= value <= _MAX_NET_DUE:
        raise BillError(
            400,
            "BDC_1119",
            f"{invalid_field('netDue', value).message}. Give netDue as a whole number of days, 0 to {_MAX_NET_DUE}.",
        )
    return int(value)


def _create_term(call: V2Call, obj: dict[str, Any]) -> PaymentTerm:
    term = PaymentTerm(
        id=call.store.ids.object_id(PREFIX_PAYMENT_TERM),
        organization_id=call.organization_id,
        name=obj["name"],
        net_due=_net_due(obj["netDue"]),
        created=call.now,
        updated=call.now,
    )
    _terms(call.store)[term.id] = term
    return term


def _update_term(call: V2Call, term: PaymentTerm, obj: dict[str, Any]) -> None:
    net_due = _net_due(obj["netDue"]) if "netDue" in obj else term.net_due
    name = obj.get("name", term.name)
    if (name, net_due) != (term.name, term.net_due):
        term.name, term.net_due, term.updated = name, net_due, call.now


def _term_wire(store: Store, term: PaymentTerm) -> dict[str, Any]:
    return {"entity": "PaymentTerm", "id": term.id, "name": term.name, "netDue": term.net_due}


PAYMENT_TERM: Entity[PaymentTerm] = Entity(
    name="PaymentTerm",
    table=_terms,
    organization_of=lambda term: term.organization_id,
    to_wire=_term_wire,
    create=_create_term,
    update=_update_term,
)


for _entity_of_kind in ENTITIES.values():
    register_entity(_entity_of_kind)
register_entity(PAYMENT_TERM)
