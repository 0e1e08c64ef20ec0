from enum import StrEnum


class PurchaseOrderLineItemCreateMatchType(StrEnum):
    NONE = "None"
    VALUE_0 = "3-way"
    VALUE_1 = "2-way"

    def __str__(self) -> str:
        return str(self.value)
