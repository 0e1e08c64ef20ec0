from enum import StrEnum


class PurchaseOrderLineItemLineType(StrEnum):
    EXPENSE = "1"
    ITEM = "2"

    def __str__(self) -> str:
        return str(self.value)
