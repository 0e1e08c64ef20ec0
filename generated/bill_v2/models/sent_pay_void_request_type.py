from enum import StrEnum


class SentPayVoidRequestType(StrEnum):
    VOID_AND_CREDIT = "0"
    VOID_AND_REISSUE = "1"
    VOID_AND_REISSUE_VCARD = "3"
    VOID_ONLY = "2"

    def __str__(self) -> str:
        return str(self.value)
