from enum import StrEnum


class PurchaseOrderLineItemEntity(StrEnum):
    PURCHASEORDERLINEITEM = "PurchaseOrderLineItem"

    def __str__(self) -> str:
        return str(self.value)
