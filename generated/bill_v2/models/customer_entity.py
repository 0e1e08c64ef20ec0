from enum import StrEnum


class CustomerEntity(StrEnum):
    CUSTOMER = "Customer"

    def __str__(self) -> str:
        return str(self.value)
