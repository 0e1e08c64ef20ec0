from enum import StrEnum


class VendorAccountType(StrEnum):
    BUSINESS = "BUSINESS"
    NONE = "NONE"
    PERSON = "PERSON"

    def __str__(self) -> str:
        return str(self.value)
