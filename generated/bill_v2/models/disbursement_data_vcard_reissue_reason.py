from enum import StrEnum


class DisbursementDataVcardReissueReason(StrEnum):
    BILL_FORCED_REISSUE = "4"
    NONE = "0"
    ORGANIZATION_OPT_OUT = "1"
    PAYER_REISSUED_OTHER_PAYMENT_TYPE = "6"
    PAYER_REISSUED_VIRTUAL_CARD = "5"
    VENDOR_OPT_OUT = "2"
    VIRTUAL_CARD_EXPIRED = "3"

    def __str__(self) -> str:
        return str(self.value)
