from enum import StrEnum


class CreditMemoUpdateEntity(StrEnum):
    CREDITMEMO = "CreditMemo"

    def __str__(self) -> str:
        return str(self.value)
