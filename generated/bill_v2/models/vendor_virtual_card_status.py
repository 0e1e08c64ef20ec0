from enum import StrEnum


class VendorVirtualCardStatus(StrEnum):
    DECLINED = "6"
    ENROLLED = "5"
    MORE_INFO_NEEDED = "2"
    OPEN = "0"
    PAY_FOR_YOU = "3"
    PENDING = "1"
    PHONE_NUMBER_NEEDED = "4"
    UNKNOWN = "-1"

    def __str__(self) -> str:
        return str(self.value)
