from enum import StrEnum


class CreditMemoEntity(StrEnum):
    CREDITMEMO = "CreditMemo"

    def __str__(self) -> str:
        return str(self.value)
