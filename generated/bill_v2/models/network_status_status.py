from enum import StrEnum


class NetworkStatusStatus(StrEnum):
    CONNECTED = "2"
    INVITATION_PENDING = "1"
    NOT_CONNECTED = "0"
    VERIFIED_NATIONAL_VENDOR_CONNECTED = "3"

    def __str__(self) -> str:
        return str(self.value)
