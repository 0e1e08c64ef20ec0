from enum import StrEnum


class InvoiceLineItemEntity(StrEnum):
    INVOICELINEITEM = "InvoiceLineItem"

    def __str__(self) -> str:
        return str(self.value)
