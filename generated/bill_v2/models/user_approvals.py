from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill import Bill
    from ..models.vendor_credit import VendorCredit


T = TypeVar("T", bound="UserApprovals")


@_attrs_define
class UserApprovals:
    """A page of ListUserApprovals."""

    approvals: list[Bill | VendorCredit]
    marker: None | str | Unset = UNSET
    """ Send it back to get the next page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bill import Bill  # noqa: PLC0415

        approvals = []
        for approvals_item_data in self.approvals:
            approvals_item: dict[str, Any]
            if isinstance(approvals_item_data, Bill):
                approvals_item = approvals_item_data.to_dict()
            else:
                approvals_item = approvals_item_data.to_dict()

            approvals.append(approvals_item)

        marker: None | str | Unset
        if isinstance(self.marker, Unset):
            marker = UNSET
        else:
            marker = self.marker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approvals": approvals,
            }
        )
        if marker is not UNSET:
            field_dict["marker"] = marker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill import Bill  # noqa: PLC0415
        from ..models.vendor_credit import VendorCredit  # noqa: PLC0415

        d = dict(src_dict)
        approvals = []
        _approvals = d.pop("approvals")
        for approvals_item_data in _approvals:

            def _parse_approvals_item(data: object) -> Bill | VendorCredit:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    approvals_item_type_0 = Bill.from_dict(data)

                    return approvals_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                approvals_item_type_1 = VendorCredit.from_dict(data)

                return approvals_item_type_1

            approvals_item = _parse_approvals_item(approvals_item_data)

            approvals.append(approvals_item)

        def _parse_marker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        marker = _parse_marker(d.pop("marker", UNSET))

        user_approvals = cls(
            approvals=approvals,
            marker=marker,
        )

        user_approvals.additional_properties = d
        return user_approvals

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
