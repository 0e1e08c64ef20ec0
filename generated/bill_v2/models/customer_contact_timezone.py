from enum import StrEnum


class CustomerContactTimezone(StrEnum):
    CENTRAL = "5"
    EASTERN = "6"
    MOUNTAIN = "4"
    PACIFIC = "3"

    def __str__(self) -> str:
        return str(self.value)
