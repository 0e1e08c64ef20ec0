from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_entity import DocumentEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """A file attached to a bill."""

    entity: DocumentEntity
    id: str
    """ The document (prefix `00h`); also what the download URL takes. """
    file_name: str | Unset = UNSET
    created_date: str | Unset = UNSET
    """ When the file was added. """
    num_pages: float | Unset = UNSET
    file_url: str | Unset = UNSET
    scan_status: str | Unset = UNSET
    """ `clean` once BILL has scanned the file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        file_name = self.file_name

        created_date = self.created_date

        num_pages = self.num_pages

        file_url = self.file_url

        scan_status = self.scan_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if num_pages is not UNSET:
            field_dict["numPages"] = num_pages
        if file_url is not UNSET:
            field_dict["fileUrl"] = file_url
        if scan_status is not UNSET:
            field_dict["scanStatus"] = scan_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = DocumentEntity(d.pop("entity"))

        id = d.pop("id")

        file_name = d.pop("fileName", UNSET)

        created_date = d.pop("createdDate", UNSET)

        num_pages = d.pop("numPages", UNSET)

        file_url = d.pop("fileUrl", UNSET)

        scan_status = d.pop("scanStatus", UNSET)

        document = cls(
            entity=entity,
            id=id,
            file_name=file_name,
            created_date=created_date,
            num_pages=num_pages,
            file_url=file_url,
            scan_status=scan_status,
        )

        document.additional_properties = d
        return document

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
