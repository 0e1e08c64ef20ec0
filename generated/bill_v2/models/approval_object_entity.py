from enum import StrEnum


class ApprovalObjectEntity(StrEnum):
    BILL = "Bill"
    VENDORCREDIT = "VendorCredit"

    def __str__(self) -> str:
        return str(self.value)
