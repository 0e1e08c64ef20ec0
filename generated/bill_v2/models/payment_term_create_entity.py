from enum import StrEnum


class PaymentTermCreateEntity(StrEnum):
    PAYMENTTERM = "PaymentTerm"

    def __str__(self) -> str:
        return str(self.value)
