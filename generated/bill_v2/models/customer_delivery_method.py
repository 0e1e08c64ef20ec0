from enum import StrEnum


class CustomerDeliveryMethod(StrEnum):
    EMAIL = "0"
    US_MAIL = "1"

    def __str__(self) -> str:
        return str(self.value)
