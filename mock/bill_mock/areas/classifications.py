"""BILL's general-ledger classifications: accounting classes, chart of accounts, departments, employees,
items, jobs and locations.

The seven kinds behave alike (create, list, get, PATCH, archive, restore, and the same in bulk), so one
implementation serves them all and each kind is only data: its path, id prefix, wire fields and the
other records its fields name. Employees and jobs take the prefixes of BILL's v2 API (`emp`, `job`),
which keeps the same records; the other five prefixes are BILL's v3 ones.

Rules kept here: records belong to one organization (another's id is not found); a `parentId` names a
record of the same kind in the same organization and never the record itself or one below it; an
item's chart-of-accounts fields name the organization's chart of accounts; bulk calls take at most 50
records or ids and change nothing unless every entry is accepted; archive and restore are idempotent.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bill_mock import errors, render
from bill_mock.clock import format_timestamp
from bill_mock.errors import BillError
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import EQUALITY, ORDERING, Field, Listing
from bill_mock.state import Store

__all__ = [
    "BULK_LIMIT",
    "KINDS",
    "Classification",
    "ClassificationTables",
    "Kind",
    "check_classifications",
    "create",
    "create_many",
    "find",
    "kind",
    "set_archived",
    "set_archived_many",
    "update",
    "update_many",
]

BULK_LIMIT = 50
"""Records per bulk create or update, and ids per bulk archive or restore."""

_TEXT = EQUALITY | {"sw"}
_BOOLEAN = frozenset({"eq", "ne"})


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of classification, described by data."""

    path: str
    """The segment after /v3/classifications/, also the key of its table."""
    stem: str
    """Singular form in operationIds: createClassification{stem}."""
    plural: str
    """Plural form in operationIds: listClassification{plural}."""
    label: str
    prefix: str
    bulk_key: str
    """The key that holds the records in a bulk reply."""
    fields: tuple[str, ...]
    """Wire fields a client may set, in the order replies show them."""
    references: Mapping[str, str]
    """Fields that name another classification, and the path of the kind they name."""
    names: tuple[str, ...] = ("name",)
    """Text fields a list filters (eq, ne, in, nin, sw) and sorts on."""
    codes: tuple[str, ...] = ()
    """Other fields a list filters on by exact value."""


def _tree(path: str, stem: str, plural: str, label: str, prefix: str, bulk_key: str) -> Kind:
    """The common shape: a named record that may sit under a parent of its own kind."""
    return Kind(
        path,
        stem,
        plural,
        label,
        prefix,
        bulk_key,
        fields=("name", "shortName", "description", "parentId"),
        references={"parentId": path},
    )


KINDS: tuple[Kind, ...] = (
    _tree("accounting-classes", "AccountingClass", "AccountingClasses", "accounting class", "cls", "accountingClasses"),
    Kind(
        "chart-of-accounts",
        "ChartOfAccounts",
        "ChartOfAccounts",
        "chart of accounts",
        "0ca",
        "chartOfAccounts",
        fields=("name", "description", "parentId", "account"),
        references={"parentId": "chart-of-accounts"},
    ),
    _tree("departments", "Department", "Departments", "department", "0de", "departments"),
    Kind(
        "employees",
        "Employee",
        "Employees",
        "employee",
        "emp",
        "employees",
        fields=("firstName", "lastName", "shortName", "parentId"),
        references={"parentId": "employees"},
        names=("firstName", "lastName"),
    ),
    Kind(
        "items",
        "Item",
        "Items",
        "item",
        "0ii",
        "items",
        fields=(
            "type",
            "name",
            "shortName",
            "description",
            "parentId",
            "price",
            "expenseChartOfAccountId",
            "purchaseDescription",
            "purchaseCost",
            "chartOfAccountId",
            "taxable",
            "percentage",
        ),
        references={
            "parentId": "items",
            "chartOfAccountId": "chart-of-accounts",
            "expenseChartOfAccountId": "chart-of-accounts",
        },
        codes=("type",),
    ),
    _tree("jobs", "Job", "Jobs", "job", "job", "jobs"),
    _tree("locations", "Location", "Locations", "location", "loc", "locations"),
)
_BY_PATH = {each.path: each for each in KINDS}

_CLASSIFICATION_FIELDS = {
    "accountingClassId": "accounting-classes",
    "chartOfAccountId": "chart-of-accounts",
    "departmentId": "departments",
    "employeeId": "employees",
    "itemId": "items",
    "jobId": "jobs",
    "locationId": "locations",
}
"""The keys of the shared `Classifications` object that bills, invoices and their lines carry."""


@dataclass(slots=True)
class Classification:
    id: str
    kind: str
    organization_id: str
    fields: dict[str, Any]
    """The wire fields as set by the client, absent ones left out."""
    created: datetime
    updated: datetime
    archived: bool = False


@dataclass
class ClassificationTables:
    """One table per kind, each keyed by id."""

    records: dict[str, dict[str, Classification]] = field(default_factory=lambda: {k.path: {} for k in KINDS})


def kind(path: str) -> Kind:
    return _BY_PATH[path]


def _table(store: Store, of: Kind) -> dict[str, Classification]:
    return store.area(ClassificationTables).records[of.path]


# reads


def find(store: Store, organization_id: str, of: Kind, record_id: str) -> Classification:
    """The organization's record, or 404: another organization's id is as unknown as a made-up one."""
    record = _table(store, of).get(record_id)
    if record is None or record.organization_id != organization_id:
        raise errors.not_found(of.label, record_id)
    return record


def records_of(store: Store, organization_id: str, of: Kind) -> list[Classification]:
    return [record for record in _table(store, of).values() if record.organization_id == organization_id]


def check_classifications(
    store: Store, organization_id: str, value: Mapping[str, Any], where: str = "classifications"
) -> None:
    """For other areas: every id in a `Classifications` object must name one of the organization's records.

    A bill or invoice naming a missing classification is a bad value (400 BDC_1119), not a missing object.
    """
    for key, path in _CLASSIFICATION_FIELDS.items():
        if key in value:
            _require_reference(store, organization_id, kind(path), f"{where}.{key}", value[key])


# writes


def create(store: Store, now: datetime, organization_id: str, of: Kind, fields: Mapping[str, Any]) -> Classification:
    return create_many(store, now, organization_id, of, [fields], bulk=False)[0]


def create_many(
    store: Store,
    now: datetime,
    organization_id: str,
    of: Kind,
    batch: Sequence[Mapping[str, Any]],
    *,
    bulk: bool = True,
) -> list[Classification]:
    """Creates every record or none: each entry is checked before the first is stored."""
    _check_size(len(batch), "records")
    for index, fields in enumerate(batch):
        _check_references(store, organization_id, of, fields, where=_where(index, bulk))
    created = []
    for fields in batch:
        record = Classification(
            id=store.ids.object_id(of.prefix),
            kind=of.path,
            organization_id=organization_id,
            fields=_wire_fields(of, fields),
            created=now,
            updated=now,
        )
        _table(store, of)[record.id] = record
        created.append(record)
    return created


def update(
    store: Store, now: datetime, organization_id: str, of: Kind, record_id: str, fields: Mapping[str, Any]
) -> Classification:
    return update_many(store, now, organization_id, of, [{**fields, "id": record_id}], bulk=False)[0]


def update_many(
    store: Store,
    now: datetime,
    organization_id: str,
    of: Kind,
    batch: Sequence[Mapping[str, Any]],
    *,
    bulk: bool = True,
) -> list[Classification]:
    """PATCH semantics for each entry (only the fields sent change); all entries or none."""
    _check_size(len(batch), "records")
    targets: list[Classification] = []
    new_parents: dict[str, str] = {}
    for index, entry in enumerate(batch):
        record = find(store, organization_id, of, str(entry["id"]))
        if any(record is seen for seen in targets):
            raise BillError(
                400, "BDC_1119", f"Invalid field,value: {index}.id, {record.id}. Send each id once per request."
            )
        targets.append(record)
        if "parentId" in entry:
            new_parents[record.id] = str(entry["parentId"])
    for index, entry in enumerate(batch):
        _check_references(store, organization_id, of, entry, where=_where(index, bulk))
    for index, record in enumerate(targets):
        _check_no_cycle(store, of, record.id, new_parents, where=_where(index, bulk))
    for entry, record in zip(batch, targets, strict=True):
        changes = _wire_fields(of, entry)
        for name, value in changes.items():
            current = record.fields.get(name)
            # A nested object (a chart of accounts' `account`) is patched too, not replaced.
            record.fields[name] = {**current, **value} if isinstance(current, dict) else value
        if changes:
            record.updated = now
    return targets


def set_archived(
    store: Store, now: datetime, organization_id: str, of: Kind, record_id: str, *, archived: bool
) -> Classification:
    """Archives or restores; repeating either leaves the record, and its updatedTime, as it is."""
    return _set_archived(now, [find(store, organization_id, of, record_id)], archived)[0]


def set_archived_many(
    store: Store, now: datetime, organization_id: str, of: Kind, ids: str, *, archived: bool
) -> list[Classification]:
    """The `ids` query value (comma-joined) archived or restored together: an unknown id changes nothing."""
    wanted = [part.strip() for part in ids.split(",")]
    if not all(wanted):
        raise BillError(400, "BDC_1129", "Invalid value for parameter: ids. Join the ids with single commas.")
    unique = list(dict.fromkeys(wanted))
    _check_size(len(unique), "ids")
    return _set_archived(now, [find(store, organization_id, of, record_id) for record_id in unique], archived)


def _set_archived(now: datetime, records: Iterable[Classification], archived: bool) -> list[Classification]:
    changed = list(records)
    for record in changed:
        if record.archived != archived:
            record.archived = archived
            record.updated = now
    return changed


# checks


def _check_size(count: int, what: str) -> None:
    if count > BULK_LIMIT:
        raise BillError(
            400, "BDC_1129", f"Send at most {BULK_LIMIT} {what} in one request; split the rest into more requests."
        )


def _where(index: int, bulk: bool) -> str:
    """How a field is named in a message: `3.parentId` for the fourth entry of a bulk body."""
    return f"{index}." if bulk else ""


def _check_references(store: Store, organization_id: str, of: Kind, fields: Mapping[str, Any], where: str) -> None:
    for name, path in of.references.items():
        if name in fields:
            _require_reference(store, organization_id, kind(path), where + name, fields[name])


def _require_reference(store: Store, organization_id: str, of: Kind, name: str, value: Any) -> Classification:
    record = _table(store, of).get(value) if isinstance(value, str) else None
    if record is None or record.organization_id != organization_id:
        raise errors.invalid_field(name, value)
    return record


def _check_no_cycle(store: Store, of: Kind, record_id: str, new_parents: Mapping[str, str], where: str) -> None:
    """A record may not become its own ancestor, counting the other parent changes of the same request."""
    table = _table(store, of)
    seen: set[str] = set()
    current = new_parents.get(record_id, table[record_id].fields.get("parentId"))
    while current is not None and current not in seen:
        if current == record_id:
            raise BillError(
                400,
                "BDC_1119",
                f"Invalid field,value: {where}parentId, {current}. A record cannot sit under itself or under one "
                "of its own children; choose a parent outside its subtree.",
            )
        seen.add(current)
        parent = table.get(current)
        current = new_parents.get(current, parent.fields.get("parentId") if parent else None)


def _wire_fields(of: Kind, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The client's fields of this kind, copied so later changes to the request never reach the store."""
    return {name: copy.deepcopy(fields[name]) for name in of.fields if name in fields}


# wire


def _render(record: Classification, of: Kind) -> dict[str, Any]:
    wire: dict[str, Any] = {"id": record.id}
    wire.update((name, record.fields[name]) for name in of.fields if name in record.fields)
    wire["archived"] = record.archived
    wire["createdTime"] = format_timestamp(record.created)
    wire["updatedTime"] = format_timestamp(record.updated)
    return wire


def _bulk(records: Iterable[Classification], of: Kind) -> dict[str, Any]:
    return {of.bulk_key: [_render(record, of) for record in records]}


def _listing(of: Kind) -> Listing[Classification]:
    fields: dict[str, Field[Classification]] = {
        "id": Field(lambda record: record.id),
        "archived": Field(lambda record: record.archived, kind="boolean", operators=_BOOLEAN),
        "parentId": Field(lambda record: record.fields.get("parentId")),
        "createdTime": Field(lambda record: record.created, kind="datetime", operators=ORDERING, sortable=True),
        "updatedTime": Field(lambda record: record.updated, kind="datetime", operators=ORDERING, sortable=True),
    }
    for name in of.names:
        fields[name] = Field(_reader(name), operators=_TEXT, sortable=True)
    for name in of.codes:
        fields[name] = Field(_reader(name))
    return Listing(f"classifications/{of.path}", fields)


def _reader(name: str) -> Callable[[Classification], Any]:
    return lambda record: record.fields.get(name)


# handlers: the same ten operations for every kind


def _register(of: Kind) -> None:
    listing = _listing(of)

    @handles(f"listClassification{of.plural}")
    def list_records(call: Call) -> Reply:
        listed = listing.page(records_of(call.store, call.organization_id, of), call.list_query())
        return Reply(body=render.page([_render(record, of) for record in listed.results], listed))

    @handles(f"createClassification{of.stem}")
    def create_record(call: Call) -> Reply:
        return Reply(201, _render(create(call.store, call.now, call.organization_id, of, call.body), of))

    @handles(f"bulkCreateClassification{of.stem}")
    def create_records(call: Call) -> Reply:
        return Reply(201, _bulk(create_many(call.store, call.now, call.organization_id, of, _entries(call)), of))

    @handles(f"bulkUpdateClassification{of.stem}")
    def update_records(call: Call) -> Reply:
        return Reply(body=_bulk(update_many(call.store, call.now, call.organization_id, of, _entries(call)), of))

    @handles(f"bulkArchiveClassification{of.stem}")
    def archive_records(call: Call) -> Reply:
        ids = call.request.query["ids"]
        archived = set_archived_many(call.store, call.now, call.organization_id, of, ids, archived=True)
        return Reply(body=_bulk(archived, of))

    @handles(f"bulkRestoreClassification{of.stem}")
    def restore_records(call: Call) -> Reply:
        ids = call.request.query["ids"]
        restored = set_archived_many(call.store, call.now, call.organization_id, of, ids, archived=False)
        return Reply(body=_bulk(restored, of))

    @handles(f"getClassification{of.stem}")
    def get_record(call: Call) -> Reply:
        return Reply(body=_render(find(call.store, call.organization_id, of, call.path("id")), of))

    @handles(f"updateClassification{of.stem}")
    def update_record(call: Call) -> Reply:
        record = update(call.store, call.now, call.organization_id, of, call.path("id"), call.body)
        return Reply(body=_render(record, of))

    @handles(f"archiveClassification{of.stem}")
    def archive_record(call: Call) -> Reply:
        record = set_archived(call.store, call.now, call.organization_id, of, call.path("id"), archived=True)
        return Reply(body=_render(record, of))

    @handles(f"restoreClassification{of.stem}")
    def restore_record(call: Call) -> Reply:
        record = set_archived(call.store, call.now, call.organization_id, of, call.path("id"), archived=False)
        return Reply(body=_render(record, of))


def _entries(call: Call) -> list[Mapping[str, Any]]:
    """A bulk body: the spec has already checked it is a list of objects."""
    body = call.request.body
    return [entry for entry in body if isinstance(entry, Mapping)] if isinstance(body, list) else []


for _kind in KINDS:
    _register(_kind)
