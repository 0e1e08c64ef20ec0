from enum import StrEnum


class RecurringBillLineItemEntity(StrEnum):
    RECURRINGBILLLINEITEM = "RecurringBillLineItem"

    def __str__(self) -> str:
        return str(self.value)
