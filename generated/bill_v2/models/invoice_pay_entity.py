from enum import StrEnum


class InvoicePayEntity(StrEnum):
    INVOICEPAY = "InvoicePay"

    def __str__(self) -> str:
        return str(self.value)
