from enum import StrEnum


class PaymentVoidType(StrEnum):
    VOID_AND_CREDIT = "VOID_AND_CREDIT"
    VOID_AND_REISSUE = "VOID_AND_REISSUE"
    VOID_AND_REISSUE_VCARD = "VOID_AND_REISSUE_VCARD"
    VOID_ONLY = "VOID_ONLY"

    def __str__(self) -> str:
        return str(self.value)
