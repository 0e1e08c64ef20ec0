from enum import StrEnum


class CheckDisbursementDeliveryTypeActual(StrEnum):
    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "10"
    VALUE_3 = "11"
    VALUE_4 = "12"
    VALUE_5 = "13"

    def __str__(self) -> str:
        return str(self.value)
