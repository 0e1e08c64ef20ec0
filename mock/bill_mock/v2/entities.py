"""Declarative v2 entities: say how one kind of record reads and writes on v2's wire, get its operations.

An area module describes an `Entity` (its v2 name, the store table it lives in, to_wire, create, update,
active flag) and calls `register_entity`, which registers whichever of Crud Create/Read/Update/Delete/
Undelete, List and their Bulk variants the v2 spec has for that name. The records are the ones v3 keeps,
so both APIs see the same objects; v2 fields a v3 record has no place for are kept beside it (`extras`).

BILL's behaviour kept here:
- an id that is unknown, or another organization's, is BDC_1119 "Invalid field,value: id, <id>.";
- Delete and Undelete are soft: they set isActive "2" and "1" (v3's `archived`) and answer the record;
- an inactive record is changed only by an Update that makes it active again (isActive "1");
- List answers a plain array: the caller's organization's records, filtered, sorted and paged (listing);
- Bulk answers `{"bulk": [envelope per item]}`, in order, each item succeeding or failing on its own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import bill_spec
from bill_mock.errors import BillError, invalid_field
from bill_mock.state import Store
from bill_mock.v2 import listing, wire
from bill_mock.v2.handlers import V2Call, V2Handler, handles_v2

__all__ = [
    "Entity",
    "Extras",
    "archived_is_active",
    "bulk_handler",
    "extras",
    "extras_of",
    "register_entity",
    "set_archived",
]

RecordT = TypeVar("RecordT")
Action = Callable[[V2Call, Any], Any]


@dataclass(slots=True)
class Extras:
    """v2 fields of shared records that v3 has no place for, by (entity name, record id)."""

    fields: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)


def extras(store: Store, entity: str, record_id: str) -> dict[str, Any]:
    """The record's v2-only fields, as a dict the caller may change (for writes)."""
    return store.area(Extras).fields.setdefault((entity, record_id), {})


def extras_of(store: Store, entity: str, record_id: str) -> Mapping[str, Any]:
    """The record's v2-only fields, for reading (a read stores nothing)."""
    return store.area(Extras).fields.get((entity, record_id), {})


def archived_is_active(record: Any) -> bool:
    """isActive for a record v3 archives: active unless archived."""
    return not record.archived


def set_archived(call: V2Call, record: Any, active: bool) -> None:
    """Delete/Undelete of a record v3 archives; repeating either changes nothing."""
    if record.archived == (not active):
        return
    record.archived = not active
    record.updated = call.now


@dataclass(frozen=True)
class Entity(Generic[RecordT]):
    """How one v2 entity maps onto the store.

    `create` gets the `obj` of Create without `entity` and `isActive`; `update` gets Update's without `entity`,
    `id` and `isActive` (register_entity applies isActive with `set_active`). Both may raise BillError.
    """

    name: str
    """BILL's entity name, as in the URL (/v2/Crud/Create/Vendor.json) and in `obj.entity`."""
    table: Callable[[Store], Mapping[str, RecordT]]
    organization_of: Callable[[RecordT], str]
    to_wire: Callable[[Store, RecordT], dict[str, Any]]
    create: Callable[[V2Call, dict[str, Any]], RecordT] | None = None
    update: Callable[[V2Call, RecordT, dict[str, Any]], None] | None = None
    is_active: Callable[[RecordT], bool] = archived_is_active
    set_active: Callable[[V2Call, RecordT, bool], None] = set_archived

    def find(self, call: V2Call, record_id: object) -> RecordT:
        """The caller's organization's record, or BILL's unknown-id error (a foreign id is unknown too)."""
        record = self.table(call.store).get(record_id) if isinstance(record_id, str) else None
        if record is None or self.organization_of(record) != call.organization_id:
            raise invalid_field("id", record_id)
        return record

    def records(self, call: V2Call) -> list[RecordT]:
        organization_id = call.organization_id
        return [record for record in self.table(call.store).values() if self.organization_of(record) == organization_id]

    def wire(self, call: V2Call, record: RecordT) -> dict[str, Any]:
        return self.to_wire(call.store, record)


def register_entity(entity: Entity[Any]) -> list[str]:
    """Registers the entity's operations that the v2 spec has; returns their operation ids."""
    index = bill_spec.v2_index()
    schema = bill_spec.load(bill_spec.SPEC_V2)["components"]["schemas"].get(entity.name, {})
    fields = frozenset(schema.get("properties", {}))
    actions: dict[str, Action | None] = {
        "Create": functools.partial(_create, entity) if entity.create is not None else None,
        "Read": functools.partial(_read, entity),
        "Update": functools.partial(_update, entity) if entity.update is not None else None,
        "Delete": functools.partial(_set_active, entity, False),
        "Undelete": functools.partial(_set_active, entity, True),
    }
    registered: list[str] = []
    for verb, action in actions.items():
        if action is None:
            continue
        for operation_id, handler in (
            (f"crud{verb}{entity.name}", _single(action)),
            (f"bulkCrud{verb}{entity.name}", bulk_handler(action)),
        ):
            if operation_id in index:
                handles_v2(operation_id)(handler)
                registered.append(operation_id)
    list_id = f"list{entity.name}"
    if list_id in index:
        handles_v2(list_id)(_single(functools.partial(_list, entity, fields)))
        registered.append(list_id)
    return registered


def _single(action: Action) -> V2Handler:
    def handler(call: V2Call) -> Any:
        return action(call, call.data)

    return handler


def bulk_handler(action: Action) -> V2Handler:
    """Each checked item of a Bulk call through `action`, each answered with its own envelope, as BILL does."""

    def handler(call: V2Call) -> Any:
        answers: list[dict[str, Any]] = []
        for item in call.items:
            try:
                if isinstance(item, BillError):
                    raise item
                answers.append(wire.success(action(call, item)))
            except BillError as error:
                answers.append(wire.failure(error.code, wire.v2_message(error)))
        return {"bulk": answers}

    return handler


def _create(entity: Entity[Any], call: V2Call, data: Any) -> dict[str, Any]:
    assert entity.create is not None  # registered only when it has one
    obj = {key: value for key, value in data["obj"].items() if key not in ("entity", "isActive")}
    record = entity.create(call, obj)
    if data["obj"].get("isActive") == "2":
        entity.set_active(call, record, False)
    return entity.wire(call, record)


def _read(entity: Entity[Any], call: V2Call, data: Any) -> dict[str, Any]:
    return entity.wire(call, entity.find(call, data["id"]))


def _update(entity: Entity[Any], call: V2Call, data: Any) -> dict[str, Any]:
    assert entity.update is not None  # registered only when it has one
    sent = data["obj"]
    record = entity.find(call, sent["id"])
    active = sent.get("isActive")
    if not entity.is_active(record):
        if active != "1":
            raise BillError(
                400,
                "BDC_1119",
                f"{invalid_field('id', sent['id']).message}. The {entity.name} is inactive; undelete it, or send "
                'isActive "1" with the update.',
            )
        entity.set_active(call, record, True)
    entity.update(call, record, {key: value for key, value in sent.items() if key not in ("entity", "id", "isActive")})
    if active == "2":
        entity.set_active(call, record, False)
    return entity.wire(call, record)


def _set_active(entity: Entity[Any], active: bool, call: V2Call, data: Any) -> dict[str, Any]:
    record = entity.find(call, data["id"])
    entity.set_active(call, record, active)
    return entity.wire(call, record)


def _list(entity: Entity[Any], fields: frozenset[str], call: V2Call, data: Any) -> list[Any]:
    return listing.page((entity.wire(call, record) for record in entity.records(call)), data, fields)
