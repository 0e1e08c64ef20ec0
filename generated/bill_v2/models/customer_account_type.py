from enum import StrEnum


class CustomerAccountType(StrEnum):
    BUSINESS = "1"
    NONE = "0"
    PERSON = "2"

    def __str__(self) -> str:
        return str(self.value)
