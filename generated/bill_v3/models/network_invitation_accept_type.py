from enum import StrEnum


class NetworkInvitationAcceptType(StrEnum):
    CUSTOMER = "CUSTOMER"
    VENDOR = "VENDOR"

    def __str__(self) -> str:
        return str(self.value)
