"""v2's documents: UploadAttachment (the one multipart operation), GetDocuments and GetDocumentPages.

Files go where v3 keeps them, so each API sees what the other uploaded: a bill's through v3's bill
documents (filed in the background: an upload id, prefix 0du, at first, a document id, prefix 00h, once
the mock clock has moved on), a vendor's, customer's or invoice's as v3 attachments (prefix att). Objects
v3 attaches nothing to (vendor credits, payments, chart of accounts) and the Inbox (an upload without an
object id) keep their files in this area's table (prefix 0du).

BILL's rules kept here: the object is one of the organization's and of a kind that takes files (BDC_1119
on `id` otherwise); `fileName` carries the file's extension; the file is not empty and at most 6 MB (the
app checks both before the handler runs; the handler checks again). GetDocumentPages answers for bills and
vendor credits only, with a null `fileUrl` when nothing is attached. The mock keeps no file bytes: every
file counts as one page and its download link leads nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import quote

from bill_mock.areas.documents import (
    DOWNLOAD_BASE,
    PREFIX_UPLOAD,
    Owner,
    attach,
    document_tables,
    upload_bill_document,
)
from bill_mock.errors import BillError, invalid_field, shown_value
from bill_mock.state import Store
from bill_mock.v2 import wire
from bill_mock.v2.areas.organization import OrgObject, require_object
from bill_mock.v2.handlers import V2Call, handles_v2
from bill_mock.validation import MAX_UPLOAD_BYTES

__all__ = ["DocumentV2Tables", "StoredFile"]

_V3_OWNERS: dict[str, Owner] = {"Vendor": "vendor", "Customer": "customer", "Invoice": "invoice"}
_V2_OWNERS = frozenset({"VendorCredit", "SentPay", "ReceivedPay", "ChartOfAccount"})
_ATTACHABLE = "a bill, invoice, vendor, customer, vendor credit, payment or chart of accounts"
_PAGED = frozenset({"Bill", "VendorCredit"})


@dataclass(slots=True)
class StoredFile:
    """A file on an object v3 attaches nothing to, or in the Inbox (object_id None)."""

    id: str
    organization_id: str
    object_id: str | None
    name: str
    size: int
    created: datetime


@dataclass
class DocumentV2Tables:
    files: dict[str, StoredFile] = field(default_factory=dict)


def _tables(store: Store) -> DocumentV2Tables:
    return store.area(DocumentV2Tables)


@dataclass(frozen=True, slots=True)
class _Shown:
    """One file as v2 shows it, whichever table holds it."""

    id: str
    name: str
    created: datetime
    done: bool = True


def _files(call: V2Call, target: OrgObject) -> list[_Shown]:
    """The object's files, oldest first."""
    store, now = call.store, call.now
    if target.entity == "Bill":
        return [
            _Shown(doc.document_id, doc.name, doc.uploaded)
            if doc.done(now)
            else _Shown(doc.upload_id, doc.name, doc.uploaded, done=False)
            for doc in document_tables(store).documents.values()
            if doc.bill_id == target.id
        ]
    owner = _V3_OWNERS.get(target.entity)
    if owner is not None:
        return [
            _Shown(attachment.id, attachment.name, attachment.created)
            for attachment in document_tables(store).attachments.values()
            if attachment.owner == owner and attachment.owner_id == target.id
        ]
    if target.entity in _V2_OWNERS:
        return [
            _Shown(each.id, each.name, each.created)
            for each in _tables(store).files.values()
            if each.object_id == target.id
        ]
    raise BillError(
        400,
        "BDC_1119",
        f"{invalid_field('id', target.id).message}. Documents belong to {_ATTACHABLE}; this is a {target.entity}.",
    )


def _file_url(shown: _Shown) -> str:
    return f"{DOWNLOAD_BASE}/{shown.id}/{quote(shown.name, safe='')}"


def _document_wire(shown: _Shown) -> dict[str, Any]:
    found: dict[str, Any] = {
        "entity": "Document",
        "id": shown.id,
        "fileName": shown.name,
        "createdDate": wire.format_timestamp(shown.created),
        "numPages": 1,
    }
    if shown.done:
        found["fileUrl"] = _file_url(shown)
    found["scanStatus"] = "clean" if shown.done else "pending"
    return found


def _check_upload(call: V2Call) -> tuple[str, bytes]:
    name: str = call.data["fileName"]
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or not extension:
        raise BillError(
            400,
            "BDC_1119",
            f"{invalid_field('fileName', name).message}. Give the file's name with its real extension, such as "
            "invoice.pdf.",
        )
    data = call.file or b""
    if not data:
        raise wire.missing_data("file")
    if len(data) > MAX_UPLOAD_BYTES:
        raise BillError(
            400,
            "BDC_1119",
            f"The file is larger than BILL's 6 MB limit ({MAX_UPLOAD_BYTES} bytes); upload a smaller file.",
        )
    return name, data


@handles_v2("uploadAttachment")
def _upload_attachment(call: V2Call) -> dict[str, str]:
    name, data = _check_upload(call)
    store, now, organization_id = call.store, call.now, call.organization_id
    object_id = call.data.get("id") or None
    target = require_object(call, object_id, "id") if object_id is not None else None
    if target is None or target.entity in _V2_OWNERS:
        stored = StoredFile(
            id=store.ids.object_id(PREFIX_UPLOAD),
            organization_id=organization_id,
            object_id=target.id if target is not None else None,
            name=name,
            size=len(data),
            created=now,
        )
        _tables(store).files[stored.id] = stored
        uploaded = stored.id
    elif target.entity == "Bill":
        uploaded = upload_bill_document(store, now, organization_id, target.id, name, data).upload_id
    elif target.entity in _V3_OWNERS:
        uploaded = attach(store, now, organization_id, _V3_OWNERS[target.entity], target.id, name, data).id
    else:
        raise BillError(
            400,
            "BDC_1119",
            f"{invalid_field('id', target.id).message}. Attach files to {_ATTACHABLE}, or leave out the id to "
            "send the file to the Inbox.",
        )
    return {"id": uploaded, "documentUploadedId": uploaded}


@handles_v2("getDocuments")
def _get_documents(call: V2Call) -> dict[str, Any]:
    data = call.data
    files = _files(call, require_object(call, data["id"], "id"))
    start: int = data["start"]
    return {"documents": [_document_wire(each) for each in files[start : start + data["max"]]], "numPages": len(files)}


@handles_v2("getDocumentPages")
def _get_document_pages(call: V2Call) -> dict[str, Any]:
    target = require_object(call, call.data["id"], "id")
    if target.entity not in _PAGED:
        raise BillError(
            400,
            "BDC_1119",
            f"{invalid_field('id', target.id).message}. Document pages are kept for bills and vendor credits only "
            f"({shown_value('entity', target.entity)} given); list other objects' files with GetDocuments.json.",
        )
    done = [each for each in _files(call, target) if each.done]
    return {"documentPages": {"numPages": len(done), "fileUrl": _file_url(done[0]) if done else None}}
