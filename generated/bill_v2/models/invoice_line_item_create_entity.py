from enum import StrEnum


class InvoiceLineItemCreateEntity(StrEnum):
    INVOICELINEITEM = "InvoiceLineItem"

    def __str__(self) -> str:
        return str(self.value)
