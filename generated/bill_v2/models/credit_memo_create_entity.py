from enum import StrEnum


class CreditMemoCreateEntity(StrEnum):
    CREDITMEMO = "CreditMemo"

    def __str__(self) -> str:
        return str(self.value)
