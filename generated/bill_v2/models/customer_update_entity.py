from enum import StrEnum


class CustomerUpdateEntity(StrEnum):
    CUSTOMER = "Customer"

    def __str__(self) -> str:
        return str(self.value)
