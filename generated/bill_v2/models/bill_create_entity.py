from enum import StrEnum


class BillCreateEntity(StrEnum):
    BILL = "Bill"

    def __str__(self) -> str:
        return str(self.value)
