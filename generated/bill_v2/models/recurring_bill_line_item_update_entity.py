from enum import StrEnum


class RecurringBillLineItemUpdateEntity(StrEnum):
    RECURRINGBILLLINEITEM = "RecurringBillLineItem"

    def __str__(self) -> str:
        return str(self.value)
