from enum import StrEnum


class VendorPreferredPaymentMethod(StrEnum):
    CARD = "0"
    OTHER = "1"
    VIRTUAL_CARD = "7"

    def __str__(self) -> str:
        return str(self.value)
