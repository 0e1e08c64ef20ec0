from enum import StrEnum


class BillCreditEntity(StrEnum):
    BILLCREDIT = "BillCredit"

    def __str__(self) -> str:
        return str(self.value)
