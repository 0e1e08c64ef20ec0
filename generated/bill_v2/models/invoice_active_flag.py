from enum import StrEnum


class InvoiceActiveFlag(StrEnum):
    ACTIVE = "1"
    DRAFT = "5"
    DRAFT_DELETED = "6"
    INACTIVE = "2"

    def __str__(self) -> str:
        return str(self.value)
