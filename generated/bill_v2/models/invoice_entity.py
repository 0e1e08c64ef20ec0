from enum import StrEnum


class InvoiceEntity(StrEnum):
    INVOICE = "Invoice"

    def __str__(self) -> str:
        return str(self.value)
