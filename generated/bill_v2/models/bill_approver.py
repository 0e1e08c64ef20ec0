from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.approval_status import ApprovalStatus
from ..models.bill_approver_entity import BillApproverEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillApprover")


@_attrs_define
class BillApprover:
    """One approver of one bill (id prefix `0ba`)."""

    entity: BillApproverEntity
    id: str
    billid: str | Unset = UNSET
    """ The bill (id prefix `00n`); BILL spells the field in lower case. """
    users_id: str | Unset = UNSET
    """ The approver (user id, prefix `006`). """
    sort_order: int | Unset = UNSET
    """ The approver's place in the sequence, from 0. """
    status: ApprovalStatus | Unset = UNSET
    """ One approver's state on a document: 0 waiting, 1 viewed, 2 rerouted, 3 denied, 4 approved, 5 upcoming, 6
    stale. """
    status_changed_date: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    last_reminder_date: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    users_id_type: str | Unset = UNSET
    """ `user`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        billid = self.billid

        users_id = self.users_id

        sort_order = self.sort_order

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_changed_date = self.status_changed_date

        last_reminder_date = self.last_reminder_date

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        users_id_type = self.users_id_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if billid is not UNSET:
            field_dict["billid"] = billid
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if status is not UNSET:
            field_dict["status"] = status
        if status_changed_date is not UNSET:
            field_dict["statusChangedDate"] = status_changed_date
        if last_reminder_date is not UNSET:
            field_dict["lastReminderDate"] = last_reminder_date
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if users_id_type is not UNSET:
            field_dict["usersIdType"] = users_id_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = BillApproverEntity(d.pop("entity"))

        id = d.pop("id")

        billid = d.pop("billid", UNSET)

        users_id = d.pop("usersId", UNSET)

        sort_order = d.pop("sortOrder", UNSET)

        _status = d.pop("status", UNSET)
        status: ApprovalStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApprovalStatus(_status)

        status_changed_date = d.pop("statusChangedDate", UNSET)

        last_reminder_date = d.pop("lastReminderDate", UNSET)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        users_id_type = d.pop("usersIdType", UNSET)

        bill_approver = cls(
            entity=entity,
            id=id,
            billid=billid,
            users_id=users_id,
            sort_order=sort_order,
            status=status,
            status_changed_date=status_changed_date,
            last_reminder_date=last_reminder_date,
            is_active=is_active,
            users_id_type=users_id_type,
        )

        bill_approver.additional_properties = d
        return bill_approver

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
