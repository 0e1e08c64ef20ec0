from enum import StrEnum


class BillEntity(StrEnum):
    BILL = "Bill"

    def __str__(self) -> str:
        return str(self.value)
