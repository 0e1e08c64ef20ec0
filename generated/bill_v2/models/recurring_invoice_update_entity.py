from enum import StrEnum


class RecurringInvoiceUpdateEntity(StrEnum):
    RECURRINGINVOICE = "RecurringInvoice"

    def __str__(self) -> str:
        return str(self.value)
