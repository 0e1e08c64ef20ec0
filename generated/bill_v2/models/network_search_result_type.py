from enum import StrEnum


class NetworkSearchResultType(StrEnum):
    BILL_NETWORK = "0"
    VERIFIED_NATIONAL_VENDOR = "1"

    def __str__(self) -> str:
        return str(self.value)
