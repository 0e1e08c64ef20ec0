from enum import StrEnum


class PurchaseOrderCreateEntity(StrEnum):
    PURCHASEORDER = "PurchaseOrder"

    def __str__(self) -> str:
        return str(self.value)
