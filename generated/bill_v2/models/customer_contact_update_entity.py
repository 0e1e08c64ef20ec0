from enum import StrEnum


class CustomerContactUpdateEntity(StrEnum):
    CUSTOMERCONTACT = "CustomerContact"

    def __str__(self) -> str:
        return str(self.value)
