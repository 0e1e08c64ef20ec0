from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_message import ResponseMessage
from ..models.response_status import ResponseStatus

if TYPE_CHECKING:
    from ..models.check_images import CheckImages
    from ..models.error_data import ErrorData


T = TypeVar("T", bound="CheckImageDataEnvelope")


@_attrs_define
class CheckImageDataEnvelope:
    response_status: ResponseStatus
    """ 0 for success, 1 for an error. """
    response_message: ResponseMessage
    response_data: CheckImages | ErrorData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.check_images import CheckImages  # noqa: PLC0415

        response_status = self.response_status.value

        response_message = self.response_message.value

        response_data: dict[str, Any]
        if isinstance(self.response_data, CheckImages):
            response_data = self.response_data.to_dict()
        else:
            response_data = self.response_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response_status": response_status,
                "response_message": response_message,
                "response_data": response_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_images import CheckImages  # noqa: PLC0415
        from ..models.error_data import ErrorData  # noqa: PLC0415

        d = dict(src_dict)
        response_status = ResponseStatus(d.pop("response_status"))

        response_message = ResponseMessage(d.pop("response_message"))

        def _parse_response_data(data: object) -> CheckImages | ErrorData:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_data_type_0 = CheckImages.from_dict(data)

                return response_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_data_type_1 = ErrorData.from_dict(data)

            return response_data_type_1

        response_data = _parse_response_data(d.pop("response_data"))

        check_image_data_envelope = cls(
            response_status=response_status,
            response_message=response_message,
            response_data=response_data,
        )

        check_image_data_envelope.additional_properties = d
        return check_image_data_envelope

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
