from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.recurring_bill_entity import RecurringBillEntity
from ..models.recurring_bill_time_period import RecurringBillTimePeriod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recurring_bill_line_item import RecurringBillLineItem


T = TypeVar("T", bound="RecurringBill")


@_attrs_define
class RecurringBill:
    """A recurring bill as BILL returns it."""

    entity: RecurringBillEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    vendor_id: str | Unset = UNSET
    time_period: RecurringBillTimePeriod | Unset = UNSET
    """ 0 day, 1 week, 2 month, 3 year, 9 none. """
    frequency_per_time_period: int | Unset = UNSET
    """ Every how many periods a bill is made (3 with timePeriod 2: every 3 months). """
    next_due_date: datetime.date | Unset = UNSET
    """ Due date of the next bill. """
    end_date: datetime.date | Unset = UNSET
    """ No bills after this date. """
    days_in_advance: int | Unset = UNSET
    """ How many days before its due date each bill is created; missed dates are caught up. """
    description: str | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    remaining_payments: int | Unset = UNSET
    is_recurring_payment: bool | Unset = UNSET
    """ The bills are paid by a recurring payment. """
    bank_account_id: str | Unset = UNSET
    """ Only for some BILL partners. """
    users_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    """ What each bill comes to. """
    recurring_bill_line_items: list[RecurringBillLineItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        vendor_id = self.vendor_id

        time_period: str | Unset = UNSET
        if not isinstance(self.time_period, Unset):
            time_period = self.time_period.value

        frequency_per_time_period = self.frequency_per_time_period

        next_due_date: str | Unset = UNSET
        if not isinstance(self.next_due_date, Unset):
            next_due_date = self.next_due_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        days_in_advance = self.days_in_advance

        description = self.description

        created_time = self.created_time

        updated_time = self.updated_time

        remaining_payments = self.remaining_payments

        is_recurring_payment = self.is_recurring_payment

        bank_account_id = self.bank_account_id

        users_id = self.users_id

        amount = self.amount

        recurring_bill_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recurring_bill_line_items, Unset):
            recurring_bill_line_items = []
            for recurring_bill_line_items_item_data in self.recurring_bill_line_items:
                recurring_bill_line_items_item = recurring_bill_line_items_item_data.to_dict()
                recurring_bill_line_items.append(recurring_bill_line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if time_period is not UNSET:
            field_dict["timePeriod"] = time_period
        if frequency_per_time_period is not UNSET:
            field_dict["frequencyPerTimePeriod"] = frequency_per_time_period
        if next_due_date is not UNSET:
            field_dict["nextDueDate"] = next_due_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if days_in_advance is not UNSET:
            field_dict["daysInAdvance"] = days_in_advance
        if description is not UNSET:
            field_dict["description"] = description
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if remaining_payments is not UNSET:
            field_dict["remainingPayments"] = remaining_payments
        if is_recurring_payment is not UNSET:
            field_dict["isRecurringPayment"] = is_recurring_payment
        if bank_account_id is not UNSET:
            field_dict["bankAccountId"] = bank_account_id
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if recurring_bill_line_items is not UNSET:
            field_dict["recurringBillLineItems"] = recurring_bill_line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recurring_bill_line_item import RecurringBillLineItem  # noqa: PLC0415

        d = dict(src_dict)
        entity = RecurringBillEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        vendor_id = d.pop("vendorId", UNSET)

        _time_period = d.pop("timePeriod", UNSET)
        time_period: RecurringBillTimePeriod | Unset
        if isinstance(_time_period, Unset):
            time_period = UNSET
        else:
            time_period = RecurringBillTimePeriod(_time_period)

        frequency_per_time_period = d.pop("frequencyPerTimePeriod", UNSET)

        _next_due_date = d.pop("nextDueDate", UNSET)
        next_due_date: datetime.date | Unset
        if isinstance(_next_due_date, Unset):
            next_due_date = UNSET
        else:
            next_due_date = datetime.date.fromisoformat(_next_due_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        days_in_advance = d.pop("daysInAdvance", UNSET)

        description = d.pop("description", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        remaining_payments = d.pop("remainingPayments", UNSET)

        is_recurring_payment = d.pop("isRecurringPayment", UNSET)

        bank_account_id = d.pop("bankAccountId", UNSET)

        users_id = d.pop("usersId", UNSET)

        amount = d.pop("amount", UNSET)

        _recurring_bill_line_items = d.pop("recurringBillLineItems", UNSET)
        recurring_bill_line_items: list[RecurringBillLineItem] | Unset = UNSET
        if _recurring_bill_line_items is not UNSET:
            recurring_bill_line_items = []
            for recurring_bill_line_items_item_data in _recurring_bill_line_items:
                recurring_bill_line_items_item = RecurringBillLineItem.from_dict(recurring_bill_line_items_item_data)

                recurring_bill_line_items.append(recurring_bill_line_items_item)

        recurring_bill = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            vendor_id=vendor_id,
            time_period=time_period,
            frequency_per_time_period=frequency_per_time_period,
            next_due_date=next_due_date,
            end_date=end_date,
            days_in_advance=days_in_advance,
            description=description,
            created_time=created_time,
            updated_time=updated_time,
            remaining_payments=remaining_payments,
            is_recurring_payment=is_recurring_payment,
            bank_account_id=bank_account_id,
            users_id=users_id,
            amount=amount,
            recurring_bill_line_items=recurring_bill_line_items,
        )

        recurring_bill.additional_properties = d
        return recurring_bill

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
