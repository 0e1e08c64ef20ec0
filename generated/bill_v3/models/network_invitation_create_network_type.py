from enum import StrEnum


class NetworkInvitationCreateNetworkType(StrEnum):
    BILL = "BILL"
    RPPS = "RPPS"

    def __str__(self) -> str:
        return str(self.value)
