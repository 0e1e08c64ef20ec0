from enum import StrEnum


class RecurringInvoiceEntity(StrEnum):
    RECURRINGINVOICE = "RecurringInvoice"

    def __str__(self) -> str:
        return str(self.value)
