from enum import StrEnum


class PurchaseOrderLineItemCreateEntity(StrEnum):
    PURCHASEORDERLINEITEM = "PurchaseOrderLineItem"

    def __str__(self) -> str:
        return str(self.value)
