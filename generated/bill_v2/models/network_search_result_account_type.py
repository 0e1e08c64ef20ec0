from enum import StrEnum


class NetworkSearchResultAccountType(StrEnum):
    BUSINESS = "business"
    NONE = "none"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
