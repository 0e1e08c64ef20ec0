from enum import StrEnum


class RecurringInvoiceLineItemCreateEntity(StrEnum):
    RECURRINGINVOICELINEITEM = "RecurringInvoiceLineItem"

    def __str__(self) -> str:
        return str(self.value)
