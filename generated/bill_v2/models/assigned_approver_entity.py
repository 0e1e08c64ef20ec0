from enum import StrEnum


class AssignedApproverEntity(StrEnum):
    BILLAPPROVER = "BillApprover"
    VENDORCREDITAPPROVER = "VendorCreditApprover"

    def __str__(self) -> str:
        return str(self.value)
