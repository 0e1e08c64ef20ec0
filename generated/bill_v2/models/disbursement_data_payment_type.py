from enum import StrEnum


class DisbursementDataPaymentType(StrEnum):
    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "5"
    VALUE_5 = "7"
    VALUE_6 = "9"

    def __str__(self) -> str:
        return str(self.value)
