from enum import StrEnum


class ChartOfAccountEntity(StrEnum):
    CHARTOFACCOUNT = "ChartOfAccount"

    def __str__(self) -> str:
        return str(self.value)
