from enum import StrEnum


class InvoiceDeliveryOption(StrEnum):
    LATER = "2"
    NOT_SELECTED = "0"
    NOW = "1"

    def __str__(self) -> str:
        return str(self.value)
