from enum import StrEnum


class BillApprovalStatus(StrEnum):
    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "3"
    VALUE_3 = "4"
    VALUE_4 = "5"

    def __str__(self) -> str:
        return str(self.value)
