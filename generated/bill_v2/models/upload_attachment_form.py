from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="UploadAttachmentForm")


@_attrs_define
class UploadAttachmentForm:
    """The multipart form of UploadAttachment: the session fields, `data` (JSON text following `UploadAttachmentData`) and
    the file itself, sent as is (not base64).

    """

    dev_key: str
    session_id: str
    data: str
    """ JSON text. """
    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dev_key = self.dev_key

        session_id = self.session_id

        data = self.data

        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "devKey": dev_key,
                "sessionId": session_id,
                "data": data,
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("devKey", (None, str(self.dev_key).encode(), "text/plain")))

        files.append(("sessionId", (None, str(self.session_id).encode(), "text/plain")))

        files.append(("data", (None, str(self.data).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dev_key = d.pop("devKey")

        session_id = d.pop("sessionId")

        data = d.pop("data")

        file = File(payload=BytesIO(d.pop("file")))

        upload_attachment_form = cls(
            dev_key=dev_key,
            session_id=session_id,
            data=data,
            file=file,
        )

        upload_attachment_form.additional_properties = d
        return upload_attachment_form

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
