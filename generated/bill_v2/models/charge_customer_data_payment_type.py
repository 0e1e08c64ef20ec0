from enum import StrEnum


class ChargeCustomerDataPaymentType(StrEnum):
    ACH = "3"

    def __str__(self) -> str:
        return str(self.value)
