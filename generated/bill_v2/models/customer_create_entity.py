from enum import StrEnum


class CustomerCreateEntity(StrEnum):
    CUSTOMER = "Customer"

    def __str__(self) -> str:
        return str(self.value)
