from enum import StrEnum


class VendorCreditApproverEntity(StrEnum):
    VENDORCREDITAPPROVER = "VendorCreditApprover"

    def __str__(self) -> str:
        return str(self.value)
