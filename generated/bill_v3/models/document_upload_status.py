from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentUploadStatus")


@_attrs_define
class DocumentUploadStatus:
    upload_id: str | Unset = UNSET
    document_id: str | Unset = UNSET
    """ Present once the upload is done. """
    status: str | Unset = UNSET
    """ IN_PROGRESS, then UPLOADED; other states may show in between. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        document_id = self.document_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_id is not UNSET:
            field_dict["uploadId"] = upload_id
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_id = d.pop("uploadId", UNSET)

        document_id = d.pop("documentId", UNSET)

        status = d.pop("status", UNSET)

        document_upload_status = cls(
            upload_id=upload_id,
            document_id=document_id,
            status=status,
        )

        document_upload_status.additional_properties = d
        return document_upload_status

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
