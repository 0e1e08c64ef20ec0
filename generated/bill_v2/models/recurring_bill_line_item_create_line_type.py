from enum import StrEnum


class RecurringBillLineItemCreateLineType(StrEnum):
    EXPENSE = "1"
    ITEM = "2"

    def __str__(self) -> str:
        return str(self.value)
