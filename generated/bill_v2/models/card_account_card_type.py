from enum import StrEnum


class CardAccountCardType(StrEnum):
    AMERICAN_EXPRESS = "4"
    DISCOVER = "3"
    MASTERCARD = "2"
    VISA = "1"

    def __str__(self) -> str:
        return str(self.value)
