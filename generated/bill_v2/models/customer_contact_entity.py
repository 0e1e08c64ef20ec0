from enum import StrEnum


class CustomerContactEntity(StrEnum):
    CUSTOMERCONTACT = "CustomerContact"

    def __str__(self) -> str:
        return str(self.value)
