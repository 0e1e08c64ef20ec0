from enum import StrEnum


class PaymentExtraDataDisbursementStatus(StrEnum):
    VALUE_0 = "0"
    VALUE_1 = "3"
    VALUE_2 = "4"
    VALUE_3 = "5"
    VALUE_4 = "6"
    VALUE_5 = "7"

    def __str__(self) -> str:
        return str(self.value)
