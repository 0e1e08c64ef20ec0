from enum import StrEnum


class VendorCreditLineItemEntity(StrEnum):
    VENDORCREDITLINEITEM = "VendorCreditLineItem"

    def __str__(self) -> str:
        return str(self.value)
