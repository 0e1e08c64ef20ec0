from enum import StrEnum


class PurchaseOrderBillingStatus(StrEnum):
    BILLED = "3"
    PARTIALLY_BILLED = "1"
    UNBILLED = "0"

    def __str__(self) -> str:
        return str(self.value)
