from enum import StrEnum


class PurchaseOrderOrderType(StrEnum):
    BOTH = "2"
    EXPENSE = "1"
    ITEM = "0"

    def __str__(self) -> str:
        return str(self.value)
