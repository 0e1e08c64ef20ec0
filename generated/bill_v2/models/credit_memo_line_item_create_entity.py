from enum import StrEnum


class CreditMemoLineItemCreateEntity(StrEnum):
    CREDITMEMOLINEITEM = "CreditMemoLineItem"

    def __str__(self) -> str:
        return str(self.value)
