from enum import StrEnum


class InvoiceActiveFlag(StrEnum):
    VALUE_0 = "1"
    VALUE_1 = "2"
    VALUE_2 = "5"
    VALUE_3 = "6"

    def __str__(self) -> str:
        return str(self.value)
