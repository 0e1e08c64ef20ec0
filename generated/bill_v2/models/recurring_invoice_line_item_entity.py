from enum import StrEnum


class RecurringInvoiceLineItemEntity(StrEnum):
    RECURRINGINVOICELINEITEM = "RecurringInvoiceLineItem"

    def __str__(self) -> str:
        return str(self.value)
