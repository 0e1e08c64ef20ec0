from enum import StrEnum


class PurchaseOrderLineItemCreateMatchType(StrEnum):
    NONE = "None"
    THREE_WAY = "3-way"
    TWO_WAY = "2-way"

    def __str__(self) -> str:
        return str(self.value)
