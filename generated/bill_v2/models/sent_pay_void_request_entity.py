from enum import StrEnum


class SentPayVoidRequestEntity(StrEnum):
    VOIDREQUESTQUEUE = "VoidRequestQueue"

    def __str__(self) -> str:
        return str(self.value)
