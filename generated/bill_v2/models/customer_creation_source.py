from enum import StrEnum


class CustomerCreationSource(StrEnum):
    UNKNOWN = "0"
    WEB_APP = "1"
    WEB_APP_SEARCH = "2"

    def __str__(self) -> str:
        return str(self.value)
