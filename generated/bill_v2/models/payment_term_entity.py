from enum import StrEnum


class PaymentTermEntity(StrEnum):
    PAYMENTTERM = "PaymentTerm"

    def __str__(self) -> str:
        return str(self.value)
