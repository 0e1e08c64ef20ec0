from enum import StrEnum


class PaymentTermUpdateEntity(StrEnum):
    PAYMENTTERM = "PaymentTerm"

    def __str__(self) -> str:
        return str(self.value)
