from enum import StrEnum


class RecurringBillUpdateEntity(StrEnum):
    RECURRINGBILL = "RecurringBill"

    def __str__(self) -> str:
        return str(self.value)
