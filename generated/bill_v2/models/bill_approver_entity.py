from enum import StrEnum


class BillApproverEntity(StrEnum):
    BILLAPPROVER = "BillApprover"

    def __str__(self) -> str:
        return str(self.value)
