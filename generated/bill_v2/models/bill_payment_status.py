from enum import StrEnum


class BillPaymentStatus(StrEnum):
    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "4"
    VALUE_4 = "6"

    def __str__(self) -> str:
        return str(self.value)
