from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.check_image import CheckImage


T = TypeVar("T", bound="CheckImages")


@_attrs_define
class CheckImages:
    """Links to the images of a check payment."""

    check_image_data: list[CheckImage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_image_data = []
        for check_image_data_item_data in self.check_image_data:
            check_image_data_item = check_image_data_item_data.to_dict()
            check_image_data.append(check_image_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkImageData": check_image_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_image import CheckImage  # noqa: PLC0415

        d = dict(src_dict)
        check_image_data = []
        _check_image_data = d.pop("checkImageData")
        for check_image_data_item_data in _check_image_data:
            check_image_data_item = CheckImage.from_dict(check_image_data_item_data)

            check_image_data.append(check_image_data_item)

        check_images = cls(
            check_image_data=check_image_data,
        )

        check_images.additional_properties = d
        return check_images

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
