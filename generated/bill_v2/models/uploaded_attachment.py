from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadedAttachment")


@_attrs_define
class UploadedAttachment:
    """What BILL answers for an upload: the id of the uploaded document (prefix `0du`). The key is not confirmed; older
    pages call it `documentUploadedId`.

    """

    id: str | Unset = UNSET
    document_uploaded_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_uploaded_id = self.document_uploaded_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_uploaded_id is not UNSET:
            field_dict["documentUploadedId"] = document_uploaded_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_uploaded_id = d.pop("documentUploadedId", UNSET)

        uploaded_attachment = cls(
            id=id,
            document_uploaded_id=document_uploaded_id,
        )

        uploaded_attachment.additional_properties = d
        return uploaded_attachment

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
