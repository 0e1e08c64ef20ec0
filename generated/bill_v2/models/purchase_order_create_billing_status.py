from enum import StrEnum


class PurchaseOrderCreateBillingStatus(StrEnum):
    BILLED = "3"
    PARTIALLY_BILLED = "1"
    UNBILLED = "0"

    def __str__(self) -> str:
        return str(self.value)
