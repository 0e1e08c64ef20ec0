from enum import StrEnum


class CreditMemoLineItemEntity(StrEnum):
    CREDITMEMOLINEITEM = "CreditMemoLineItem"

    def __str__(self) -> str:
        return str(self.value)
