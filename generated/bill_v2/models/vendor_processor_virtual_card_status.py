from enum import StrEnum


class VendorProcessorVirtualCardStatus(StrEnum):
    DECLINED = "6"
    ENROLLED = "5"
    MORE_INFO_NEEDED = "2"
    ON_HOLD = "11"
    OPEN = "0"
    PAYER_ASSIST = "10"
    PAY_FOR_YOU = "3"
    PENDING = "1"
    PHONE_NUMBER_NEEDED = "4"
    PROCESSOR_CONFIRMED_ENROLLED = "7"
    RECRUITING = "8"
    UNKNOWN = "-1"
    VERBAL_COMMITMENT = "9"

    def __str__(self) -> str:
        return str(self.value)
