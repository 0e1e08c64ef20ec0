from enum import StrEnum


class PurchaseOrderFullfillmentStatus(StrEnum):
    CLOSED = "3"
    FILLED = "2"
    PARTIALLY_FILLED = "1"
    UNFILLED = "0"

    def __str__(self) -> str:
        return str(self.value)
