from enum import StrEnum


class CustomerContactTimezone(StrEnum):
    VALUE_0 = "3"
    VALUE_1 = "4"
    VALUE_2 = "5"
    VALUE_3 = "6"

    def __str__(self) -> str:
        return str(self.value)
