from enum import StrEnum


class RecurringInvoiceCreateEntity(StrEnum):
    RECURRINGINVOICE = "RecurringInvoice"

    def __str__(self) -> str:
        return str(self.value)
