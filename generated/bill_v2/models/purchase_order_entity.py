from enum import StrEnum


class PurchaseOrderEntity(StrEnum):
    PURCHASEORDER = "PurchaseOrder"

    def __str__(self) -> str:
        return str(self.value)
