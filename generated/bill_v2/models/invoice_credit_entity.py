from enum import StrEnum


class InvoiceCreditEntity(StrEnum):
    INVOICECREDIT = "InvoiceCredit"

    def __str__(self) -> str:
        return str(self.value)
