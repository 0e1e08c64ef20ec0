from enum import StrEnum


class ChartOfAccountCreateEntity(StrEnum):
    CHARTOFACCOUNT = "ChartOfAccount"

    def __str__(self) -> str:
        return str(self.value)
