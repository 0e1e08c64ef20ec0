from enum import StrEnum


class ChartOfAccountUpdateEntity(StrEnum):
    CHARTOFACCOUNT = "ChartOfAccount"

    def __str__(self) -> str:
        return str(self.value)
