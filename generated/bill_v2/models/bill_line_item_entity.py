from enum import StrEnum


class BillLineItemEntity(StrEnum):
    BILLLINEITEM = "BillLineItem"

    def __str__(self) -> str:
        return str(self.value)
