from enum import StrEnum


class CustomerContactCreateEntity(StrEnum):
    CUSTOMERCONTACT = "CustomerContact"

    def __str__(self) -> str:
        return str(self.value)
