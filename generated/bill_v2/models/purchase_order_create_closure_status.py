from enum import StrEnum


class PurchaseOrderCreateClosureStatus(StrEnum):
    CLOSED = "2"
    OPEN = "1"
    UNKNOWN = "0"

    def __str__(self) -> str:
        return str(self.value)
