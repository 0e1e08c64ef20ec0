from enum import StrEnum


class ListCardAccountsCardUserStatus(StrEnum):
    NOMINATED = "NOMINATED"
    VERIFIED = "VERIFIED"

    def __str__(self) -> str:
        return str(self.value)
