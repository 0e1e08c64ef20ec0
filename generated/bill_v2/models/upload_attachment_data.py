from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadAttachmentData")


@_attrs_define
class UploadAttachmentData:
    file_name: str
    """ The name to store, with the extension of the real file (such as invoice.pdf). """
    id: str | Unset = UNSET
    """ The object to attach the file to (a bill, invoice, vendor, customer, vendor credit, payment or chart of
    accounts); leave out (or empty) to send the file to the Inbox. """

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fileName": file_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("fileName")

        id = d.pop("id", UNSET)

        upload_attachment_data = cls(
            file_name=file_name,
            id=id,
        )

        return upload_attachment_data
