from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.approval_status import ApprovalStatus
from ..models.vendor_credit_approver_entity import VendorCreditApproverEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorCreditApprover")


@_attrs_define
class VendorCreditApprover:
    """One approver of one vendor credit (id prefix `vca`)."""

    entity: VendorCreditApproverEntity
    id: str
    users_id: str | Unset = UNSET
    """ The approver (user id, prefix `006`). """
    vendor_credit_id: str | Unset = UNSET
    """ The vendor credit (id prefix `vcr`). """
    last_reminder_date: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    sort_order: int | Unset = UNSET
    """ The approver's place in the sequence, from 0. """
    status: ApprovalStatus | Unset = UNSET
    """ One approver's state on a document: 0 waiting, 1 viewed, 2 rerouted, 3 denied, 4 approved, 5 upcoming, 6
    stale. """
    status_changed_date: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        users_id = self.users_id

        vendor_credit_id = self.vendor_credit_id

        last_reminder_date = self.last_reminder_date

        sort_order = self.sort_order

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_changed_date = self.status_changed_date

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if vendor_credit_id is not UNSET:
            field_dict["vendorCreditId"] = vendor_credit_id
        if last_reminder_date is not UNSET:
            field_dict["lastReminderDate"] = last_reminder_date
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if status is not UNSET:
            field_dict["status"] = status
        if status_changed_date is not UNSET:
            field_dict["statusChangedDate"] = status_changed_date
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = VendorCreditApproverEntity(d.pop("entity"))

        id = d.pop("id")

        users_id = d.pop("usersId", UNSET)

        vendor_credit_id = d.pop("vendorCreditId", UNSET)

        last_reminder_date = d.pop("lastReminderDate", UNSET)

        sort_order = d.pop("sortOrder", UNSET)

        _status = d.pop("status", UNSET)
        status: ApprovalStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApprovalStatus(_status)

        status_changed_date = d.pop("statusChangedDate", UNSET)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        vendor_credit_approver = cls(
            entity=entity,
            id=id,
            users_id=users_id,
            vendor_credit_id=vendor_credit_id,
            last_reminder_date=last_reminder_date,
            sort_order=sort_order,
            status=status,
            status_changed_date=status_changed_date,
            is_active=is_active,
        )

        vendor_credit_approver.additional_properties = d
        return vendor_credit_approver

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
