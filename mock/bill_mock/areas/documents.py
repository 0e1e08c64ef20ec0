"""Documents of bills, and attachments of vendors, customers and invoices.

BILL's rules kept here: an upload is the raw file with its name (extension included) in the query, at
most 6 MB (the request validator enforces the transport side). A bill document is filed in the
background: the upload answers with a temporary id (prefix `0du`) and nothing else; once the mock clock
has moved past the upload's instant (a later call, or a control-plane advance), the document is done and
has its own id (prefix `00h`), a name, a creation time and a download link. Attachments (prefix `att`)
are done at once, and they can be deleted for good.

The mock keeps only each file's size, not its bytes, and its download links lead nowhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal
from urllib.parse import quote

from bill_mock import errors, render
from bill_mock.areas.ap import require_bill, require_vendor
from bill_mock.areas.ar import require_customer, require_invoice
from bill_mock.clock import format_timestamp
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import Listing
from bill_mock.state import Store

__all__ = ["Attachment", "BillDocument", "DocumentTables", "document_tables"]

PREFIX_UPLOAD = "0du"
PREFIX_DOCUMENT = "00h"
PREFIX_ATTACHMENT = "att"
DOWNLOAD_BASE = "https://files.bill-mock.invalid"
"""Download links point here: a reserved name that never resolves, since the mock keeps no file bytes."""

Owner = Literal["vendor", "customer", "invoice"]


@dataclass(slots=True)
class BillDocument:
    upload_id: str
    document_id: str
    """Given at upload time so ids stay deterministic, but shown only once the document is done."""
    organization_id: str
    bill_id: str
    name: str
    size: int
    uploaded: datetime

    def done(self, now: datetime) -> bool:
        """BILL files uploads in the background: done as soon as any time has passed on the mock clock."""
        return now > self.uploaded


@dataclass(slots=True)
class Attachment:
    id: str
    organization_id: str
    owner: Owner
    owner_id: str
    name: str
    size: int
    created: datetime
    invoice_pdf: bool = False
    """An invoice attachment sent with replaceInvoicePdf: the PDF the customer gets instead of BILL's."""


@dataclass
class DocumentTables:
    documents: dict[str, BillDocument] = field(default_factory=dict)
    """By upload id."""
    attachments: dict[str, Attachment] = field(default_factory=dict)


def document_tables(store: Store) -> DocumentTables:
    return store.area(DocumentTables)


# bill documents


def upload_bill_document(
    store: Store, now: datetime, organization_id: str, bill_id: str, name: str, data: bytes
) -> BillDocument:
    bill = require_bill(store, organization_id, bill_id)
    document = BillDocument(
        upload_id=store.ids.object_id(PREFIX_UPLOAD),
        document_id=store.ids.object_id(PREFIX_DOCUMENT),
        organization_id=organization_id,
        bill_id=bill.id,
        name=name,
        size=len(data),
        uploaded=now,
    )
    document_tables(store).documents[document.upload_id] = document
    return document


def _uploads(store: Store, organization_id: str, upload_ids: Sequence[str]) -> list[BillDocument]:
    documents = document_tables(store).documents
    found = []
    for upload_id in upload_ids:
        document = documents.get(upload_id)
        if document is None or document.organization_id != organization_id:
            raise errors.not_found("document upload", upload_id)
        found.append(document)
    return found


def _done_document(store: Store, now: datetime, organization_id: str, document_id: str) -> BillDocument:
    for document in document_tables(store).documents.values():
        if document.document_id == document_id and document.organization_id == organization_id and document.done(now):
            return document
    raise errors.not_found("document", document_id)


def _bill_documents(store: Store, now: datetime, organization_id: str, bill_id: str) -> list[BillDocument]:
    bill = require_bill(store, organization_id, bill_id)
    return [d for d in document_tables(store).documents.values() if d.bill_id == bill.id and d.done(now)]


# attachments


def _require_owner(store: Store, organization_id: str, owner: Owner, owner_id: str) -> None:
    """The vendor, customer or invoice exists in the organization (404 BDC_1205 otherwise)."""
    if owner == "vendor":
        require_vendor(store, organization_id, owner_id)
    elif owner == "customer":
        require_customer(store, organization_id, owner_id)
    else:
        require_invoice(store, organization_id, owner_id)


def attach(
    store: Store,
    now: datetime,
    organization_id: str,
    owner: Owner,
    owner_id: str,
    name: str,
    data: bytes,
    *,
    invoice_pdf: bool = False,
) -> Attachment:
    _require_owner(store, organization_id, owner, owner_id)
    attachments = document_tables(store).attachments
    if invoice_pdf:  # one PDF replaces BILL's: a newer one takes over
        for other in attachments.values():
            if other.owner == "invoice" and other.owner_id == owner_id:
                other.invoice_pdf = False
    attachment = Attachment(
        id=store.ids.object_id(PREFIX_ATTACHMENT),
        organization_id=organization_id,
        owner=owner,
        owner_id=owner_id,
        name=name,
        size=len(data),
        created=now,
        invoice_pdf=invoice_pdf,
    )
    attachments[attachment.id] = attachment
    return attachment


def attachment_in(store: Store, organization_id: str, attachment_id: str) -> Attachment:
    attachment = document_tables(store).attachments.get(attachment_id)
    if attachment is None or attachment.organization_id != organization_id:
        raise errors.not_found("attachment", attachment_id)
    return attachment


def _attachments_of(store: Store, organization_id: str, owner: Owner, owner_id: str) -> list[Attachment]:
    _require_owner(store, organization_id, owner, owner_id)
    return [a for a in document_tables(store).attachments.values() if a.owner == owner and a.owner_id == owner_id]


# wire form


def _file(file_id: str, name: str, created: datetime) -> dict[str, Any]:
    return {
        "id": file_id,
        "name": name,
        "createdTime": format_timestamp(created),
        "downloadLink": f"{DOWNLOAD_BASE}/{file_id}/{quote(name, safe='')}",
    }


def _document(document: BillDocument, now: datetime) -> dict[str, Any]:
    if not document.done(now):
        return {"id": document.upload_id}
    return _file(document.document_id, document.name, document.uploaded)


def _attachment(attachment: Attachment) -> dict[str, Any]:
    return _file(attachment.id, attachment.name, attachment.created)


def _upload_status(document: BillDocument, now: datetime) -> dict[str, Any]:
    if document.done(now):
        return {"uploadId": document.upload_id, "documentId": document.document_id, "status": "UPLOADED"}
    return {"uploadId": document.upload_id, "status": "IN_PROGRESS"}


BILL_DOCUMENTS: Listing[BillDocument] = Listing("bill-documents")
ATTACHMENTS: Listing[Attachment] = Listing("attachments")


# handlers


def _upload(call: Call) -> tuple[str, bytes]:
    """The file name and bytes of an upload (the validator has checked both)."""
    data = call.request.body
    return str(call.request.query["name"]), data if isinstance(data, bytes) else b""


@handles("uploadBillDocument")
def _upload_bill_document(call: Call) -> Reply:
    name, data = _upload(call)
    document = upload_bill_document(call.store, call.now, call.organization_id, call.path("billId"), name, data)
    return Reply(body=_document(document, call.now))


@handles("listBillDocuments")
def _list_bill_documents(call: Call) -> Reply:
    documents = _bill_documents(call.store, call.now, call.organization_id, call.path("billId"))
    listed = BILL_DOCUMENTS.page(documents, call.list_query())
    return Reply(body=render.page([_document(document, call.now) for document in listed.results], listed))


@handles("getDocument")
def _get_document(call: Call) -> Reply:
    document = _done_document(call.store, call.now, call.organization_id, call.path("documentId"))
    return Reply(body=_document(document, call.now))


@handles("getDocumentUploadStatus")
def _get_document_upload_status(call: Call) -> Reply:
    documents = _uploads(call.store, call.organization_id, str(call.request.query["ids"]).split(","))
    return Reply(body=[_upload_status(document, call.now) for document in documents])


def _attach(call: Call, owner: Owner, path_name: str) -> Reply:
    name, data = _upload(call)
    invoice_pdf = bool(call.request.query.get("replaceInvoicePdf", False))
    attachment = attach(
        call.store, call.now, call.organization_id, owner, call.path(path_name), name, data, invoice_pdf=invoice_pdf
    )
    return Reply(body=_attachment(attachment))


def _list_attachments(call: Call, owner: Owner, path_name: str) -> Reply:
    attachments = _attachments_of(call.store, call.organization_id, owner, call.path(path_name))
    listed = ATTACHMENTS.page(attachments, call.list_query())
    return Reply(body=render.page([_attachment(attachment) for attachment in listed.results], listed))


@handles("uploadVendorAttachment")
def _upload_vendor_attachment(call: Call) -> Reply:
    return _attach(call, "vendor", "vendorId")


@handles("listVendorAttachments")
def _list_vendor_attachments(call: Call) -> Reply:
    return _list_attachments(call, "vendor", "vendorId")


@handles("uploadCustomerAttachment")
def _upload_customer_attachment(call: Call) -> Reply:
    return _attach(call, "customer", "customerId")


@handles("listCustomerAttachments")
def _list_customer_attachments(call: Call) -> Reply:
    return _list_attachments(call, "customer", "customerId")


@handles("uploadInvoiceAttachment")
def _upload_invoice_attachment(call: Call) -> Reply:
    return _attach(call, "invoice", "invoiceId")


@handles("listInvoiceAttachments")
def _list_invoice_attachments(call: Call) -> Reply:
    return _list_attachments(call, "invoice", "invoiceId")


@handles("getAttachment")
def _get_attachment(call: Call) -> Reply:
    return Reply(body=_attachment(attachment_in(call.store, call.organization_id, call.path("attachmentId"))))


@handles("deleteAttachment")
def _delete_attachment(call: Call) -> Reply:
    attachment = attachment_in(call.store, call.organization_id, call.path("attachmentId"))
    del document_tables(call.store).attachments[attachment.id]
    return Reply(body={"status": "SUCCESS"})
