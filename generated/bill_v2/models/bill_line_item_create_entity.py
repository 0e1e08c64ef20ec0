from enum import StrEnum


class BillLineItemCreateEntity(StrEnum):
    BILLLINEITEM = "BillLineItem"

    def __str__(self) -> str:
        return str(self.value)
