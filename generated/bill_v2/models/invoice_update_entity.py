from enum import StrEnum


class InvoiceUpdateEntity(StrEnum):
    INVOICE = "Invoice"

    def __str__(self) -> str:
        return str(self.value)
