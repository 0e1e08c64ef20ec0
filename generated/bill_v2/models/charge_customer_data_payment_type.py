from enum import StrEnum


class ChargeCustomerDataPaymentType(StrEnum):
    VALUE_0 = "3"

    def __str__(self) -> str:
        return str(self.value)
