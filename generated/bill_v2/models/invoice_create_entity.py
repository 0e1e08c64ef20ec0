from enum import StrEnum


class InvoiceCreateEntity(StrEnum):
    INVOICE = "Invoice"

    def __str__(self) -> str:
        return str(self.value)
