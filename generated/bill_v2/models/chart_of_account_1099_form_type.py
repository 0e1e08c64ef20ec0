from enum import StrEnum


class ChartOfAccount1099FormType(StrEnum):
    MISC_2021 = "1"
    NEC_2021 = "2"
    NONE = "0"

    def __str__(self) -> str:
        return str(self.value)
