from enum import StrEnum


class BillUpdateEntity(StrEnum):
    BILL = "Bill"

    def __str__(self) -> str:
        return str(self.value)
