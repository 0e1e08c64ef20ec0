from enum import StrEnum


class CustomerAuthorizationEntity(StrEnum):
    CUSTOMER = "Customer"

    def __str__(self) -> str:
        return str(self.value)
