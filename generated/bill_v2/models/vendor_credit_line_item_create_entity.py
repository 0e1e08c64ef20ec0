from enum import StrEnum


class VendorCreditLineItemCreateEntity(StrEnum):
    VENDORCREDITLINEITEM = "VendorCreditLineItem"

    def __str__(self) -> str:
        return str(self.value)
